package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRulesTest {

    static ProjectDtos.DraftRequest draft(ProjectDtos.Investment inv, List<ProjectDtos.MechanismDto> mechanisms) {
        return new ProjectDtos.DraftRequest("x", 2025, "410725901201", IndustryCategory.OTHER, null, null, inv,
                List.of(new ProjectDtos.ParticipantDto(ParticipantRole.LEADING_ENTERPRISE, EntityType.LEADING_ENTERPRISE, "企业", "91350100M000100Y43")),
                mechanisms, null);
    }

    static ProjectDtos.MechanismDto m(MechanismType t) {
        return new ProjectDtos.MechanismDto(t, 1, 0, 0, new BigDecimal("100.00"), null);
    }

    @Test
    void aDraftIsPlacedInAWellFormedKnownVillage() {
        RegionCode village = RegionCode.of("410725901201");
        assertThat(ProjectRules.draftVillage("410725901201", r -> true).change()).isEqualTo(village);
        assertThat(ProjectRules.draftVillage("41072590120", r -> true).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.field(), v.text().key()))
                        .containsExactly(Violation.Kind.INVALID_FIELD, "regionCode", "region.code-format"));
        assertThat(ProjectRules.draftVillage("410725901201", r -> false).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.field(), v.text().key(), v.text().args()[0]))
                        .containsExactly("regionCode", "region.unknown", "410725901201"));
        assertThat(ProjectRules.draftVillage("410725901000", r -> true).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.field(), v.text().key())).containsExactly("regionCode", "project.village-only"));
    }

    @Test
    void aVillageDraftsForItselfOnly() {
        RegionCode own = RegionCode.of("410725901201");
        assertThat(ProjectRules.ownVillage(own, own).allowed()).isTrue();
        assertThat(ProjectRules.ownVillage(own, RegionCode.of("410725901202")).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.FORBIDDEN, "forbidden", "project.own-village-only"));
    }

    /** Property: sources that sum exactly to the total pass; any one-cent difference is reported. */
    @Test
    void investmentMustAddUpToTheCent() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            BigDecimal b = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            BigDecimal c = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            BigDecimal d = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            BigDecimal total = a.add(b).add(c).add(d);
            assertThat(ProjectRules.draftViolations(draft(new ProjectDtos.Investment(a, b, c, d, total), List.of()))).isEmpty();
            BigDecimal off = total.add(random.nextBoolean() ? new BigDecimal("0.01") : new BigDecimal("-0.01"));
            assertThat(ProjectRules.draftViolations(draft(new ProjectDtos.Investment(a, b, c, d, off), List.of())))
                    .extracting(Violation::field).containsExactly("investment.total");
        }
        // 1200000 and 1200000.00 are the same amount
        assertThat(ProjectRules.draftViolations(draft(new ProjectDtos.Investment(new BigDecimal("1200000"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("1200000.00")), List.of()))).isEmpty();
    }

    @Test
    void participantsNeedValidCodesExceptFarmingHouseholds() {
        var req = new ProjectDtos.DraftRequest("x", 2025, "410725901201", IndustryCategory.OTHER, null, null, null, List.of(
                new ProjectDtos.ParticipantDto(ParticipantRole.LEADING_ENTERPRISE, EntityType.LEADING_ENTERPRISE, "a", "91350100M000100Y44"),
                new ProjectDtos.ParticipantDto(ParticipantRole.COOPERATIVE, EntityType.COOPERATIVE, "b", null),
                new ProjectDtos.ParticipantDto(ParticipantRole.FARMING_HOUSEHOLDS, EntityType.FARMING_HOUSEHOLDS, "c", null)), null, null);
        assertThat(ProjectRules.draftViolations(req)).extracting(Violation::field)
                .containsExactly("participants[0].creditCode", "participants[1].creditCode");
    }

    @Test
    void anEntityIsListedOncePerRoleButMayHoldTwoRoles() {
        String code = "91410725MA9F5LJX21";
        var req = new ProjectDtos.DraftRequest("x", 2025, "410725901201", IndustryCategory.OTHER, null, null, null, List.of(
                new ProjectDtos.ParticipantDto(ParticipantRole.LEADING_ENTERPRISE, EntityType.LEADING_ENTERPRISE, "a", code),
                new ProjectDtos.ParticipantDto(ParticipantRole.COOPERATIVE, EntityType.LEADING_ENTERPRISE, "a", code),
                new ProjectDtos.ParticipantDto(ParticipantRole.LEADING_ENTERPRISE, EntityType.LEADING_ENTERPRISE, "a", code)), null, null);
        assertThat(ProjectRules.draftViolations(req)).extracting(Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("participants[2].creditCode", "project.participant-twice"));
    }

    @Test
    void distinctMechanismsAgainstTheYearsMinimum() {
        Project p = new Project();
        p.investmentTotal = new BigDecimal("10.00");
        p.participants.add(new Project.Participant());
        p.targets.add(new Project.Target());
        Project.Mechanism employment = new Project.Mechanism();
        employment.type = MechanismType.EMPLOYMENT;
        p.mechanisms.add(employment);
        // the refusal leads with the rule (422 project-incomplete, every missing part in its detail), then each part on its field
        assertThat(ProjectRules.incompleteness(p, 2)).extracting(Violation::kind, Violation::slug, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Violation.Kind.BROKEN_RULE, "project-incomplete", null),
                org.assertj.core.groups.Tuple.tuple(Violation.Kind.BROKEN_RULE, "project-incomplete", "mechanisms"));
        Project.Mechanism lease = new Project.Mechanism();
        lease.type = MechanismType.ASSET_LEASE;
        p.mechanisms.add(lease);
        assertThat(ProjectRules.incompleteness(p, 2)).isEmpty();
        // the minimum is a parameter: a year asking for 3 blocks the same project
        assertThat(ProjectRules.incompleteness(p, 3)).extracting(Violation::field).containsExactly(null, "mechanisms");
        Violation tooFew = ProjectRules.incompleteness(p, 3).get(1);
        assertThat(tooFew.text().key()).isEqualTo("project.mechanisms-too-few");
        assertThat(tooFew.text().in(Language.ZH)).isEqualTo("至少需要 3 种不同的联农带农机制，本项目有 2 种");
        assertThat(tooFew.text().in(Language.EN)).isEqualTo("at least 3 distinct farmer-linking mechanisms are required, the project has 2");
        assertThat(ProjectRules.incompleteness(p, 3).get(0).text().in(Language.EN))
                .isEqualTo("mechanisms: at least 3 distinct farmer-linking mechanisms are required, the project has 2");
        assertThat(ProjectRules.draftViolations(draft(null, List.of(m(MechanismType.EMPLOYMENT), m(MechanismType.EMPLOYMENT)))))
                .extracting(Violation::field).containsExactly("mechanisms[1].type");
    }
}
