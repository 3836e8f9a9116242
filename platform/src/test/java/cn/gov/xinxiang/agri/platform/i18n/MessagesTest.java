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

    @Test
    void policyRangesImportErrorsAndAcceptanceRefusalsReadInBothLanguages() {
        var rate = cn.gov.xinxiang.agri.platform.policy.PolicyKey.fraction("asset.benchmark-rate", "基准利率");
        Text outOfRange = rate.check(new BigDecimal("1.5"));
        assertThat(outOfRange.in(Language.ZH)).isEqualTo("须在 0 到 1 之间（比例）");
        assertThat(outOfRange.in(Language.EN)).isEqualTo("must be between 0 and 1 (fraction)");
        assertThat(rate.check(new BigDecimal("0.0000001")).in(Language.ZH)).isEqualTo("最多 6 位小数");
        assertThat(rate.check(new BigDecimal("0.015"))).isNull();
        var days = cn.gov.xinxiang.agri.platform.policy.PolicyKey.whole("asset.inventory-deadline-days", "天数",
                cn.gov.xinxiang.agri.platform.policy.PolicyKey.Unit.DAYS, 1, 365);
        assertThat(days.check(new BigDecimal("1.5")).in(Language.EN)).isEqualTo("must be a whole number of days");
        assertThat(days.check(new BigDecimal("1.5")).in(Language.ZH)).isEqualTo("须为整数（天数）");

        var error = cn.gov.xinxiang.agri.platform.imports.ImportError.of(3, "资产名称", "name", new Text("import.max-chars", 200));
        assertThat(error.message()).isEqualTo("最多 200 个字符");
        assertThat(error.key()).isEqualTo("import.max-chars");
        assertThat(error.in(Language.EN).message()).isEqualTo("must be at most 200 characters");
        assertThat(error.in(Language.ZH)).extracting(e -> e.texts()).isNull();

        var refusal = cn.gov.xinxiang.agri.contracts.project.AcceptanceRules.location("HOUSEHOLD", "410725901000", true).get(0);
        assertThat(new Text(refusal.key(), refusal.arguments()).in(Language.ZH)).isEqualTo("到户类资产须位于农户所在村，不得位于乡镇（410725901000）");
        assertThat(new Text(refusal.key(), refusal.arguments()).in(Language.EN))
                .isEqualTo("a household asset (到户类) stands in the household's village, not at a township (410725901000)");
        ProblemException p = ProblemException.keyed(422, "acceptance-rule", "problem.rules-broken",
                ProblemException.joined(ProblemException.fieldsOf(java.util.List.of(refusal, refusal)))).fields(ProblemException.fieldsOf(java.util.List.of(refusal)));
        assertThat(p.toProblem(null, Language.ZH).detail()).contains("；").startsWith("到户类资产");
        assertThat(p.toProblem(null, Language.EN).errors()).extracting(Problem.FieldError::field).containsExactly("locationRegionCode");
    }
}
