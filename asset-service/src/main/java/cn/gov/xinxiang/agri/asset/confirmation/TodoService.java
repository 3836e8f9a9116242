package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.UUID;

/**
 * What each tier owes: the county (统管) confirms ownership; every tier names its own custodian for the
 * assets of its place; a named receiver answers handovers. Each section is a bounded list with a total.
 */
@ApplicationScoped
public class TodoService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    public ConfirmationDtos.TodoList forCaller(int size) {
        user.require(Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
        int limit = PageRequest.of(0, size).size();
        RegionScope scope = user.scope();
        Tier tier = user.role().tier;

        ConfirmationDtos.Section confirmations = new ConfirmationDtos.Section(0, List.of());
        if (user.is(Role.COUNTY)) {
            String from = " from asset a where a.status = 'UNCONFIRMED' and " + RegionScope.clause("a.region_code");
            confirmations = section(from, "a.created_at", scope, null, limit, "CONFIRM", "待县级统管确权登记");
        }
        // A village-tier custodian exists only for assets standing in a village.
        String villageOnly = tier == Tier.VILLAGE ? " and substring(a.region_code, 10, 3) <> '000'" : "";
        String missingFrom = " from asset a where a.status <> 'DISPOSED' and " + RegionScope.clause("a.region_code") + villageOnly
                + " and not exists (select 1 from custody_position p where p.asset_id = a.id and p.tier = '" + tier.name() + "')";
        ConfirmationDtos.Section custody = section(missingFrom, "a.created_at", scope, null, limit, "NAME_CUSTODIAN",
                "未明确" + tier.label + "级管理责任单位和责任人");

        String handoverFrom = " from custody_handover h join asset a on a.id = h.asset_id where h.status = 'PROPOSED' and h.to_subject = :me"
                + " and " + RegionScope.clause("h.region_code");
        ConfirmationDtos.Section handovers = section(handoverFrom, "h.proposed_at", scope, user.subject(), limit, "ANSWER_HANDOVER",
                "待接收方确认的管理责任移交");
        return new ConfirmationDtos.TodoList(user.role().claim, user.region().value(), confirmations, custody, handovers);
    }

    private ConfirmationDtos.Section section(String from, String order, RegionScope scope, String me, int size, String kind, String detail) {
        boolean handover = from.contains("custody_handover");
        Query count = scope.bind(em.createNativeQuery("select count(*)" + from));
        Query rows = scope.bind(em.createNativeQuery("select a.id, a.name, a.region_code, " + (handover ? "h.id" : "null") + from
                + " order by " + order + " limit " + size));
        if (me != null) {
            count.setParameter("me", me);
            rows.setParameter("me", me);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> list = rows.getResultList();
        return new ConfirmationDtos.Section(total, list.stream().map(r -> new ConfirmationDtos.TodoItem(kind, (UUID) r[0], (String) r[1],
                (String) r[2], regions.nameOf(RegionCode.of((String) r[2])), detail, (UUID) r[3])).toList());
    }
}
