package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.THOUSAND;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.YJ;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.YY;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.held;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.split;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.y;
import static cn.gov.xinxiang.agri.funding.plan.PlanRulesTest.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The plan's deciders (draft, publish, amend), plain JUnit: each rule's accept and refuse side, the policy numbers as inputs. */
class PlanDecidersTest {

    static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-000000002024");
    static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");
    static final List<PlanRules.ShareLine> SPLIT = List.of(new PlanRules.ShareLine(YY, y("600.00"), null), new PlanRules.ShareLine(YJ, y("400.00"), null));

    static PlanRules.PublishFacts publishing(PlanStatus status, List<PlanRules.ShareLine> shares, String industryFloor, String leadingFloor,
                                             String justification) {
        return new PlanRules.PublishFacts(PLAN, 2024, status, THOUSAND, shares, y(industryFloor), y(leadingFloor), justification, null, "city-1", NOW);
    }

    static PlanRules.AmendFacts amending(PlanFigures f, List<PlanRules.ShareLine> shares, List<PlanRules.Held> held, String industryFloor,
                                         Set<String> negativeList, String justification) {
        return new PlanRules.AmendFacts(PLAN, 2024, 1, THOUSAND, SPLIT, f, shares, held, y(industryFloor), y("0.50"), negativeList,
                justification, "  县级调整  ", "city-1", NOW);
    }

    static Violation only(Decision<?> d) {
        assertThat(d.allowed()).isFalse();
        return d.violations().get(0);
    }

