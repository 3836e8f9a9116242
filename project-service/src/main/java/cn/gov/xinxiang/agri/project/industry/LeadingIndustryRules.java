package cn.gov.xinxiang.agri.project.industry;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The deciders of a county's leading industries, plain code: the service loads the facts and maps the refusals. */
public final class LeadingIndustryRules {
    private LeadingIndustryRules() {
    }

    static final String COUNT_SLUG = "leading-industry-count";

    /** The county a list belongs to: a well-formed code of a county the directory knows ({@code countyCode} 400 otherwise). */
    public static Decision<RegionCode> county(String countyCode, Predicate<RegionCode> known) {
        return ProgrammeRules.county("countyCode", countyCode, known);
    }

    /** A county replaces its own list only (403); asked before the list's content. */
    public static Decision<RegionCode> ownCounty(RegionCode county, RegionCode caller) {
        return county.equals(caller) ? Decision.allow(county) : Decision.refuse(Violation.forbidden("leading-industry.own-county-only"));
    }

    /**
     * The year's new list: between {@code min} and {@code max} entries (the year's policy numbers; 422
     * {@code leading-industry-count}), each code once (400 on each repeated entry).
     */
    public static Decision<List<LeadingIndustryService.Industry>> replace(int year, int min, int max, List<LeadingIndustryService.Industry> industries) {
        if (industries.size() < min || industries.size() > max) {
            return Decision.refuse(Violation.rule(COUNT_SLUG, "leading-industry.count", min, max, year, industries.size()),
                    Violation.ruleOn(COUNT_SLUG, "industries", "leading-industry.entries", min, max));
        }
        List<Violation> duplicates = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < industries.size(); i++) {
            if (!codes.add(industries.get(i).code())) {
                duplicates.add(Violation.field("industries[" + i + "].code", "leading-industry.duplicate", industries.get(i).code()));
            }
        }
        return Decision.of(duplicates, industries);
    }
}
