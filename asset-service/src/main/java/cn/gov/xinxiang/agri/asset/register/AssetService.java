package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetRegisteredV1;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
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
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@ApplicationScoped
public class AssetService {

    private static final Logger LOG = Logger.getLogger(AssetService.class);

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<AssetCreated> assetCreated;

    /** Legacy registration by the village, township or county that manages the place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset register(AssetDtos.RegisterRequest r) {
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        RegionCode location = knownRegion(r.regionCode(), "regionCode");
        Refusals.orThrow(AssetRules.location(r.assetClass(), location, r.householdId()));
        Refusals.orThrow(AssetRules.inOwnRegion(location, user.scope().covers(location)));
        AssetRules.Operation operation = Refusals.orThrow(AssetRules.operation(r.value(), r.funding(), r.operatingMode(), r.contract()));
        LocalDate inService = Refusals.orThrow(AssetRules.inService(r.inServiceOn(), today()));
        Asset a = newAsset(r.name().strip(), r.assetClass(), r.value(), location.value(), r.householdId(), RegisteredVia.LEGACY, user.subject());
        a.inServiceOn = inService;
        a.sourceProjectCode = blankToNull(r.sourceProjectCode());
        a.sourceProjectName = blankToNull(r.sourceProjectName());
        applyOperation(a, operation);
        a.persist();
        created(a);
        announce(a);
        return a;
    }

    /**
     * Takes over the assets an accepted project formed. Keyed by project id + asset ref, so a redelivered
     * or re-sent acceptance creates nothing twice. The event must satisfy {@link AcceptanceRules}, the rule
     * project-service already checked before accepting: an event that breaks it (an old or foreign
     * producer) is refused whole, nothing of it is stored.
     *
     * @return how many assets were created
     * @throws ProblemException (422, {@code acceptance-rule}) naming every refused field
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int takeOver(ProjectAcceptedV1 accepted) {
        Refusals.orThrowListing(AssetRules.takeOver(accepted));
        UUID projectId = UUID.fromString(accepted.projectId());
        int created = 0;
        for (ProjectAcceptedV1.FormedAsset f : accepted.assets()) {
            if (Asset.count("sourceProjectId = ?1 and assetRef = ?2", projectId, f.assetRef()) > 0) {
                continue;
            }
            AssetClass cls = AssetClass.valueOf(f.assetClass());
            RegionCode location = RegionCode.of(f.locationRegionCode());
            UUID household = f.householdId() == null ? null : UUID.fromString(f.householdId());
            Asset a = newAsset(f.name(), cls, f.value().setScale(2), location.value(), household, RegisteredVia.PROJECT, "project-service");
            a.sourceProjectId = projectId;
            a.sourceProjectCode = accepted.code();
            a.sourceProjectName = accepted.name();
            a.assetRef = f.assetRef();
            a.inServiceOn = accepted.acceptedAt().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
            a.persist();
            created(a);
            announce(a);
            created++;
        }
        LOG.infof("project %s accepted: %d of %d assets taken over", accepted.projectId(), created, accepted.assets().size());
        return created;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Asset updateOperation(UUID id, String ifMatch, AssetDtos.OperationUpdate u) {
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        Asset a = get(id);
        ETags.require(ifMatch, a.version);
        Refusals.orThrow(AssetRules.operated(a.status));
        applyOperation(a, Refusals.orThrow(AssetRules.operation(a.value, u.funding(), u.operatingMode(), u.contract())));
        a.updatedAt = now();
        return a;
    }

    /** An asset in the caller's region subtree; 404 otherwise, even when it exists elsewhere. */
    public Asset get(UUID id) {
        return Asset.<Asset>find("id = :id and " + RegionScope.clause("regionCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("asset", id));
    }

    public Page<Asset> list(AssetClass assetClass, AssetStatus status, UUID sourceProjectId, String regionCode, PageRequest page) {
        StringBuilder q = new StringBuilder(RegionScope.clause("regionCode"));
        Parameters p = user.scope().parameters();
        if (regionCode != null) {
            RegionCode r = QueryParameters.regionCode("regionCode", regionCode);
            q.append(" and ").append(RegionScope.clause("regionCode", "sub"));
            RegionScope.of(r).bind(p, "sub");
        }
        if (assetClass != null) {
            q.append(" and assetClass = :cls");
            p.and("cls", assetClass);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (sourceProjectId != null) {
            q.append(" and sourceProjectId = :project");
            p.and("project", sourceProjectId);
        }
        var query = Asset.<Asset>find(q.toString(), Sort.ascending("regionCode").and("createdAt").and("id"), p);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    private Asset newAsset(String name, AssetClass cls, java.math.BigDecimal value, String region, UUID household, RegisteredVia via, String by) {
        Instant now = now();
        Asset a = new Asset();
        a.id = UUID.randomUUID();
        a.name = name;
        a.assetClass = cls;
        a.value = value;
        a.regionCode = region;
        a.householdId = household;
        a.registeredVia = via;
        a.status = AssetStatus.UNCONFIRMED;
        a.createdBy = by;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    private static void applyOperation(Asset a, AssetRules.Operation o) {
        AssetDtos.Funding f = o.funding();
        AssetDtos.Contract c = o.contract();
        if (f != null) {
            a.fundingLinkage = f.linkage();
            a.fundingOtherFiscal = f.otherFiscal();
            a.fundingSelfRaised = f.selfRaised();
            a.fundingCredit = f.credit();
        }
        a.operatingMode = o.mode();
        a.contractCounterparty = c == null ? null : c.counterparty().strip();
        a.contractStart = c == null ? null : c.start();
        a.contractEnd = c == null ? null : c.end();
        a.contractAnnualRent = c == null ? null : c.annualRent();
    }

    /** Tells the features that keep per-asset state (the custody chain's signed anchor) in the same transaction. */
    private void created(Asset a) {
        assetCreated.fire(new AssetCreated(a.id));
    }

    private void announce(Asset a) {
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.REGISTERED_V1,
                new AssetRegisteredV1(a.id.toString(), a.name, a.assetClass.name(), a.value, a.regionCode,
                        a.sourceProjectId == null ? null : a.sourceProjectId.toString(), a.registeredVia.name(), a.createdAt));
    }

    /** The division code a request field gives, of a region on the official list (400 malformed or unknown, 422 retired). */
    public RegionCode knownRegion(String code, String field) {
        RegionCode r = Refusals.orThrow(AssetRules.divisionCode(field, code));
        // 400 for an unknown code, 422 region-retired for one that left the official list.
        regions.requireActive(field, r);
        return r;
    }

    /** Postgres keeps microseconds: truncate so what is hashed or compared equals what is stored. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public java.time.LocalDate today() {
        return clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
