package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetDisposedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetRegisteredV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.businessDate;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.corrected;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.version;

/** The asset register: registrations, ownership confirmations and disposals (observed_asset). */
@ApplicationScoped
class AssetRegisterHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(AssetEvents.REGISTERED_V1, AssetRegisteredV1.class, this::registered)
                .on(AssetEvents.CONFIRMED_V1, AssetConfirmedV1.class, this::confirmed)
                .on(AssetEvents.DISPOSED_V1, AssetDisposedV1.class, this::disposed);
    }

    private List<InputChange> registered(CloudEvent event, AssetRegisteredV1 a) {
        assetRegistered(a);
        return List.of(InputChange.onward("observed_asset", businessDate(a.registeredAt(), "registeredAt").getYear(), county(region(a.regionCode())),
                event.type() + " " + a.assetId()));
    }

    private List<InputChange> confirmed(CloudEvent event, AssetConfirmedV1 c) {
        if (!assetConfirmed(c)) {
            return List.of();
        }
        return List.of(InputChange.onward("observed_asset", businessDate(c.confirmedAt(), "confirmedAt").getYear(), county(region(c.regionCode())),
                event.type() + " " + c.assetId() + corrected(c.version(), c.correction())));
    }

    private List<InputChange> disposed(CloudEvent event, AssetDisposedV1 d) {
        assetDisposed(d);
        return List.of(InputChange.onward("observed_asset", businessDate(d.disposedAt(), "disposedAt").getYear(), county(region(d.regionCode())),
                event.type() + " " + d.assetId()));
    }

    private void assetRegistered(AssetRegisteredV1 a) {
        String region = region(a.regionCode());
        // "do update" keeps confirmed_on: a confirmation that overtook its registration is not lost
        em.createNativeQuery("insert into observed_asset (asset_id, name, asset_class, value, region_code, county_code, source_project_id, "
                        + "registered_via, registered_on) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as uuid), ?8, ?9) on conflict (asset_id) do update set "
                        + "name = excluded.name, asset_class = excluded.asset_class, value = excluded.value, region_code = excluded.region_code, "
                        + "county_code = excluded.county_code, source_project_id = excluded.source_project_id, registered_via = excluded.registered_via, "
                        + "registered_on = excluded.registered_on")
                .setParameter(1, uuid(a.assetId(), "assetId")).setParameter(2, a.name()).setParameter(3, a.assetClass()).setParameter(4, a.value())
                .setParameter(5, region).setParameter(6, county(region))
                .setParameter(7, a.sourceProjectId() == null ? null : uuid(a.sourceProjectId(), "sourceProjectId").toString())
                .setParameter(8, a.registeredVia()).setParameter(9, businessDate(a.registeredAt(), "registeredAt"))
                .executeUpdate();
    }

    private boolean assetConfirmed(AssetConfirmedV1 c) {
        String region = region(c.regionCode());
        return em.createNativeQuery("insert into observed_asset (asset_id, asset_class, value, region_code, county_code, confirmed_on, owner_type, "
                        + "confirmation_version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (asset_id) do update set asset_class = excluded.asset_class, "
                        + "value = excluded.value, region_code = excluded.region_code, county_code = excluded.county_code, "
                        + "confirmed_on = excluded.confirmed_on, owner_type = excluded.owner_type, confirmation_version = excluded.confirmation_version "
                        + "where observed_asset.confirmation_version <= excluded.confirmation_version")
                .setParameter(1, uuid(c.assetId(), "assetId")).setParameter(2, c.assetClass()).setParameter(3, c.value())
                .setParameter(4, region).setParameter(5, county(region)).setParameter(6, businessDate(c.confirmedAt(), "confirmedAt"))
                .setParameter(7, c.ownerType()).setParameter(8, version(c.version()))
                .executeUpdate() == 1;
    }

    private void assetDisposed(AssetDisposedV1 d) {
        // the asset's events share its key and partition, so its registration was applied before
        em.createNativeQuery("update observed_asset set disposed_on = ?2 where asset_id = ?1")
                .setParameter(1, uuid(d.assetId(), "assetId")).setParameter(2, businessDate(d.disposedAt(), "disposedAt"))
                .executeUpdate();
    }
}
