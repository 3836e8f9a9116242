package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.Locale;

/** What a region search may ask, plain code. */
public final class RegionSearchRules {
    static final int MAX_TERM = 50;

    private RegionSearchRules() {
    }

    /** The search term, stripped and lower-cased: 1 to {@value #MAX_TERM} characters (400 on {@code q}). */
    public static Decision<String> term(String q) {
        String term = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return term.isEmpty() || term.length() > MAX_TERM ? Decision.refuse(Violation.field("q", "region.query", 1, MAX_TERM))
                : Decision.allow(term);
    }
}
