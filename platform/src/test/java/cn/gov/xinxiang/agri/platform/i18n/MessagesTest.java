package cn.gov.xinxiang.agri.platform.i18n;

import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    final Messages messages = Messages.load(MessagesTest.class.getClassLoader());

    @Test
    void platformBundlesHaveEveryKeyInBothLanguages() {
        assertThat(messages.keys()).contains("problem.not-found", "problem.title.404", "noun.project");
        assertThat(messages.missing()).isEmpty();
    }

    @Test
    void aKeyInOneLanguageOnlyIsReported() {
        Messages half = new Messages(java.util.Map.of(Language.ZH, java.util.Map.of("a", "甲", "b", "乙"),
                Language.EN, java.util.Map.of("a", "A", "b", " ")));
        assertThat(half.missing()).containsExactly("en lacks b");
    }

    @Test
    void acceptLanguagePicksTheWeightiestSupportedLanguageAndDefaultsToChinese() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("en")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("fr-FR, en;q=0.5, zh-CN;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("de")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("zh-Hans-CN;q=0, en;q=0.1")).isEqualTo(Language.EN);
    }

    @Test
    void argumentsAreFormattedPlainlyAndNounsFollowTheLanguage() {
        assertThat(messages.text(Language.EN, "problem.stale-write", 12345, new BigDecimal("1E+3")))
                .isEqualTo("the record changed since you read it (your version 12345, current 1000)");
        Problem zh = ProblemException.notFound("project", "P-1").toProblem("/x", Language.ZH);
        Problem en = ProblemException.notFound("project", "P-1").toProblem("/x", Language.EN);
        assertThat(zh.detail()).isEqualTo("项目 P-1 不存在或不在您的辖区内");
        assertThat(en.detail()).isEqualTo("project P-1 does not exist or is outside your region");
        assertThat(messages.text(Language.EN, "problem.field-wrong-type", "name")).isEqualTo("field 'name' has a value of the wrong type or format");
    }

    @Test
    void keyedFieldErrorsRenderInTheCallersLanguage() {
        ProblemException e = ProblemException.keyed(400, "validation", "problem.fields-invalid", 2)
                .field("items[0].code", "problem.wrong-type").field("name", "problem.wrong-type");
        assertThat(e.toProblem(null, Language.ZH).errors()).extracting(Problem.FieldError::message).containsOnly("类型或格式不正确");
        assertThat(e.getMessage()).isEqualTo("2 fields are invalid");
    }

    @Test
    void oneFieldRefusalsAndRuleTextsRenderInEitherLanguage() {
        ProblemException e = ProblemException.invalidField("size", "paging.size-range", 200);
        Problem zh = e.toProblem(null, Language.ZH);
        Problem en = e.toProblem(null, Language.EN);
        assertThat(zh.type()).isEqualTo("urn:agri:problem:validation");
        assertThat(zh.detail()).isEqualTo("size：须在 1 到 200 之间");
        assertThat(zh.errors()).containsExactly(new Problem.FieldError("size", "须在 1 到 200 之间"));
        assertThat(en.detail()).isEqualTo("size: must be between 1 and 200");
        assertThat(e.getMessage()).isEqualTo("size: must be between 1 and 200");

        Text tier = new Text("tier.TOWNSHIP");
        Problem wrongTier = ProblemException.keyed(403, "forbidden", "auth.wrong-tier", "village", tier, "410725901000")
                .toProblem(null, Language.ZH);
        assertThat(wrongTier.detail()).isEqualTo("角色 village 须在乡镇一级操作，令牌中的区划为 410725901000");
        assertThat(ProblemException.keyed(403, "forbidden", "auth.wrong-tier", "village", tier, "410725901000").getMessage())
                .isEqualTo("role village must act at township tier, the token names 410725901000");
    }
}
