package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanFigures;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The allocation deciders (allocate, revoke, disburse, spend), plain JUnit: each rule's accept and refuse side. */
class AllocationRulesTest {

    static BigDecimal y(String v) {
        return new BigDecimal(v);
    }

    static final UUID PLAN = UUID.randomUUID();
    static final UUID PROJECT = UUID.randomUUID();
    static final String YY = "410725000000";
    static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2024-05-01");
    /** 1000 yuan: 700 industry (400 leading), 200 infrastructure, 100 employment. */
    static final PlanFigures THOUSAND = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("200.00"), y("100.00"), y("0"));
    static final AllocationRules.Project LEADING = new AllocationRules.Project(PROJECT, YY, "410725102000", true);
    static final Map<String, String> NEGATIVE = Map.of("VEHICLES", "购置车辆");

    static AllocationRules.Share share(String amount, String allocated, PlanRules.UseSplit uses) {
        return new AllocationRules.Share(new PlanRules.ShareLine(YY, y(amount), uses), y(allocated));
    }

    static AllocationRules.AllocateFacts facts(PlanStatus status, AllocationRules.Project project, AllocationRules.Share share, FundUse use,
                                               String purpose, String amount, String heldInPlan, String heldInCounty) {
        return new AllocationRules.AllocateFacts(PLAN, 2024, 2, status, THOUSAND, PROJECT, project, NEGATIVE, share, y(heldInPlan), y(heldInCounty),
                use, purpose, y(amount), UUID.randomUUID(), NOW);
    }

    static Violation lead(Decision<?> d) {
        assertThat(d.allowed()).isFalse();
        return d.violations().get(0);
    }

    @Test
    void anAllocationWithinTheShareAndThePlannedUseIsGrantedWithTheProjectsLeadingFlag() {
        AllocationRules.AllocateFacts x = facts(PlanStatus.PUBLISHED, LEADING, share("600.00", "100.00", null), FundUse.INDUSTRY_DEVELOPMENT,
                "PRODUCTION_FACILITIES", "500.00", "200.00", "100.00");
        AllocationRules.Grant g = AllocationRules.allocate(x).change();
        assertThat(g.shareAllocated()).isEqualByComparingTo("600.00");
        assertThat(g.event().allocationId()).isEqualTo(x.allocationId().toString());
        assertThat(g.event().leadingIndustry()).isTrue();
        assertThat(g.event().use()).isEqualTo("INDUSTRY_DEVELOPMENT");
        assertThat(g.event().countyCode()).isEqualTo(YY);
        assertThat(g.event().allocatedAt()).isEqualTo(NOW);
    }

    @Test
    void allocatingIsRefusedFromADraftForAProjectOutsideTheLibraryAndForAPurposeOnTheNegativeList() {
        var s = share("600.00", "0", null);
        Violation draft = lead(AllocationRules.allocate(facts(PlanStatus.DRAFT, LEADING, s, FundUse.OTHER, "X", "1.00", "0", "0")));
        assertThat(draft.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(draft.slug()).isEqualTo("plan-not-published");
        Decision<AllocationRules.Grant> outside = AllocationRules.allocate(facts(PlanStatus.PUBLISHED, null, null, FundUse.OTHER, "X", "1.00", "0", "0"));
        assertThat(outside.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("project-not-in-library", null), tuple("validation", "projectId"));
        Decision<AllocationRules.Grant> vehicles = AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, s, FundUse.OTHER, "VEHICLES", "1.00", "0", "0"));
        assertThat(vehicles.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("negative-list-use", null), tuple("validation", "purposeCode"));
        assertThat(vehicles.violations().get(0).text().args()).containsExactly("VEHICLES", "购置车辆", 2024);
        assertThat(lead(AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, null, FundUse.OTHER, "X", "1.00", "0", "0"))).slug())
                .isEqualTo("no-county-share");
    }

    @Test
    void anAllocationBeyondTheCountysHeadroomIsRefusedAndUpToItIsGranted() {
        var s = share("600.00", "550.00", null);
        Decision<AllocationRules.Grant> over = AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, s, FundUse.EMPLOYMENT, "WAGES", "50.01", "0", "0"));
        assertThat(over.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("exceeds-county-headroom", null), tuple("validation", "amount"));
        assertThat(over.violations().get(1).text().args()).containsExactly("50.00");
        assertThat(AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, s, FundUse.EMPLOYMENT, "WAGES", "50.00", "0", "0")).allowed()).isTrue();
    }

    @Test
    void anAllocationBeyondThePlannedUseNamesWhatBinds() {
        // the plan's 200 for infrastructure, 180 of it held elsewhere: 20 left
        var unsplit = share("600.00", "0", null);
        Decision<AllocationRules.Grant> plan = AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, unsplit, FundUse.INFRASTRUCTURE, "ROADS",
                "20.01", "180.00", "0"));
        assertThat(plan.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("exceeds-planned-use", null), tuple("validation", "amount"), tuple("validation", "use"));
        assertThat(((Text) plan.violations().get(0).text().args()[2]).key()).isEqualTo("allocation.plan-plans");
        assertThat(plan.violations().get(1).text().args()).containsExactly("20.00", "INFRASTRUCTURE");
        assertThat(AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, unsplit, FundUse.INFRASTRUCTURE, "ROADS", "20.00", "180.00", "0"))
                .allowed()).isTrue();
        // the county's split plans 50 for infrastructure, 40 held in it: 10 left, before the plan's 200
        var split = share("600.00", "40.00", new PlanRules.UseSplit(y("500.00"), y("50.00"), y("50.00"), y("0")));
        Decision<AllocationRules.Grant> county = AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, split, FundUse.INFRASTRUCTURE, "ROADS",
                "10.01", "40.00", "40.00"));
        assertThat(((Text) county.violations().get(0).text().args()[2]).key()).isEqualTo("allocation.county-share-plans");
        assertThat(AllocationRules.allocate(facts(PlanStatus.PUBLISHED, LEADING, split, FundUse.INFRASTRUCTURE, "ROADS", "10.00", "40.00", "40.00"))
                .allowed()).isTrue();
    }

    static AllocationRules.Account account(AllocationStatus status, String amount, String disbursed, String expended) {
        return new AllocationRules.Account(UUID.randomUUID(), PROJECT, 2024, YY, status, y(amount), y(disbursed), y(expended));
    }

    @Test
    void revokingReturnsWhatWasNotDisbursedAndOnlyOnce() {
        AllocationRules.Revocation r = AllocationRules.revoke(account(AllocationStatus.ACTIVE, "500.00", "120.00", "0"), "  项目终止 ", NOW).change();
        assertThat(r.returned()).isEqualByComparingTo("380.00");
        assertThat(r.event().amount()).isEqualByComparingTo("380.00");
        assertThat(r.event().reason()).isEqualTo("项目终止");
        Violation again = lead(AllocationRules.revoke(account(AllocationStatus.REVOKED, "120.00", "120.00", "0"), "x", NOW));
        assertThat(again.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(again.slug()).isEqualTo("allocation-revoked");
    }

    @Test
    void aDisbursementIsNeverBeyondTheAllocationNorDatedInTheFuture() {
        var a = account(AllocationStatus.ACTIVE, "500.00", "300.00", "0");
        UUID id = UUID.randomUUID();
        var paid = AllocationRules.disburse(a, id, y("200.00"), TODAY, TODAY, NOW).change();
        assertThat(paid.total()).isEqualByComparingTo("500.00");
        assertThat(paid.event().disbursementId()).isEqualTo(id.toString());
        assertThat(paid.event().totalDisbursed()).isEqualByComparingTo("500.00");
        var over = AllocationRules.disburse(a, id, y("200.01"), TODAY, TODAY, NOW);
        assertThat(over.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("exceeds-allocation", null), tuple("validation", "amount"));
        assertThat(over.violations().get(1).text().args()).containsExactly("200.00");
        assertThat(lead(AllocationRules.disburse(a, id, y("1.00"), TODAY.plusDays(1), TODAY, NOW)))
                .extracting(Violation::kind, Violation::field).containsExactly(Violation.Kind.INVALID_FIELD, "disbursedOn");
        assertThat(lead(AllocationRules.disburse(account(AllocationStatus.REVOKED, "300.00", "300.00", "0"), id, y("1.00"), TODAY, TODAY, NOW)).slug())
                .isEqualTo("allocation-revoked");
    }

    @Test
    void anExpenditureIsNeverBeyondWhatWasDisbursedAlsoAfterARevocation() {
        var revoked = account(AllocationStatus.REVOKED, "300.00", "300.00", "250.00");
        var spent = AllocationRules.spend(revoked, UUID.randomUUID(), y("50.00"), TODAY, TODAY, NOW).change();
        assertThat(spent.total()).isEqualByComparingTo("300.00");
        assertThat(spent.event().totalExpended()).isEqualByComparingTo("300.00");
        var over = AllocationRules.spend(revoked, UUID.randomUUID(), y("50.01"), TODAY, TODAY, NOW);
        assertThat(over.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("exceeds-disbursed", null), tuple("validation", "amount"));
        assertThat(over.violations().get(1).text().args()).containsExactly("50.00");
        assertThat(lead(AllocationRules.spend(revoked, UUID.randomUUID(), y("1.00"), TODAY.plusDays(1), TODAY, NOW)).field()).isEqualTo("spentOn");
    }
}
