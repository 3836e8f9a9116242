package cn.gov.xinxiang.agri.evaluation.codes;

import cn.gov.xinxiang.agri.evaluation.evaluation.Evaluation;
import cn.gov.xinxiang.agri.evaluation.evaluation.SubjectType;
import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import cn.gov.xinxiang.agri.platform.codes.CodeList;
import cn.gov.xinxiang.agri.platform.codes.CodeListSource;
import cn.gov.xinxiang.agri.platform.codes.CodeNames;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** evaluation-service's dictionaries. Grades and indicators are per-year framework data (/api/v1/frameworks), not codes. */
@ApplicationScoped
public class EvaluationCodeLists implements CodeListSource {

    private final CodeNames names = CodeNames.load(EvaluationCodeLists.class.getClassLoader());

    @Override
    public List<CodeList> codeLists(Role caller) {
        return List.of(
                names.of("subject-types", SubjectType.class),
                names.of("evaluation-statuses", Evaluation.Status.class),
                names.of("directions", Direction.class));
    }
}
