package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;

/**
 * Who submitted an import, captured from the token when the file arrived: the job runs later on a worker
 * thread (no request, no {@code CurrentUser}) and must act exactly as that user would, within their region.
 */
public record ImportCaller(String subject, Role role, RegionCode region) {

    public RegionScope scope() {
        return new RegionScope(region);
    }

    public boolean is(Role r) {
        return role == r;
    }
}
