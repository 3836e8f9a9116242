package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.asset.policy.PolicyParameters;
import cn.gov.xinxiang.agri.asset.register.AssetRules;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.DistributionStatusChangedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The distribution procedure (see {@link DistributionProcedure}): proposal, township review, county approval,
 * publication, returns with reasons and corrections as new versions. Every step appends
 * {@code asset.distribution-status-changed.v1} in its transaction; every version's content is kept in
 * {@code record_version}.
 */
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

    @Inject
    RecordVersions versions;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The content a proposal or a correction brings. */
    private record Content(BigDecimal income, String incomeDifferenceNote, List<DistributionDtos.LineRequest> lines) {
    }

    /** What the rules computed of a content. */
    private record Checked(BigDecimal recordedIncome, BigDecimal minShare, DistributionRules.Outcome outcome) {
    }

    /** The village proposes the distribution of its collective income for a half-year that has ended; refused whole if any rule breaks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution propose(DistributionDtos.DistributionRequest r) {
        DistributionProcedure.Status status = Refusals.orThrow(DistributionProcedure.propose(actor()));
        RegionCode code = Refusals.orThrow(AssetRules.divisionCode("villageCode", r.villageCode()));
        RegionCode village = Refusals.orThrow(DistributionRules.village(code, regions.known(code)));
        regions.requireActive("villageCode", village);
        Refusals.orThrow(DistributionRules.proposedByItsVillage(village, user.region()));
        Period period = Refusals.orThrow(Period.read(r.period(), "period"));
        boolean proposed = Distribution.count("villageCode = ?1 and period = ?2", village.value(), period.toString()) > 0;
        Refusals.orThrow(DistributionRules.distributable(village.value(), period, assets.today(), proposed));
        Content content = new Content(r.income(), blankToNull(r.incomeDifferenceNote()), r.lines());
        Checked c = check(village.value(), period, content);

        Distribution d = new Distribution();
        d.id = UUID.randomUUID();
        d.villageCode = village.value();
        d.period = period.toString();
        d.status = status;
        d.versionNo = 1;
        apply(d, content, c);
        d.persist();
        persistLines(d, content.lines());
        versions.append(RecordVersions.Kind.DISTRIBUTION, d.id, 1, d.villageCode, view(d),
                RecordVersions.Made.first(d.recordedBy, tier(), d.recordedAt));
        emit(d, DistributionProcedure.Step.PROPOSED, null, null);
        return d;
    }

    /** The village corrects the content: a new version, with the reason; it goes through review and approval again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution correct(UUID id, String ifMatch, DistributionDtos.CorrectionRequest r) {
        Distribution d = get(id);
        ETags.require(ifMatch, d.rowVersion);
        DistributionProcedure.Status before = d.status;
        DistributionProcedure.Status status = Refusals.orThrow(DistributionProcedure.next(before, DistributionProcedure.Step.CORRECTED, actor()));
        RegionCode village = Refusals.orThrow(DistributionRules.correctedByItsVillage(RegionCode.of(d.villageCode), user.region()));
        regions.requireActive("villageCode", village);
        Content content = new Content(r.income(), blankToNull(r.incomeDifferenceNote()), r.lines());
        Checked c = check(d.villageCode, Period.of(d.period), content);
        int previous = d.versionNo;
        versions.ensureStored(RecordVersions.Kind.DISTRIBUTION, d.id, previous, d.villageCode, () -> view(d),
                RecordVersions.Made.first(d.recordedBy, "VILLAGE", d.recordedAt));
        String returnedBy = before == DistributionProcedure.Status.RETURNED ? d.returnedBy : null;
        String returnReason = before == DistributionProcedure.Status.RETURNED ? d.returnedReason : null;

        d.versionNo = previous + 1;
        d.status = status;
        apply(d, content, c);
        d.reviewComment = null;
        d.reviewedBy = null;
        d.reviewedAt = null;
        d.approvedBy = null;
        d.approvedAt = null;
        d.returnedReason = null;
        d.returnedBy = null;
        d.returnedTier = null;
        d.returnedAt = null;
        persistLines(d, content.lines());
        Correction correction = new Correction(previous, r.reason().strip(), user.subject(), tier(), returnedBy, returnReason, d.recordedAt);
        versions.append(RecordVersions.Kind.DISTRIBUTION, d.id, d.versionNo, d.villageCode, view(d),
                new RecordVersions.Made(user.subject(), tier(), d.recordedAt, correction.reason(), returnedBy, returnReason));
        emit(d, DistributionProcedure.Step.CORRECTED, null, correction);
        return d;
    }

    /** The township reviews a proposal of one of its villages. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution review(UUID id, String ifMatch, String comment) {
        Distribution d = get(id);
        ETags.require(ifMatch, d.rowVersion);
        d.status = Refusals.orThrow(DistributionProcedure.next(d.status, DistributionProcedure.Step.TOWNSHIP_REVIEWED, actor()));
        stillReconciled(d);
        d.reviewComment = blankToNull(comment);
        d.reviewedBy = user.subject();
        d.reviewedAt = assets.now();
        emit(d, DistributionProcedure.Step.TOWNSHIP_REVIEWED, d.reviewComment, null);
        return d;
    }

    /** The county approves a distribution its township reviewed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution approve(UUID id, String ifMatch, String comment) {
        Distribution d = get(id);
        ETags.require(ifMatch, d.rowVersion);
        d.status = Refusals.orThrow(DistributionProcedure.next(d.status, DistributionProcedure.Step.APPROVED, actor()));
        stillReconciled(d);
        d.approvedBy = user.subject();
        d.approvedAt = assets.now();
        emit(d, DistributionProcedure.Step.APPROVED, blankToNull(comment), null);
        return d;
    }

    /** The township (a proposal) or the county (a reviewed, approved or published one) returns it to the village with reasons. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution returnToVillage(UUID id, String ifMatch, String reason) {
        Distribution d = get(id);
        ETags.require(ifMatch, d.rowVersion);
        d.status = Refusals.orThrow(DistributionProcedure.next(d.status, DistributionProcedure.Step.RETURNED, actor()));
        d.returnedReason = reason.strip();
        d.returnedBy = user.subject();
        d.returnedTier = tier();
        d.returnedAt = assets.now();
        emit(d, DistributionProcedure.Step.RETURNED, d.returnedReason, null);
        return d;
    }

    /** The village (or its county) publishes the approved version to the village (收益分配公示). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Distribution publish(UUID id, String ifMatch) {
        Distribution d = get(id);
        ETags.require(ifMatch, d.rowVersion);
        d.status = Refusals.orThrow(DistributionProcedure.next(d.status, DistributionProcedure.Step.PUBLISHED, actor()));
        d.publishedBy = user.subject();
        d.publishedAt = assets.now();
        d.publishedVersionNo = d.versionNo;
        emit(d, DistributionProcedure.Step.PUBLISHED, null, null);
        return d;
    }

    public Distribution get(UUID id) {
        return Distribution.<Distribution>find("id = :id and " + RegionScope.clause("villageCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("distribution", id));
    }

    /** Every version, oldest first; a distribution from before versions has its current content as version 1. */
    public List<RecordVersions.Version> versions(UUID id) {
        Distribution d = get(id);
        List<RecordVersions.Version> stored = versions.list(RecordVersions.Kind.DISTRIBUTION, d.id);
        if (stored.stream().noneMatch(v -> v.versionNo() == d.versionNo)) {
            List<RecordVersions.Version> all = new ArrayList<>(stored);
            all.add(new RecordVersions.Version(d.versionNo, versions.tree(view(d)), null, null, null, d.recordedBy, "VILLAGE", d.recordedAt));
            return all;
        }
        return stored;
    }

    /**
     * The public list (收益分配公示) of a period: the published version of every distribution in the region
     * (a village, or a township or county for all their villages), household heads' names masked.
     */
    public Page<DistributionDtos.PublicView> published(String regionText, String periodText, Integer pageNo, Integer size) {
        Refusals.orThrow(DistributionRules.publicListing(regionText, periodText));
        PageRequest page = PageRequest.of(pageNo, size);
        RegionCode region = QueryParameters.regionCode("village", regionText);
        if (!user.scope().covers(region)) {
            throw ProblemException.notFound("region", region.value());
        }
        Period period = Refusals.orThrow(Period.read(periodText, "period"));
        var query = Distribution.<Distribution>find(RegionScope.clause("villageCode") + " and period = :period and publishedVersionNo is not null",
                Sort.ascending("villageCode"), RegionScope.of(region).parameters().and("period", period.toString()));
        List<DistributionDtos.PublicView> items = query.page(page.page(), page.size()).list().stream().map(this::publicView).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    private DistributionDtos.PublicView publicView(Distribution d) {
        DistributionDtos.DistributionView v;
        JsonNode stored = versions.content(RecordVersions.Kind.DISTRIBUTION, d.id, d.publishedVersionNo);
        if (stored != null) {
            v = mapper.convertValue(stored, DistributionDtos.DistributionView.class);
        } else if (d.publishedVersionNo == d.versionNo) {
            v = view(d); // published before versions were stored: the current content is that version
        } else {
            throw new IllegalStateException("distribution " + d.id + " has no stored content of its published version " + d.publishedVersionNo);
        }
        return new DistributionDtos.PublicView(d.id, d.villageCode, regions.nameOf(RegionCode.of(d.villageCode)), d.period, d.publishedVersionNo,
                d.publishedAt, v.income(), v.targetAmount(), v.targetShare(), v.workPayAmount(), v.guaranteeAmount(), v.permittedUseAmount(),
                v.lines().stream().map(l -> new DistributionDtos.PublicLineView(l.lineNo(), l.kind(), l.kindLabel(),
                        DistributionRules.maskName(l.householdHead()), l.use(), l.useLabel(), l.amount(), l.workDescription(), l.workDays())).toList());
    }

    public List<DistributionLine> lines(Distribution d) {
        return DistributionLine.list("distributionId = ?1 and versionNo = ?2 order by lineNo", d.id, d.versionNo);
    }

    public Map<UUID, Household> households(List<DistributionLine> lines) {
        List<UUID> ids = lines.stream().map(l -> l.householdId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : Household.<Household>list("id in ?1", ids).stream().collect(Collectors.toMap(h -> h.id, h -> h));
    }

    public Page<Distribution> list(String period, String status, PageRequest page) {
        StringBuilder q = new StringBuilder(RegionScope.clause("villageCode"));
        Parameters p = user.scope().parameters();
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", Refusals.orThrow(Period.read(period, "period")).toString());
        }
        DistributionProcedure.Status s = QueryParameters.enumValue("status", status, DistributionProcedure.Status.class);
        if (s != null) {
            q.append(" and status = :status");
            p.and("status", s);
        }
        var query = Distribution.<Distribution>find(q.toString(), Sort.descending("period").and("villageCode"), p);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    public Page<Household> roster(PageRequest page) {
        var query = Household.<Household>find(RegionScope.clause("villageCode"), Sort.ascending("villageCode").and("headName").and("id"),
                user.scope().parameters());
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    public DistributionDtos.DistributionView view(Distribution d) {
        List<DistributionLine> ls = lines(d);
        Map<UUID, Household> hs = households(ls);
        List<DistributionDtos.LineView> lines = ls.stream().map(l -> new DistributionDtos.LineView(l.lineNo, l.kind, l.kind.label, l.householdId,
                l.householdId == null || !hs.containsKey(l.householdId) ? null : hs.get(l.householdId).headName,
                l.use, l.use == null ? null : l.use.label, l.amount, l.workDescription, l.workDays, l.note)).toList();
        return summary(d, lines);
    }

    public DistributionDtos.DistributionView summary(Distribution d, List<DistributionDtos.LineView> lines) {
        return new DistributionDtos.DistributionView(d.id, d.villageCode, regions.nameOf(RegionCode.of(d.villageCode)), d.period, d.status,
                d.status.label, d.versionNo, d.income, d.recordedIncome, d.recordedIncome == null ? null : d.income.subtract(d.recordedIncome),
                d.incomeDifferenceNote, d.targetAmount, d.targetShare, d.minTargetShare, d.workPayAmount, d.guaranteeAmount, d.permittedUseAmount,
                d.recordedBy, d.recordedAt, d.reviewComment, d.reviewedBy, d.reviewedAt, d.returnedReason, d.returnedBy, d.returnedTier,
                d.returnedAt, d.approvedBy, d.approvedAt, d.publishedBy, d.publishedAt, d.publishedVersionNo, lines);
    }

    /** Income recorded in the period's inventories of the village's operating assets (their current versions). */
    public BigDecimal recordedIncome(String villageCode, String period) {
        Object sum = em.createNativeQuery("select coalesce(sum(income), 0) from income_inventory where region_code = ?1 and period = ?2")
                .setParameter(1, villageCode).setParameter(2, period).getSingleResult();
        return ((BigDecimal) sum).setScale(2);
    }

    private Checked check(String villageCode, Period period, Content content) {
        var minShare = policy.require(PolicyParameters.TARGET_SHARE_MIN, period.year()).value();
        List<UUID> ids = content.lines().stream().map(DistributionDtos.LineRequest::householdId).filter(Objects::nonNull).distinct().toList();
        Instant periodStart = period.start().atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();
        Map<UUID, DistributionRules.HouseholdFacts> facts = ids.isEmpty() ? Map.of()
                : Household.<Household>list("id in ?1", ids).stream()
                .map(h -> new DistributionRules.HouseholdFacts(h.id, h.villageCode, h.category, h.labourCapacity,
                        h.onRoster || (h.leftRosterAt != null && !h.leftRosterAt.isBefore(periodStart))))
                .collect(Collectors.toMap(DistributionRules.HouseholdFacts::id, Function.identity()));
        List<DistributionRules.Line> lines = content.lines().stream().map(l -> new DistributionRules.Line(l.kind(), l.householdId(), l.use(),
                l.amount(), l.workDescription(), l.workDays())).toList();
        DistributionRules.Outcome o = Refusals.orThrowListing(DistributionRules.check(villageCode, content.income(), minShare, lines, facts));
        BigDecimal recorded = recordedIncome(villageCode, period.toString());
        Refusals.orThrow(DistributionRules.reconcile(content.income(), recorded, content.incomeDifferenceNote(), period.toString()));
        return new Checked(recorded, minShare, o);
    }

    /** Inventories may be corrected while a distribution is in review: it must still reconcile (or explain) before each step. */
    private void stillReconciled(Distribution d) {
        Refusals.orThrow(DistributionRules.stillReconciled(d.income, d.recordedIncome, recordedIncome(d.villageCode, d.period),
                d.incomeDifferenceNote, d.period, d.versionNo));
    }

    private void apply(Distribution d, Content content, Checked c) {
        d.income = content.income();
        d.recordedIncome = c.recordedIncome();
        d.incomeDifferenceNote = content.incomeDifferenceNote();
        d.targetAmount = c.outcome().targetAmount();
        d.targetShare = c.outcome().targetShare();
        d.minTargetShare = c.minShare();
        d.workPayAmount = c.outcome().workPay();
        d.guaranteeAmount = c.outcome().guarantee();
        d.permittedUseAmount = c.outcome().permittedUse();
        d.recordedBy = user.subject();
        d.recordedAt = assets.now();
    }

    private void persistLines(Distribution d, List<DistributionDtos.LineRequest> lines) {
        for (int i = 0; i < lines.size(); i++) {
            DistributionDtos.LineRequest l = lines.get(i);
            DistributionLine line = new DistributionLine();
            line.id = UUID.randomUUID();
            line.distributionId = d.id;
            line.versionNo = d.versionNo;
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
        DistributionLine.flush();
    }

    private void emit(Distribution d, DistributionProcedure.Step step, String reason, Correction correction) {
        int householdsPaid = (int) lines(d).stream().map(l -> l.householdId).filter(Objects::nonNull).distinct().count();
        BigDecimal recorded = d.recordedIncome == null ? d.income : d.recordedIncome;
        outbox.append(AssetEvents.AGGREGATE, d.id.toString(), AssetEvents.DISTRIBUTION_STATUS_CHANGED_V1,
                new DistributionStatusChangedV1(d.id.toString(), d.villageCode, d.period, step.name(), d.status.name(), d.versionNo, d.income,
                        recorded, d.income.subtract(recorded), d.incomeDifferenceNote, d.targetAmount, d.targetShare, d.minTargetShare,
                        d.workPayAmount, d.guaranteeAmount, d.permittedUseAmount, householdsPaid, reason, user.subject(), tier(), assets.now(),
                        correction));
    }

    private DistributionProcedure.Actor actor() {
        Role r = user.role();
        return r == Role.VILLAGE ? DistributionProcedure.Actor.VILLAGE : r == Role.TOWNSHIP ? DistributionProcedure.Actor.TOWNSHIP
                : r == Role.COUNTY ? DistributionProcedure.Actor.COUNTY : DistributionProcedure.Actor.OTHER;
    }

    private String tier() {
        return user.role().tier.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
