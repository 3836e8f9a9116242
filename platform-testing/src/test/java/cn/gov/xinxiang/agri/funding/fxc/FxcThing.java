package cn.gov.xinxiang.agri.funding.fxc;

/** Fixture for ArchitectureRulesTest: a class of another service. */
public class FxcThing {
}
