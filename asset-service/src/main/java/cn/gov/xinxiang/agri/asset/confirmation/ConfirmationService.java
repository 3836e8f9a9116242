package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConfirmationService {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    RecordVersions versions;

    /** The county (统管) confirms ownership of the assets in its county. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset confirm(UUID id, String ifMatch, ConfirmationDtos.ConfirmRequest r) {
        user.require(Role.COUNTY);
        Asset a = assets.get(id);
        ETags.require(ifMatch, a.version);
        Refusals.orThrow(OwnershipRules.confirmable(a.id, a.status));
        RegionCode location = RegionCode.of(a.regionCode);
        RegionCode ownerRegion = ownerRegion(location, r.ownerType(), r.ownerRegionCode());
        Refusals.orThrow(OwnershipRules.decide(a.assetClass, location, a.householdId,
                new OwnershipRules.Claim(r.ownerType(), r.ownershipNature(), ownerRegion, r.ownerHouseholdId())));
        setOwner(a, r.ownerType(), r.ownerName(), ownerRegion, r.ownerHouseholdId(), r.ownershipNature());
        a.status = AssetStatus.CONFIRMED;
        a.confirmedAt = assets.now();
        a.confirmedBy = user.subject();
        a.updatedAt = a.confirmedAt;
        versions.append(RecordVersions.Kind.CONFIRMATION, a.id, 1, a.regionCode, view(a, 1),
                RecordVersions.Made.first(a.confirmedBy, user.role().tier.name(), a.confirmedAt));
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.CONFIRMED_V1,
                new AssetConfirmedV1(a.id.toString(), a.assetClass.name(), a.value, a.regionCode, a.ownerType.name(), a.ownerName,
                        a.ownershipNature.name(), a.confirmedAt, 1, null));
        return a;
    }

    /**
     * The county corrects a recorded confirmation: a new version with the reason, checked by the same ownership
     * rules; the old version stays readable ({@code …/confirmation/versions}); the event carries the correction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset correct(UUID id, String ifMatch, ConfirmationDtos.CorrectionRequest r) {
        user.require(Role.COUNTY);
        Asset a = assets.get(id);
        ETags.require(ifMatch, a.version);
        Refusals.orThrow(OwnershipRules.correctable(a.id, a.status, a.ownerType));
        RegionCode location = RegionCode.of(a.regionCode);
        RegionCode ownerRegion = ownerRegion(location, r.ownerType(), r.ownerRegionCode());
        Refusals.orThrow(OwnershipRules.decide(a.assetClass, location, a.householdId,
                new OwnershipRules.Claim(r.ownerType(), r.ownershipNature(), ownerRegion, r.ownerHouseholdId())));
        int previous = currentVersion(a);
        versions.ensureStored(RecordVersions.Kind.CONFIRMATION, a.id, previous, a.regionCode, () -> view(a, previous),
                RecordVersions.Made.first(a.confirmedBy, "COUNTY", a.confirmedAt));
        setOwner(a, r.ownerType(), r.ownerName(), ownerRegion, r.ownerHouseholdId(), r.ownershipNature());
        Instant now = assets.now();
        a.updatedAt = now;
        Correction correction = new Correction(previous, r.reason().strip(), user.subject(), user.role().tier.name(), null, null, now);
        versions.append(RecordVersions.Kind.CONFIRMATION, a.id, previous + 1, a.regionCode, view(a, previous + 1),
                new RecordVersions.Made(user.subject(), user.role().tier.name(), now, correction.reason(), null, null));
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.CONFIRMED_V1,
                new AssetConfirmedV1(a.id.toString(), a.assetClass.name(), a.value, a.regionCode, a.ownerType.name(), a.ownerName,
                        a.ownershipNature.name(), a.confirmedAt, previous + 1, correction));
        return a;
    }

    /** Every version of the asset's confirmation, oldest first (one confirmed before versions existed: its current content as version 1). */
    public List<RecordVersions.Version> versions(UUID id) {
        Asset a = assets.get(id);
        if (a.ownerType == null) {
            throw ProblemException.notFound("confirmation of asset", id);
        }
        List<RecordVersions.Version> stored = versions.list(RecordVersions.Kind.CONFIRMATION, a.id);
        if (stored.isEmpty()) {
            return List.of(new RecordVersions.Version(1, versions.tree(view(a, 1)), null, null, null, a.confirmedBy, "COUNTY", a.confirmedAt));
        }
        return stored;
    }

    public int currentVersion(Asset a) {
        return Math.max(1, versions.list(RecordVersions.Kind.CONFIRMATION, a.id).size());
    }

    static ConfirmationDtos.ConfirmationView view(Asset a, int versionNo) {
        return new ConfirmationDtos.ConfirmationView(a.id, versionNo, a.ownerType, a.ownerName, a.ownerRegionCode, a.ownerHouseholdId,
                a.ownershipNature, a.confirmedAt, a.confirmedBy);
    }

    /** The owner's region as given, or the asset's place at the owner's tier; an unknown or retired code is refused. */
    private RegionCode ownerRegion(RegionCode location, OwnerType type, String given) {
        if (given == null) {
            return location.at(type.tier);
        }
        return assets.knownRegion(given, "ownerRegionCode");
    }

    private static void setOwner(Asset a, OwnerType type, String name, RegionCode region, UUID household, cn.gov.xinxiang.agri.asset.register.OwnershipNature nature) {
        a.ownerType = type;
        a.ownerName = name.strip();
        a.ownerRegionCode = region.value();
        a.ownerHouseholdId = type == OwnerType.HOUSEHOLD ? household : null;
        a.ownershipNature = nature;
    }
}
