package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Actor;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Status;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Step;
import cn.gov.xinxiang.agri.asset.distribution.DistributionRules;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status machine of the distribution procedure, every status × step × tier, and the reconciliation and masking rules. */
class DistributionProcedureTest {

    static Violation refused(Status from, Step step, Actor actor) {
        Decision<Status> d = DistributionProcedure.next(from, step, actor);
        assertThat(d.allowed()).as(actor + " " + step + " from " + from + " was allowed").isFalse();
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    /** Whether a refusal is the wrong tier's (403 forbidden) rather than the wrong status's (409 wrong-status). */
    static boolean forbidden(Violation v) {
        assertThat(v.slug()).isEqualTo(v.kind() == Violation.Kind.FORBIDDEN ? "forbidden" : "wrong-status");
        assertThat(v.kind()).isIn(Violation.Kind.FORBIDDEN, Violation.Kind.WRONG_STATE);
        return v.kind() == Violation.Kind.FORBIDDEN;
    }

    static String english(Violation v) {
        return v.text().in(Language.EN);
    }

    static Status next(Status from, Step step, Actor actor) {
        return DistributionProcedure.next(from, step, actor).change();
    }

    @Test
    void theSeedsProcedureRunsVillageTownshipCountyAndBackToTheVillage() {
        Status s = DistributionProcedure.propose(Actor.VILLAGE).change();
        assertThat(s).isEqualTo(Status.PROPOSED);
        s = next(s, Step.RETURNED, Actor.TOWNSHIP);
        assertThat(s).isEqualTo(Status.RETURNED);
        s = next(s, Step.CORRECTED, Actor.VILLAGE);
        assertThat(s).isEqualTo(Status.PROPOSED);
        s = next(s, Step.TOWNSHIP_REVIEWED, Actor.TOWNSHIP);
        assertThat(s).isEqualTo(Status.TOWNSHIP_REVIEWED);
        s = next(s, Step.RETURNED, Actor.COUNTY);
        assertThat(s).isEqualTo(Status.RETURNED);
        s = next(next(s, Step.CORRECTED, Actor.VILLAGE), Step.TOWNSHIP_REVIEWED, Actor.TOWNSHIP);
        s = next(s, Step.APPROVED, Actor.COUNTY);
        assertThat(s).isEqualTo(Status.APPROVED);
        s = next(s, Step.PUBLISHED, Actor.VILLAGE);
        assertThat(s).isEqualTo(Status.PUBLISHED);
        // a published distribution is corrected as a new version that goes through the procedure again, or returned by the county
        assertThat(next(s, Step.CORRECTED, Actor.VILLAGE)).isEqualTo(Status.PROPOSED);
        assertThat(next(s, Step.RETURNED, Actor.COUNTY)).isEqualTo(Status.RETURNED);
        assertThat(next(Status.APPROVED, Step.PUBLISHED, Actor.COUNTY)).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void everyOtherCombinationIsRefusedEitherAsTheWrongTierOrTheWrongStatus() {
        List<String> allowed = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Step step : Step.values()) {
                for (Actor actor : Actor.values()) {
                    Decision<Status> d = DistributionProcedure.next(from, step, actor);
                    if (d.allowed()) {
                        allowed.add(actor + " " + step + " " + from + " -> " + d.change());
                    } else {
                        assertThat(english(d.violations().get(0))).isNotBlank();
                        forbidden(d.violations().get(0));
                    }
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(
                "VILLAGE CORRECTED PROPOSED -> PROPOSED",
                "VILLAGE CORRECTED RETURNED -> PROPOSED",
                "VILLAGE CORRECTED APPROVED -> PROPOSED",
                "VILLAGE CORRECTED PUBLISHED -> PROPOSED",
                "TOWNSHIP TOWNSHIP_REVIEWED PROPOSED -> TOWNSHIP_REVIEWED",
                "TOWNSHIP RETURNED PROPOSED -> RETURNED",
                "COUNTY RETURNED TOWNSHIP_REVIEWED -> RETURNED",
                "COUNTY RETURNED APPROVED -> RETURNED",
                "COUNTY RETURNED PUBLISHED -> RETURNED",
                "COUNTY APPROVED TOWNSHIP_REVIEWED -> APPROVED",
                "VILLAGE PUBLISHED APPROVED -> PUBLISHED",
                "COUNTY PUBLISHED APPROVED -> PUBLISHED");
    }

    @Test
    void theWrongTierIsForbiddenTheWrongStatusIsAConflict() {
        assertThat(forbidden(refused(Status.PROPOSED, Step.APPROVED, Actor.TOWNSHIP))).isTrue();
        assertThat(forbidden(refused(Status.PROPOSED, Step.TOWNSHIP_REVIEWED, Actor.VILLAGE))).isTrue();
        assertThat(forbidden(refused(Status.PROPOSED, Step.CORRECTED, Actor.COUNTY))).isTrue();
        assertThat(forbidden(refused(Status.APPROVED, Step.PUBLISHED, Actor.OTHER))).isTrue();
        var e = refused(Status.PROPOSED, Step.APPROVED, Actor.COUNTY);
        assertThat(forbidden(e)).isFalse();
        assertThat(english(e)).contains("PROPOSED");
        assertThat(forbidden(refused(Status.TOWNSHIP_REVIEWED, Step.CORRECTED, Actor.VILLAGE))).isFalse();
        assertThat(english(refused(Status.TOWNSHIP_REVIEWED, Step.RETURNED, Actor.TOWNSHIP))).contains("township returns a proposal");
        assertThat(english(refused(Status.PROPOSED, Step.RETURNED, Actor.COUNTY))).contains("township has reviewed");
        assertThat(forbidden(refused(Status.PUBLISHED, Step.PUBLISHED, Actor.VILLAGE))).isFalse();
        Decision<Status> byTownship = DistributionProcedure.propose(Actor.TOWNSHIP);
        assertThat(byTownship.allowed()).isFalse();
        assertThat(forbidden(byTownship.violations().get(0))).isTrue();
        assertThat(byTownship.violations().get(0).text().key()).isEqualTo("procedure.village-proposes");
        assertThat(forbidden(refused(Status.PROPOSED, Step.PROPOSED, Actor.VILLAGE))).isFalse();
        assertThat(DistributionProcedure.correctable(Status.TOWNSHIP_REVIEWED)).isFalse();
        assertThat(DistributionProcedure.correctable(Status.RETURNED)).isTrue();
    }

    @Test
    void theIncomeReconcilesWithTheInventoriesOrTheDifferenceIsExplained() {
        assertThat(DistributionRules.reconcile(new BigDecimal("15000.00"), new BigDecimal("15000.00"), null, "2025H1").change()).isZero();
        var refused = DistributionRules.reconcile(new BigDecimal("30000.00"), new BigDecimal("15000.00"), " ", "2025H1");
        assertThat(refused.allowed()).isFalse();
        ProblemException e = Refusals.problem(refused.violations());
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.slug()).isEqualTo("income-not-reconciled");
        assertThat(e.errors()).extracting(f -> f.field()).containsExactly("income");
        assertThat(e.getMessage()).contains("15000.00").contains("difference 15000.00").contains("incomeDifferenceNote");
        assertThat(DistributionRules.reconcile(new BigDecimal("30000.00"), new BigDecimal("15000.00"), "另有村集体光伏收入15000元", "2025H1").change())
                .isEqualByComparingTo("15000.00");
        assertThat(DistributionRules.reconcile(new BigDecimal("14000.00"), new BigDecimal("15000.00"), "1000元计提风险金后入账", "2025H1").change())
                .isEqualByComparingTo("-1000.00");
    }

    @Test
    void namesArePostedMasked() {
        assertThat(DistributionRules.maskName("张建明")).isEqualTo("张*明");
        assertThat(DistributionRules.maskName("李四")).isEqualTo("李*");
        assertThat(DistributionRules.maskName("欧阳春花")).isEqualTo("欧**花");
        assertThat(DistributionRules.maskName("王")).isEqualTo("*");
        assertThat(DistributionRules.maskName("𠀀建𠀁")).isEqualTo("𠀀*𠀁"); // characters outside the BMP count as one
    }
}