    @Test
    void aConsistentDraftForAFreeYearIsAllowedAndAnotherForTheSameYearIsAConflict() {
        assertThat(PlanRules.draft(2024, THOUSAND, SPLIT, false).change()).isEqualTo(THOUSAND);
        Violation taken = only(PlanRules.draft(2024, THOUSAND, SPLIT, true));
        assertThat(taken.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(taken.slug()).isEqualTo("plan-exists");
        assertThat(taken.text().args()).containsExactly(2024);
    }

    @Test
    void anInconsistentDraftIsOneRefusalNamingEveryField() {
        PlanFigures usesOff = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("200.00"), y("0"), y("0"));
        Decision<PlanFigures> one = PlanRules.draft(2024, usesOff, SPLIT, true);
        assertThat(one.violations()).extracting(Violation::kind, Violation::slug, Violation::field).containsExactly(
                tuple(Violation.Kind.BROKEN_RULE, "plan-inconsistent", null), tuple(Violation.Kind.INVALID_FIELD, "validation", "uses"));
        // one field: the detail is that field's message
        assertThat(zh(one.violations().get(0))).startsWith("uses").contains("900.00", "1000.00");
        PlanFigures worse = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("800.00"), y("200.00"), y("0"), y("0"));
        Decision<PlanFigures> two = PlanRules.redraft(worse, SPLIT);
        assertThat(two.violations().get(0).text().key()).isEqualTo("plan.figures-inconsistent");
        assertThat(two.violations().get(0).text().args()).containsExactly(2);
        assertThat(two.violations()).extracting(Violation::field).containsExactly(null, "uses", "uses.leadingIndustry");
        assertThat(PlanRules.redraft(THOUSAND, SPLIT.subList(0, 1)).allowed()).as("a draft may leave money unsplit").isTrue();
    }

    @Test
    void onlyADraftIsRedrawnAndNeverIntoAnotherYear() {
        assertThat(PlanRules.mayRedraft(PLAN, PlanStatus.DRAFT, 2024, 2024)).isEmpty();
        assertThat(PlanRules.mayRedraft(PLAN, PlanStatus.DRAFT, 2024, 2025)).extracting(Violation::kind, Violation::field)
                .containsExactly(tuple(Violation.Kind.INVALID_FIELD, "fiscalYear"));
        assertThat(PlanRules.mayRedraft(PLAN, PlanStatus.PUBLISHED, 2024, 2024)).extracting(Violation::slug).containsExactly("plan-published");
        assertThat(PlanRules.mayAmend(PLAN, PlanStatus.PUBLISHED)).isEmpty();
        assertThat(PlanRules.mayAmend(PLAN, PlanStatus.DRAFT)).extracting(Violation::kind, Violation::slug)
                .containsExactly(tuple(Violation.Kind.WRONG_STATE, "plan-not-published"));
    }

    @Test
    void aFullySplitDraftAboveTheYearsFloorsIsPublishedWithItsEvent() {
        PlanRules.Publication p = PlanRules.publish(publishing(PlanStatus.DRAFT, SPLIT, "0.65", "0.50", "  ")).change();
        assertThat(p.floors().belowFloor()).isFalse();
        assertThat(p.breaches()).isEmpty();
        assertThat(p.justification()).as("blank is no justification").isNull();
        assertThat(p.event().planId()).isEqualTo(PLAN.toString());
        assertThat(p.event().total()).isEqualByComparingTo("1000.00");
        assertThat(p.event().belowFloor()).isFalse();
        assertThat(p.event().countyShares()).extracting(s -> s.countyCode()).containsExactly(YY, YJ);
        assertThat(p.event().publishedBy()).isEqualTo("city-1");
        assertThat(p.event().publishedAt()).isEqualTo(NOW);
    }

    @Test
    void publishingRefusesAPublishedPlanAndAnUnsplitOne() {
        assertThat(only(PlanRules.publish(publishing(PlanStatus.PUBLISHED, SPLIT, "0.65", "0.50", null))).slug()).isEqualTo("plan-published");
        Violation unsplit = only(PlanRules.publish(publishing(PlanStatus.DRAFT, SPLIT.subList(0, 1), "0.65", "0.50", null)));
        assertThat(unsplit.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(unsplit.slug()).isEqualTo("plan-not-fully-split");
        assertThat(unsplit.text().args()).containsExactly("400.00");
    }

    @Test
    void belowTheYearsFloorPublishingNeedsAJustificationAndRecordsIt() {
        // 70% industry is below a 75% floor; the same plan met 65%: the floor is the year's number, passed in
        Decision<PlanRules.Publication> refused = PlanRules.publish(publishing(PlanStatus.DRAFT, SPLIT, "0.75", "0.50", null));
        assertThat(refused.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("below-floor-needs-justification", null), tuple("validation", "justification"));
        assertThat(refused.violations().get(0).text().args()).containsExactly("70.0%", "75%", "57.1%", "50%");
        assertThat(PlanRules.publish(publishing(PlanStatus.DRAFT, SPLIT, "0.65", "0.58", null)).allowed()).as("57.1% < 58%").isFalse();
        PlanRules.Publication p = PlanRules.publish(publishing(PlanStatus.DRAFT, SPLIT, "0.75", "0.50", " 当年基础设施缺口大 ")).change();
        assertThat(p.justification()).isEqualTo("当年基础设施缺口大");
        assertThat(p.event().justification()).isEqualTo("当年基础设施缺口大");
        assertThat(p.event().belowFloor()).isTrue();
        assertThat(p.breaches()).containsExactly(PlanRules.Breach.INDUSTRY_SHARE_FLOOR);
    }

    /** Money moved from employment to infrastructure, same split: a real change that holds everything. */
    static final PlanFigures MOVED = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("300.00"), y("0"), y("0"));

    @Test
    void anAmendmentThatHoldsItsAllocationsAndMeetsTheFloorsIsTheNextVersion() {
        var a = held(YY, FundUse.INFRASTRUCTURE, "ROADS", "250.00");
        PlanRules.Amendment change = PlanRules.amend(amending(MOVED, SPLIT, List.of(a), "0.65", Set.of("VEHICLES"), "不需要")).change();
        assertThat(change.versionNo()).isEqualTo(2);
        assertThat(change.breaches()).isEmpty();
        assertThat(change.justification()).as("nothing broken, nothing justified").isNull();
        assertThat(change.event().version()).isEqualTo(2);
        assertThat(change.event().reason()).isEqualTo("县级调整");
        assertThat(change.event().justification()).isNull();
        assertThat(change.event().infrastructure()).isEqualByComparingTo("300.00");
        assertThat(change.event().amendedAt()).isEqualTo(NOW);
    }

    @Test
    void anAmendmentIsRefusedWhenInconsistentUnsplitOrTheSame() {
        PlanFigures usesOff = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("200.00"), y("0"), y("0"));
        assertThat(only(PlanRules.amend(amending(usesOff, SPLIT, List.of(), "0.65", Set.of(), null))).slug()).isEqualTo("plan-inconsistent");
        Decision<PlanRules.Amendment> unsplit = PlanRules.amend(amending(MOVED, SPLIT.subList(0, 1), List.of(), "0.65", Set.of(), null));
        assertThat(unsplit.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("plan-not-fully-split", null), tuple("validation", "countyShares"));
        Decision<PlanRules.Amendment> same = PlanRules.amend(amending(THOUSAND, List.of(new PlanRules.ShareLine(YJ, y("400"), null),
                new PlanRules.ShareLine(YY, y("600"), null)), List.of(), "0.65", Set.of(), null));
        assertThat(same.violations()).extracting(Violation::slug).containsExactly("amendment-changes-nothing", "validation");
        assertThat(same.violations().get(0).text().args()).containsExactly(1);
    }

    @Test
    void anAmendmentBelowTheAllocationsMadeNamesThem() {
        var a = held(YY, FundUse.INDUSTRY_DEVELOPMENT, "PRODUCTION_FACILITIES", "550.00");
        var cut = List.of(new PlanRules.ShareLine(YY, y("500.00"), split("500.00", "0", "0", "0")), new PlanRules.ShareLine(YJ, y("500.00"), null));
        Decision<PlanRules.Amendment> one = PlanRules.amend(amending(MOVED, cut, List.of(a), "0.65", Set.of(), null));
        assertThat(one.violations()).extracting(Violation::slug, Violation::field).containsExactly(
                tuple("amendment-below-allocations", null), tuple("validation", "countyShares[0].amount"),
                tuple("validation", "countyShares[0].uses.industryDevelopment"));
        assertThat(one.violations().get(0).text().key()).isEqualTo("plan.below-allocations-more");
        assertThat(zh(one.violations().get(0))).contains(a.allocationId().toString(), "550.00", "500.00");
        var lessCut = List.of(new PlanRules.ShareLine(YY, y("500.00"), null), new PlanRules.ShareLine(YJ, y("500.00"), null));
        assertThat(PlanRules.amend(amending(MOVED, lessCut, List.of(a), "0.65", Set.of(), null)).violations().get(0).text().key())
                .isEqualTo("plan.below-allocations");
    }

    @Test
    void anAmendmentBreakingAFloorOrTheNegativeListNeedsAJustificationAndRecordsIt() {
        var vehicles = held(YJ, FundUse.OTHER, "VEHICLES", "10.00");
        PlanFigures withOther = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("200.00"), y("50.00"), y("50.00"));
        Decision<PlanRules.Amendment> refused = PlanRules.amend(amending(withOther, SPLIT, List.of(vehicles), "0.75", Set.of("VEHICLES"), " "));
        assertThat(refused.violations()).extracting(Violation::slug, Violation::field)
                .containsExactly(tuple("below-floor-needs-justification", null), tuple("validation", "justification"));
        assertThat(refused.violations().get(0).text().args()[0]).isEqualTo("industry-share-floor, negative-list");
        assertThat(zh(refused.violations().get(0))).contains("70.0%", "75%", vehicles.allocationId().toString());
        // the same amendment under the year's 65% floor and a list without VEHICLES breaks nothing
        assertThat(PlanRules.amend(amending(withOther, SPLIT, List.of(vehicles), "0.65", Set.of(), null)).change().breaches()).isEmpty();
        PlanRules.Amendment justified = PlanRules.amend(amending(withOther, SPLIT, List.of(vehicles), "0.75", Set.of("VEHICLES"), " 车辆为旧账 ")).change();
        assertThat(justified.breaches()).containsExactly(PlanRules.Breach.INDUSTRY_SHARE_FLOOR, PlanRules.Breach.NEGATIVE_LIST);
        assertThat(justified.justification()).isEqualTo("车辆为旧账");
        assertThat(justified.event().breaches()).containsExactly("industry-share-floor", "negative-list");
        assertThat(justified.event().belowFloor()).isTrue();
    }

    @Test
    void aShareGoesToAKnownCountyOfTheCallersCity() {
        RegionCode city = RegionCode.of("410700000000");
        Predicate<RegionCode> known = c -> !c.value().equals("410799000000");
        assertThat(PlanRules.county(0, YY, city, known).change()).isEqualTo(RegionCode.of(YY));
        for (String bad : new String[] {"4107", "410725001000", "410799000000", "410825000000", null}) {
            Violation v = only(PlanRules.county(2, bad, city, known));
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("countyShares[2].countyCode");
            assertThat(v.text().key()).isEqualTo("plan.not-county");
            assertThat(v.text().args()).containsExactly(String.valueOf(bad), "410700000000");
        }
    }
}
