package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.asset.policy.PolicyParameters;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.DistributionRecordedV1;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DistributionService {

    @Inject
    CurrentUser user;

    @Inject
    AssetService assets;

    @Inject
    PolicyParameters policy;

    @Inject
    RegionDirectory regions;

    @Inject
    Outbox outbox;

    /** The village records its own distribution for a half-year that has ended; refused whole if any rule breaks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution record(DistributionDtos.DistributionRequest r) {
        user.require(Role.VILLAGE);
        RegionCode village = RegionCode.parse(r.villageCode()).orElseThrow(() -> ProblemException.invalid("villageCode", "must be a 12-digit division code"));
        if (village.tier() != Tier.VILLAGE || !regions.known(village)) {
            throw ProblemException.invalid("villageCode", "unknown village " + village);
        }
        regions.requireActive("villageCode", village);
        if (!village.equals(user.region())) {
            throw ProblemException.forbidden("a village records the distribution of its own collective income only");
        }
        Period period = Period.parse(r.period(), "period");
        if (!period.end().isBefore(assets.today())) {
            throw ProblemException.invalid("period", period + " has not ended yet (it ends " + period.end() + ")");
        }
        if (Distribution.count("villageCode = ?1 and period = ?2", village.value(), period.toString()) > 0) {
            throw ProblemException.conflict("distribution-exists", "the " + period + " distribution of " + village + " is already recorded");
        }
        var minShare = policy.require(PolicyParameters.TARGET_SHARE_MIN, period.year()).value();
        List<UUID> ids = r.lines().stream().map(DistributionDtos.LineRequest::householdId).filter(Objects::nonNull).distinct().toList();
        Instant periodStart = period.start().atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();
        Map<UUID, DistributionRules.HouseholdFacts> facts = ids.isEmpty() ? Map.of()
                : Household.<Household>list("id in ?1", ids).stream()
                .map(h -> new DistributionRules.HouseholdFacts(h.id, h.villageCode, h.category, h.labourCapacity,
                        h.onRoster || (h.leftRosterAt != null && !h.leftRosterAt.isBefore(periodStart))))
                .collect(Collectors.toMap(DistributionRules.HouseholdFacts::id, Function.identity()));
        List<DistributionRules.Line> lines = r.lines().stream().map(l -> new DistributionRules.Line(l.kind(), l.householdId(), l.use(),
                l.amount(), l.workDescription(), l.workDays())).toList();
        DistributionRules.Outcome o = DistributionRules.check(village.value(), r.income(), minShare, lines, facts);

        Distribution d = new Distribution();
        d.id = UUID.randomUUID();
        d.villageCode = village.value();
        d.period = period.toString();
        d.income = r.income();
        d.targetAmount = o.targetAmount();
        d.targetShare = o.targetShare();
        d.minTargetShare = minShare;
        d.workPayAmount = o.workPay();
        d.guaranteeAmount = o.guarantee();
        d.permittedUseAmount = o.permittedUse();
        d.recordedBy = user.subject();
        d.recordedAt = assets.now();
        d.persist();
        for (int i = 0; i < r.lines().size(); i++) {
            DistributionDtos.LineRequest l = r.lines().get(i);
            DistributionLine line = new DistributionLine();
            line.id = UUID.randomUUID();
            line.distributionId = d.id;
            line.lineNo = i + 1;
            line.kind = l.kind();
            line.householdId = l.householdId();
            line.use = l.use();
            line.amount = l.amount();
            line.workDescription = l.workDescription();
            line.workDays = l.workDays();
            line.note = l.note();
            line.persist();
        }
        outbox.append(AssetEvents.AGGREGATE, d.id.toString(), AssetEvents.DISTRIBUTION_RECORDED_V1,
                new DistributionRecordedV1(d.id.toString(), d.villageCode, d.period, d.income, d.targetAmount, d.targetShare, d.workPayAmount,
                        d.guaranteeAmount, d.permittedUseAmount, o.householdsPaid(), d.recordedAt));
        return d;
    }

    public Distribution get(UUID id) {
        return Distribution.<Distribution>find("id = :id and villageCode like :scope", Parameters.with("id", id).and("scope", user.scope().likePattern()))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("distribution", id));
    }

    public List<DistributionLine> lines(UUID distributionId) {
        return DistributionLine.list("distributionId = ?1 order by lineNo", distributionId);
    }

    public Map<UUID, Household> households(List<DistributionLine> lines) {
        List<UUID> ids = lines.stream().map(l -> l.householdId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : Household.<Household>list("id in ?1", ids).stream().collect(Collectors.toMap(h -> h.id, h -> h));
    }

    public Page<Distribution> list(String period, PageRequest page) {
        StringBuilder q = new StringBuilder("villageCode like :scope");
        Parameters p = Parameters.with("scope", user.scope().likePattern());
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", Period.parse(period, "period").toString());
        }
        var query = Distribution.<Distribution>find(q.toString(), Sort.descending("period").and("villageCode"), p);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    public Page<Household> roster(PageRequest page) {
        var query = Household.<Household>find("villageCode like :scope", Sort.ascending("villageCode").and("headName").and("id"),
                Parameters.with("scope", user.scope().likePattern()));
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
