package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectResultsReportedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.corrected;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** A project's yearly results per mechanism (observed_mechanism_result): a later report of the year replaces the earlier one. */
@ApplicationScoped
class ProjectResultsHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(ProjectEvents.RESULTS_REPORTED_V1, ProjectResultsReportedV1.class, this::reported);
    }

    private List<InputChange> reported(CloudEvent event, ProjectResultsReportedV1 r) {
        results(r);
        // a year's results are also the next year's baseline for the income increase
        return List.of(new InputChange("observed_mechanism_result", r.year(), r.year() + 1, region(r.countyCode()),
                event.type() + " " + r.code() + " " + r.year() + corrected(r.version(), r.correction())));
    }

    private void results(ProjectResultsReportedV1 r) {
        UUID projectId = uuid(r.projectId(), "projectId");
        // a later report of the same project and year replaces the earlier one as a whole
        em.createNativeQuery("delete from observed_mechanism_result where project_id = ?1 and year = ?2")
                .setParameter(1, projectId).setParameter(2, r.year()).executeUpdate();
        for (ProjectResultsReportedV1.MechanismResult m : r.mechanisms() == null ? List.<ProjectResultsReportedV1.MechanismResult>of() : r.mechanisms()) {
            em.createNativeQuery("insert into observed_mechanism_result (project_id, year, mechanism_type, county_code, linked_poverty_alleviated, "
                            + "linked_monitored, linked_other, income_received, reported_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                            + "on conflict (project_id, year, mechanism_type) do update set county_code = excluded.county_code, "
                            + "linked_poverty_alleviated = excluded.linked_poverty_alleviated, linked_monitored = excluded.linked_monitored, "
                            + "linked_other = excluded.linked_other, income_received = excluded.income_received, reported_at = excluded.reported_at")
                    .setParameter(1, projectId).setParameter(2, r.year()).setParameter(3, m.type()).setParameter(4, region(r.countyCode()))
                    .setParameter(5, m.linkedPovertyAlleviated()).setParameter(6, m.linkedMonitored()).setParameter(7, m.linkedOther())
                    .setParameter(8, m.incomeReceived()).setParameter(9, Timestamp.from(r.reportedAt()))
                    .executeUpdate();
        }
    }
}
