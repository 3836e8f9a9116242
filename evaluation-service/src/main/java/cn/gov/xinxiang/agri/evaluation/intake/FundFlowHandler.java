package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.DisbursementMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.ExpenditureRecordedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Money flowing against an allocation: disbursements (observed_disbursement) and expenditures (observed_expenditure). */
@ApplicationScoped
class FundFlowHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(FundingEvents.DISBURSEMENT_MADE_V1, DisbursementMadeV1.class, this::disbursed)
                .on(FundingEvents.EXPENDITURE_RECORDED_V1, ExpenditureRecordedV1.class, this::spent);
    }

    private List<InputChange> disbursed(CloudEvent event, DisbursementMadeV1 d) {
        disbursement(d);
        return List.of(InputChange.of("observed_expenditure", d.fiscalYear(), region(d.countyCode()), event.type() + " " + d.disbursementId()));
    }

    private List<InputChange> spent(CloudEvent event, ExpenditureRecordedV1 x) {
        expenditure(x);
        return List.of(InputChange.of("observed_expenditure", x.fiscalYear(), region(x.countyCode()), event.type() + " " + x.expenditureId()));
    }

    private void disbursement(DisbursementMadeV1 d) {
        em.createNativeQuery("insert into observed_disbursement (disbursement_id, allocation_id, project_id, fiscal_year, county_code, amount, disbursed_on) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (disbursement_id) do update set allocation_id = excluded.allocation_id, "
                        + "project_id = excluded.project_id, fiscal_year = excluded.fiscal_year, county_code = excluded.county_code, "
                        + "amount = excluded.amount, disbursed_on = excluded.disbursed_on")
                .setParameter(1, uuid(d.disbursementId(), "disbursementId")).setParameter(2, uuid(d.allocationId(), "allocationId"))
                .setParameter(3, uuid(d.projectId(), "projectId")).setParameter(4, d.fiscalYear()).setParameter(5, region(d.countyCode()))
                .setParameter(6, d.amount()).setParameter(7, required(d.disbursedOn(), "disbursedOn"))
                .executeUpdate();
    }

    private void expenditure(ExpenditureRecordedV1 x) {
        em.createNativeQuery("insert into observed_expenditure (expenditure_id, allocation_id, project_id, fiscal_year, county_code, amount, spent_on) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (expenditure_id) do update set allocation_id = excluded.allocation_id, "
                        + "project_id = excluded.project_id, fiscal_year = excluded.fiscal_year, county_code = excluded.county_code, "
                        + "amount = excluded.amount, spent_on = excluded.spent_on")
                .setParameter(1, uuid(x.expenditureId(), "expenditureId")).setParameter(2, uuid(x.allocationId(), "allocationId"))
                .setParameter(3, uuid(x.projectId(), "projectId")).setParameter(4, x.fiscalYear()).setParameter(5, region(x.countyCode()))
                .setParameter(6, x.amount()).setParameter(7, required(x.spentOn(), "spentOn"))
                .executeUpdate();
    }
}
