package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.DistributionRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.DistributionStatusChangedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.businessDate;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.periodYear;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** A village's half-year income distribution (observed_distribution): recorded, and each published version of it. */
@ApplicationScoped
class DistributionHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(AssetEvents.DISTRIBUTION_RECORDED_V1, DistributionRecordedV1.class, this::recorded)
                .on(AssetEvents.DISTRIBUTION_STATUS_CHANGED_V1, DistributionStatusChangedV1.class, this::statusChanged);
    }

    private List<InputChange> recorded(CloudEvent event, DistributionRecordedV1 d) {
        distribution(d.distributionId(), d.villageCode(), d.period(), d.income(), d.targetAmount(), d.householdsPaid(), d.recordedAt(), 1, null);
        return List.of(InputChange.of("observed_distribution", periodYear(d.period()), county(region(d.villageCode())), event.type() + " " + d.period()));
    }

    private List<InputChange> statusChanged(CloudEvent event, DistributionStatusChangedV1 d) {
        // only a published version is final; proposals, reviews, returns and corrections in progress count for nothing yet,
        // and the version published before stays counted until a corrected one is published
        if (!"PUBLISHED".equals(d.step())) {
            return List.of();
        }
        if (!distribution(d.distributionId(), d.villageCode(), d.period(), d.income(), d.targetAmount(), d.householdsPaid(), required(d.at(), "at"),
                d.version(), d.version() > 1 ? "version " + d.version() + " published" : null)) {
            return List.of();
        }
        return List.of(InputChange.of("observed_distribution", periodYear(d.period()), county(region(d.villageCode())),
                event.type() + " " + d.period() + " of " + d.villageCode() + " version " + d.version() + " published"));
    }

    /** Keeps the newest published version of a distribution. */
    private boolean distribution(String distributionId, String villageCode, String period, BigDecimal income,
                                 BigDecimal targetAmount, int householdsPaid, Instant at, int version, String correctionReason) {
        String village = region(villageCode);
        return em.createNativeQuery("insert into observed_distribution (distribution_id, village_code, county_code, period, year, income, target_amount, "
                        + "households_paid, recorded_on, version_no, correction_reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                        + "on conflict (distribution_id) do update set "
                        + "village_code = excluded.village_code, county_code = excluded.county_code, period = excluded.period, year = excluded.year, "
                        + "income = excluded.income, target_amount = excluded.target_amount, households_paid = excluded.households_paid, "
                        + "recorded_on = excluded.recorded_on, version_no = excluded.version_no, correction_reason = excluded.correction_reason "
                        + "where observed_distribution.version_no <= excluded.version_no")
                .setParameter(1, uuid(distributionId, "distributionId")).setParameter(2, village).setParameter(3, county(village))
                .setParameter(4, period).setParameter(5, periodYear(period)).setParameter(6, required(income, "income"))
                .setParameter(7, required(targetAmount, "targetAmount"))
                .setParameter(8, householdsPaid).setParameter(9, businessDate(at, "recordedAt")).setParameter(10, version)
                .setParameter(11, correctionReason)
                .executeUpdate() == 1;
    }
}
