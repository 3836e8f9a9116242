package cn.gov.xinxiang.agri.evaluation.codes;

import cn.gov.xinxiang.agri.evaluation.evaluation.SubjectType;
import cn.gov.xinxiang.agri.platform.codes.CodeList;
import cn.gov.xinxiang.agri.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationCodeListsTest {

    @Test
    void everyCodeHasBothNames() {
        List<CodeList> lists = new EvaluationCodeLists().codeLists(Role.CITY);
        assertThat(lists).extracting(CodeList::name).containsExactly("subject-types", "evaluation-statuses", "directions");
        lists.forEach(l -> l.codes().forEach(e -> assertThat(e.en()).as(l.name() + "." + e.code()).isNotBlank()));
        CodeList subjects = lists.get(0);
        for (SubjectType t : SubjectType.values()) {
            assertThat(subjects.codes().get(t.ordinal()).zh()).isEqualTo(t.label);
        }
    }
}
