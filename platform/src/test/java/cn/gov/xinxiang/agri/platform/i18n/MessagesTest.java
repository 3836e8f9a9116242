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
}
