package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

@ApplicationScoped
public class ConfirmationService {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    Outbox outbox;

    /** The county (统管) confirms ownership of the assets in its county. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset confirm(UUID id, String ifMatch, ConfirmationDtos.ConfirmRequest r) {
        user.require(Role.COUNTY);
        Asset a = assets.get(id);
        ETags.require(ifMatch, a.version);
        if (a.status != AssetStatus.UNCONFIRMED) {
            throw ProblemException.conflict("already-confirmed", "asset " + id + " is " + a.status.label + "; ownership is confirmed once");
        }
        RegionCode location = RegionCode.of(a.regionCode);
        RegionCode ownerRegion;
        if (r.ownerRegionCode() == null) {
            ownerRegion = location.at(r.ownerType().tier);
        } else {
            ownerRegion = RegionCode.parse(r.ownerRegionCode()).orElseThrow(() -> ProblemException.invalid("ownerRegionCode", "must be a 12-digit division code"));
            regions.requireActive("ownerRegionCode", ownerRegion);
        }
        OwnershipRules.check(a.assetClass, location, a.householdId,
                new OwnershipRules.Claim(r.ownerType(), r.ownershipNature(), ownerRegion, r.ownerHouseholdId()));
        a.ownerType = r.ownerType();
        a.ownerName = r.ownerName().strip();
        a.ownerRegionCode = ownerRegion.value();
        a.ownerHouseholdId = r.ownerType() == OwnerType.HOUSEHOLD ? r.ownerHouseholdId() : null;
        a.ownershipNature = r.ownershipNature();
        a.status = AssetStatus.CONFIRMED;
        a.confirmedAt = assets.now();
        a.confirmedBy = user.subject();
        a.updatedAt = a.confirmedAt;
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.CONFIRMED_V1,
                new AssetConfirmedV1(a.id.toString(), a.assetClass.name(), a.value, a.regionCode, a.ownerType.name(), a.ownerName,
                        a.ownershipNature.name(), a.confirmedAt));
        return a;
    }
}
