package cn.gov.xinxiang.agri.platform.http;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** ETags are an aggregate's optimistic-lock version; updates must send it back in If-Match. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 without If-Match, 412 when it names another version than the stored one. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.keyed(428, "precondition-required", "problem.if-match-required");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.equals(Long.toString(currentVersion)) && !v.equals("*")) {
            throw ProblemException.keyed(412, "stale-write", "problem.stale-write", v, currentVersion);
        }
    }
}
