package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.scoring.GradeBounds;

import java.util.List;

/** A year's indicators and grade bounds, as loaded for one evaluation. */
public record Framework(int fiscalYear, List<IndicatorDefinition> indicators, GradeBounds bounds, String boundsSource) {
}
