package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.library.ReviewCheck;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.library.ProjectStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The intake's deciders in plain code: each rule's accept and refuse side, the policy numbers passed in. */
class IntakeRulesTest {

    static final String COUNTY = "410725000000";
    static final String TOWNSHIP = "410725901000";
    static final String VILLAGE = "410725901201";
    static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    /** A project with investment, a participant, a target and two distinct mechanisms. */
    static Project complete(ProjectStatus status) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.code = "P-1";
        p.name = "肉羊养殖";
        p.fiscalYear = 2025;
        p.regionCode = VILLAGE;
        p.countyCode = COUNTY;
        p.status = status;
        p.investmentTotal = new BigDecimal("100.00");
        p.participants.add(new Project.Participant());
        p.targets.add(new Project.Target());
        for (MechanismType t : List.of(MechanismType.EMPLOYMENT, MechanismType.ASSET_LEASE)) {
            Project.Mechanism m = new Project.Mechanism();
            m.type = t;
            p.mechanisms.add(m);
        }
        return p;
    }

    static List<IntakeDtos.CheckDto> checks(boolean... passed) {
        List<IntakeDtos.CheckDto> out = new ArrayList<>();
        ReviewCheck[] all = ReviewCheck.values();
        for (int i = 0; i < all.length; i++) {
            out.add(new IntakeDtos.CheckDto(all[i], i >= passed.length || passed[i], "依据"));
        }
        return out;
    }

    static Violation only(Decision<?> d) {
        assertThat(d.allowed()).as(d.toString()).isFalse();
        return d.violations().get(0);
    }

    @Test
    void submissionNeedsTheDraftAndTheYearsMinimumOfMechanisms() {
        assertThat(IntakeRules.submit(complete(DRAFT), Role.VILLAGE, 2).change()).isEqualTo(new IntakeRules.Step(DRAFT, SUBMITTED));
        // the minimum is data: the same project is incomplete in a year asking for 3
        Decision<IntakeRules.Step> three = IntakeRules.submit(complete(DRAFT), Role.VILLAGE, 3);
        assertThat(only(three).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(only(three).slug()).isEqualTo("project-incomplete");
        assertThat(three.violations()).extracting(Violation::field).containsExactly(null, "mechanisms");
        // the state is decided before the content: a submitted project is a 409, whatever it lacks
        Violation again = only(IntakeRules.submit(complete(SUBMITTED), Role.VILLAGE, 3));
        assertThat(again.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(again.text().key()).isEqualTo("intake.wrong-status");
    }

    @Test
    void theCountyReviewNeedsEachCheckOnceAllPassedAndACompleteProject() {
        Project p = complete(TOWNSHIP_REVIEWED);
        assertThat(IntakeRules.countyApprove(p, Role.COUNTY, checks(), 2).change()).isEqualTo(new IntakeRules.Step(TOWNSHIP_REVIEWED, COUNTY_APPROVED));

        List<IntakeDtos.CheckDto> twice = new ArrayList<>(checks().subList(0, 3));
        twice.add(twice.get(0));
        Decision<IntakeRules.Step> d = IntakeRules.countyApprove(p, Role.COUNTY, twice, 2);
        assertThat(d.violations()).extracting(Violation::kind).containsOnly(Violation.Kind.INVALID_FIELD);
        assertThat(d.violations()).extracting(Violation::field).containsExactly("checks[3].check", "checks");
        assertThat(d.violations().get(1).text().args()).contains(ReviewCheck.FOLLOW_UP_OPERATION.name());

        Violation failed = only(IntakeRules.countyApprove(p, Role.COUNTY, checks(true, false), 2));
        assertThat(failed.slug()).isEqualTo("review-check-failed");
        assertThat(failed.text().args()).containsExactly("INTEREST_LINKAGE（利益联结）");

        assertThat(only(IntakeRules.countyApprove(p, Role.COUNTY, checks(), 3)).slug()).isEqualTo("project-incomplete");
    }

    @Test
    void theNoticeRunsTheYearsDaysFromToday() {
        IntakeRules.Notice n = IntakeRules.startNotice(COUNTY_APPROVED, Role.COUNTY, TODAY, 7).change();
        assertThat(n.step()).isEqualTo(new IntakeRules.Step(COUNTY_APPROVED, IN_NOTICE));
        assertThat(n.startedOn()).isEqualTo(TODAY);
        assertThat(n.endsOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(IntakeRules.startNotice(COUNTY_APPROVED, Role.COUNTY, TODAY, 10).change().endsOn()).isEqualTo(TODAY.plusDays(10));
        assertThat(only(IntakeRules.startNotice(IN_NOTICE, Role.COUNTY, TODAY, 7)).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
    }

    @Test
    void admissionWaitsForTheNoticeAndEveryObjection() {
        Project p = complete(IN_NOTICE);
        p.noticeStartedOn = TODAY.minusDays(7);
        p.noticeEndsOn = TODAY;
        assertThat(IntakeRules.admit(p, Role.COUNTY, TODAY, 0, 0, 2).change()).isEqualTo(new IntakeRules.Step(IN_NOTICE, IN_LIBRARY));
        assertThat(only(IntakeRules.admit(p, Role.COUNTY, TODAY.minusDays(1), 0, 0, 2)).slug()).isEqualTo("notice-not-over");
        Violation open = only(IntakeRules.admit(p, Role.COUNTY, TODAY, 2, 0, 2));
        assertThat(open.slug()).isEqualTo("objections-unresolved");
        assertThat(open.text().args()).containsExactly(2L);
        assertThat(only(IntakeRules.admit(p, Role.COUNTY, TODAY, 0, 1, 2)).slug()).isEqualTo("objection-upheld");
        assertThat(only(IntakeRules.admit(p, Role.COUNTY, TODAY, 0, 0, 3)).slug()).isEqualTo("project-incomplete");
        assertThat(only(IntakeRules.admit(complete(COUNTY_APPROVED), Role.COUNTY, TODAY, 0, 0, 2)).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
    }

    @Test
    void aReturnGoesOneTierDownAndEndsANoticeOnlyFromTheCounty() {
        IntakeRules.Step fromNotice = IntakeRules.step(IN_NOTICE, IntakeAction.RETURN, Role.COUNTY).change();
        assertThat(fromNotice.to()).isEqualTo(SUBMITTED);
        assertThat(IntakeRules.returnEndsNotice(fromNotice)).isTrue();
        assertThat(IntakeRules.returnEndsNotice(IntakeRules.step(TOWNSHIP_REVIEWED, IntakeAction.RETURN, Role.COUNTY).change())).isFalse();
        assertThat(IntakeRules.returnEndsNotice(IntakeRules.step(SUBMITTED, IntakeAction.RETURN, Role.TOWNSHIP).change())).isFalse();
        assertThat(only(IntakeRules.step(IN_LIBRARY, IntakeAction.RETURN, Role.COUNTY)).text().key()).isEqualTo("intake.cannot-return");
    }

    @Test
    void theWrongTierIsAnAuthorisationRefusalNotADecision() {
        assertThat(IntakeWorkflow.forbidden(DRAFT, IntakeAction.SUBMIT, Role.TOWNSHIP)).get().extracting(Text::key).isEqualTo("intake.wrong-role");
        assertThat(IntakeWorkflow.forbidden(DRAFT, IntakeAction.SUBMIT, Role.VILLAGE)).isEmpty();
        // a wrong status alone is no authorisation matter
        assertThat(IntakeWorkflow.forbidden(SUBMITTED, IntakeAction.SUBMIT, Role.VILLAGE)).isEmpty();
    }

    @Test
    void aTierThatMayNotActIsRefusedAsForbiddenBeforeAnyOtherRule() {
        Decision<ProjectStatus> refused = IntakeRules.authorise(DRAFT, IntakeAction.SUBMIT, Role.TOWNSHIP);
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
            assertThat(v.slug()).isEqualTo("forbidden");
            assertThat(v.text().key()).isEqualTo("intake.wrong-role");
        });
        assertThat(IntakeRules.authorise(DRAFT, IntakeAction.SUBMIT, Role.VILLAGE).change()).isEqualTo(DRAFT);
        assertThat(IntakeRules.authorise(SUBMITTED, IntakeAction.SUBMIT, Role.VILLAGE).allowed()).isTrue();
    }

    @Test
    void completionIsNeitherInTheFutureNorBeforeTheStart() {
        LocalDate started = TODAY.minusDays(30);
        assertThat(IntakeRules.complete(IN_PROGRESS, Role.COUNTY, TODAY, TODAY, started).allowed()).isTrue();
        assertThat(IntakeRules.complete(IN_PROGRESS, Role.COUNTY, started, TODAY, started).allowed()).isTrue();
        Violation future = only(IntakeRules.complete(IN_PROGRESS, Role.COUNTY, TODAY.plusDays(1), TODAY, started));
        assertThat(future.field()).isEqualTo("completedOn");
        assertThat(future.text().key()).isEqualTo("problem.not-future");
        assertThat(only(IntakeRules.complete(IN_PROGRESS, Role.COUNTY, started.minusDays(1), TODAY, started)).text().key())
                .isEqualTo("intake.completed-before-start");
        assertThat(IntakeRules.complete(IN_PROGRESS, Role.COUNTY, TODAY.minusYears(1), TODAY, null).allowed()).isTrue();
    }

    static IntakeRules.AssetFacts asset(String ref, AssetClass cls, String location, UUID household, boolean inCounty, Text retired,
                                        boolean onRoster) {
        return new IntakeRules.AssetFacts(new IntakeDtos.AssetDto(ref, " 羊舍 ", cls, new BigDecimal("1000.00"), location, household),
                inCounty, retired, onRoster);
    }

    static Decision<IntakeRules.Step> accept(IntakeRules.AssetFacts... assets) {
        return IntakeRules.accept(complete(COMPLETED), Role.COUNTY, COUNTY, Arrays.asList(assets), Instant.parse("2025-05-20T02:00:00Z"));
    }

    @Test
    void acceptanceTakesWellFormedAssetsTheRegisterWouldTakeOver() {
        UUID h = UUID.randomUUID();
        assertThat(accept(asset("A1", AssetClass.OPERATING, VILLAGE, null, true, null, false),
                asset("A2", AssetClass.HOUSEHOLD, VILLAGE, h, true, null, true)).change())
                .isEqualTo(new IntakeRules.Step(COMPLETED, ACCEPTED));

        // malformed: a duplicate ref, a location outside the county, a household asset off the roster, a household on another class
        Decision<IntakeRules.Step> bad = accept(asset("A1", AssetClass.OPERATING, VILLAGE, null, true, null, false),
                asset("A1", AssetClass.OPERATING, "410726901201", null, false, null, false),
                asset("A3", AssetClass.HOUSEHOLD, VILLAGE, h, true, null, false),
                asset("A4", AssetClass.PUBLIC_WELFARE, VILLAGE, h, true, null, false));
        assertThat(bad.violations()).extracting(Violation::kind).containsOnly(Violation.Kind.INVALID_FIELD);
        assertThat(bad.violations()).extracting(Violation::field).containsExactly("assets[1].assetRef", "assets[1].locationRegionCode",
                "assets[2].householdId", "assets[3].householdId");

        // only retired locations wrong: 422 region-retired, each on its field
        Text gone = new Text("region.retired", VILLAGE, "旧村", "2024-01-01");
        Decision<IntakeRules.Step> retired = accept(asset("A1", AssetClass.OPERATING, VILLAGE, null, true, gone, false));
        assertThat(only(retired).slug()).isEqualTo("region-retired");
        assertThat(retired.violations()).extracting(Violation::field).containsExactly(null, "assets[0].locationRegionCode");

        // well-formed but at county level: the register's own rule refuses it
        Decision<IntakeRules.Step> county = accept(asset("A1", AssetClass.OPERATING, COUNTY, null, true, null, false),
                asset("A2", AssetClass.HOUSEHOLD, TOWNSHIP, h, true, null, true));
        assertThat(only(county).slug()).isEqualTo("acceptance-rule");
        assertThat(only(county).text().key()).isEqualTo("intake.register-refuses");
        assertThat(county.violations()).extracting(Violation::field)
                .containsExactly(null, "assets[0].locationRegionCode", "assets[1].locationRegionCode");
        assertThat(only(accept(asset("A1", AssetClass.OPERATING, COUNTY, null, true, null, false))).text().key())
                .isEqualTo("intake.register-refuses-one");
    }

    @Test
    void objectionsAreRecordedDuringTheNoticeAndResolvedOnce() {
        assertThat(IntakeRules.recordObjection(IN_NOTICE).allowed()).isTrue();
        assertThat(only(IntakeRules.recordObjection(IN_LIBRARY)).slug()).isEqualTo("wrong-status");
        Instant now = Instant.parse("2025-05-20T02:00:00Z");
        assertThat(IntakeRules.resolveObjection(null, now).change()).isEqualTo(now);
        assertThat(only(IntakeRules.resolveObjection(now.minusSeconds(60), now)).slug()).isEqualTo("already-resolved");
    }
}
