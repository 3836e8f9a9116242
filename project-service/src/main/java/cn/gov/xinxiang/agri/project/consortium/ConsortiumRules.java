package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.project.entity.EntityKind;
import cn.gov.xinxiang.agri.project.entity.EntityRules;
import cn.gov.xinxiang.agri.project.entity.OperatingEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Content rules of a consortium, plain Java so they are tested without a container. */
public final class ConsortiumRules {
    private ConsortiumRules() {
    }

    /**
     * Where and when a consortium is recorded: a county the caller's region covers (403 {@code consortium.county-outside},
     * also on {@code countyCode}), then a year not after the current one (400 on {@code year}).
     */
    public static Decision<RegionCode> placement(RegionCode county, boolean covered, int year, int thisYear) {
        if (!covered) {
            return Decision.refuse(Violation.forbiddenOn("countyCode", "consortium.county-outside", county.toString()));
        }
        if (year > thisYear) {
            return Decision.refuse(Violation.field("year", "consortium.year-future", thisYear));
        }
        return Decision.allow(county);
    }

    /**
     * What is wrong beyond per-field Bean Validation, each on its field (400): the credit codes' check characters, a
     * member listed twice or the lead listed again as a member, and a link listed twice (kind, product and unit identify
     * one line, since totals add quantities per product and unit).
     */
    public static List<Violation> violations(ConsortiumDtos.Content c) {
        List<Violation> errors = new ArrayList<>();
        String lead = EntityRules.normalise(c.leadEnterpriseCreditCode());
        if (lead != null && !lead.isEmpty()) {
            CreditCode.problem(lead).ifPresent(t -> errors.add(Violation.field("leadEnterpriseCreditCode", t.key(), t.args())));
        }
        List<ConsortiumDtos.MemberDto> members = c.members() == null ? List.of() : c.members();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ConsortiumDtos.MemberDto m = members.get(i);
            if (m == null || m.creditCode() == null) {
                continue;
            }
            String field = "members[" + i + "].creditCode";
            String code = EntityRules.normalise(m.creditCode());
            var bad = CreditCode.problem(code);
            if (bad.isPresent()) {
                errors.add(Violation.field(field, bad.get().key(), bad.get().args()));
            } else if (code.equals(lead)) {
                errors.add(Violation.field(field, "consortium.member-is-lead"));
            } else if (seen.putIfAbsent(code, i) != null) {
                errors.add(Violation.field(field, "consortium.member-twice", seen.get(code)));
            }
        }
        List<ConsortiumDtos.LinkDto> links = c.links() == null ? List.of() : c.links();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            ConsortiumDtos.LinkDto k = links.get(i);
            if (k == null || k.kind() == null || k.product() == null || k.unit() == null) {
                continue;
            }
            String key = k.kind() + "/" + k.product().strip().toLowerCase(Locale.ROOT) + "/" + k.unit().strip().toLowerCase(Locale.ROOT);
            if (lines.putIfAbsent(key, i) != null) {
                errors.add(Violation.field("links[" + i + "]", "consortium.link-twice", lines.get(key)));
            }
        }
        return errors;
    }

    /**
     * What the county's leading industries and the registry say, every problem at once (400, each on its field): the
     * leading industry is one of the county's in the year ({@code leadingIndustry}), then {@link #registryViolations}.
     * The entities named, by code, when allowed.
     */
    public static Decision<Map<String, OperatingEntity>> named(ConsortiumDtos.Content c, boolean leadingIndustry, String countyName, int year,
                                                               Map<String, OperatingEntity> registered) {
        List<Violation> errors = new ArrayList<>();
        if (!leadingIndustry) {
            errors.add(Violation.field("leadingIndustryCode", "project.not-leading-industry", c.leadingIndustryCode().strip(), countyName, year));
        }
        errors.addAll(registryViolations(c, registered));
        return Decision.of(errors, registered);
    }

    /**
     * What the registry says of the entities named (400, each on its field): the lead is a registered leading
     * enterprise, every member is registered. {@code registered} holds the registry's entries for the codes named,
     * by normalised code (a code missing from it is not registered).
     */
    public static List<Violation> registryViolations(ConsortiumDtos.Content c, Map<String, OperatingEntity> registered) {
        List<Violation> errors = new ArrayList<>();
        String lead = EntityRules.normalise(c.leadEnterpriseCreditCode());
        OperatingEntity leader = lead == null ? null : registered.get(lead);
        if (leader == null) {
            errors.add(Violation.field("leadEnterpriseCreditCode", "entity.not-registered", lead));
        } else if (leader.kind != EntityKind.LEADING_ENTERPRISE) {
            errors.add(Violation.field("leadEnterpriseCreditCode", "consortium.lead-not-enterprise", leader.name, leader.kind.label));
        }
        List<ConsortiumDtos.MemberDto> members = c.members() == null ? List.of() : c.members();
        for (int i = 0; i < members.size(); i++) {
            String code = EntityRules.normalise(members.get(i).creditCode());
            if (code == null || !registered.containsKey(code)) {
                errors.add(Violation.field("members[" + i + "].creditCode", "entity.not-registered", code));
            }
        }
        return errors;
    }
}
