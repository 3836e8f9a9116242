package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Actor;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Status;
import cn.gov.xinxiang.agri.asset.distribution.DistributionProcedure.Step;
import cn.gov.xinxiang.agri.asset.distribution.DistributionRules;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status machine of the distribution procedure, every status × step × tier, and the reconciliation and masking rules. */
class DistributionProcedureTest {

    static DistributionProcedure.Refused refused(Status from, Step step, Actor actor) {
        try {
            Status to = DistributionProcedure.next(from, step, actor);
            throw new AssertionError(actor + " " + step + " from " + from + " was allowed (to " + to + ")");
        } catch (DistributionProcedure.Refused e) {
            return e;
        }
    }

    @Test
    void theSeedsProcedureRunsVillageTownshipCountyAndBackToTheVillage() {
        Status s = DistributionProcedure.propose(Actor.VILLAGE);
        assertThat(s).isEqualTo(Status.PROPOSED);
        s = DistributionProcedure.next(s, Step.RETURNED, Actor.TOWNSHIP);
        assertThat(s).isEqualTo(Status.RETURNED);
        s = DistributionProcedure.next(s, Step.CORRECTED, Actor.VILLAGE);
        assertThat(s).isEqualTo(Status.PROPOSED);
        s = DistributionProcedure.next(s, Step.TOWNSHIP_REVIEWED, Actor.TOWNSHIP);
        assertThat(s).isEqualTo(Status.TOWNSHIP_REVIEWED);
        s = DistributionProcedure.next(s, Step.RETURNED, Actor.COUNTY);
        assertThat(s).isEqualTo(Status.RETURNED);
        s = DistributionProcedure.next(DistributionProcedure.next(s, Step.CORRECTED, Actor.VILLAGE), Step.TOWNSHIP_REVIEWED, Actor.TOWNSHIP);
        s = DistributionProcedure.next(s, Step.APPROVED, Actor.COUNTY);
        assertThat(s).isEqualTo(Status.APPROVED);
        s = DistributionProcedure.next(s, Step.PUBLISHED, Actor.VILLAGE);
        assertThat(s).isEqualTo(Status.PUBLISHED);
        // a published distribution is corrected as a new version that goes through the procedure again, or returned by the county
        assertThat(DistributionProcedure.next(s, Step.CORRECTED, Actor.VILLAGE)).isEqualTo(Status.PROPOSED);
        assertThat(DistributionProcedure.next(s, Step.RETURNED, Actor.COUNTY)).isEqualTo(Status.RETURNED);
        assertThat(DistributionProcedure.next(Status.APPROVED, Step.PUBLISHED, Actor.COUNTY)).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void everyOtherCombinationIsRefusedEitherAsTheWrongTierOrTheWrongStatus() {
        List<String> allowed = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Step step : Step.values()) {
                for (Actor actor : Actor.values()) {
                    try {
                        allowed.add(actor + " " + step + " " + from + " -> " + DistributionProcedure.next(from, step, actor));
                    } catch (DistributionProcedure.Refused e) {
                        assertThat(e.getMessage()).isNotBlank();
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
        assertThat(refused(Status.PROPOSED, Step.APPROVED, Actor.TOWNSHIP).forbidden).isTrue();
        assertThat(refused(Status.PROPOSED, Step.TOWNSHIP_REVIEWED, Actor.VILLAGE).forbidden).isTrue();
        assertThat(refused(Status.PROPOSED, Step.CORRECTED, Actor.COUNTY).forbidden).isTrue();
        assertThat(refused(Status.APPROVED, Step.PUBLISHED, Actor.OTHER).forbidden).isTrue();
        var e = refused(Status.PROPOSED, Step.APPROVED, Actor.COUNTY);
        assertThat(e.forbidden).isFalse();
        assertThat(e.getMessage()).contains("PROPOSED");
        assertThat(refused(Status.TOWNSHIP_REVIEWED, Step.CORRECTED, Actor.VILLAGE).forbidden).isFalse();
        assertThat(refused(Status.TOWNSHIP_REVIEWED, Step.RETURNED, Actor.TOWNSHIP).getMessage()).contains("township returns a proposal");
        assertThat(refused(Status.PROPOSED, Step.RETURNED, Actor.COUNTY).getMessage()).contains("township has reviewed");
        assertThat(refused(Status.PUBLISHED, Step.PUBLISHED, Actor.VILLAGE).forbidden).isFalse();
        assertThatThrownBy(() -> DistributionProcedure.propose(Actor.TOWNSHIP)).isInstanceOf(DistributionProcedure.Refused.class);
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
