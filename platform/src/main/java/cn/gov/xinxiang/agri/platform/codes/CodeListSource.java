package cn.gov.xinxiang.agri.platform.codes;

import cn.gov.xinxiang.agri.platform.security.Role;

import java.util.List;

/**
 * The dictionaries a service owns (one CDI bean per service). Status lists may depend on the caller's
 * role, which is why the role is passed in: a village sees where it may send a draft, a county where it
 * may send a reviewed project.
 */
public interface CodeListSource {

    List<CodeList> codeLists(Role caller);
}
