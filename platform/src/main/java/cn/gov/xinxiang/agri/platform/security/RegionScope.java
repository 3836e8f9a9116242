package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.region.RegionCode;

/**
 * The region subtree a caller may see. Queries filter with {@code region_code LIKE :scope} using
 * {@link #likePattern()}, which an index with {@code text_pattern_ops} serves, so rows outside the
 * subtree are never loaded, not even by id.
 */
public record RegionScope(RegionCode root) {

    public String likePattern() {
        return root.prefix() + "%";
    }

    public boolean covers(RegionCode code) {
        return code.isWithin(root);
    }

    public boolean covers(String code) {
        return RegionCode.parse(code).map(this::covers).orElse(false);
    }
}
