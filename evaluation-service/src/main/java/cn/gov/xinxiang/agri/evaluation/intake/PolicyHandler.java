package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.policy.PolicyChangedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;

/** The policy parameters of the other services (observed_policy_parameter), evaluation's own copy. */
@ApplicationScoped
class PolicyHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(PolicyEvents.CHANGED_V1, PolicyChangedV1.class, this::changed);
    }

    private List<InputChange> changed(CloudEvent event, PolicyChangedV1 p) {
        return policy(p) ? List.of(InputChange.onward("policy:" + p.key(), p.appliesFrom(), null,
                p.key() + " from " + p.appliesFrom() + " = " + p.value().toPlainString() + " (version " + p.version() + ")")) : List.of();
    }

    /** Keeps the highest version of each key and year; an older or equal version replayed later changes nothing. */
    private boolean policy(PolicyChangedV1 p) {
        if (p.key() == null || !p.key().matches("[a-z]+\\.[a-z0-9-]+") || p.value() == null || p.unit() == null) {
            throw new CloudEvent.MalformedEventException("policy.changed.v1 needs a key like asset.benchmark-rate, a value and a unit");
        }
        int n = em.createNativeQuery("insert into observed_policy_parameter (param_key, applies_from, value, unit, label, source_document, owner, "
                        + "version, changed_by, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (param_key, applies_from) do update set "
                        + "value = excluded.value, unit = excluded.unit, label = excluded.label, source_document = excluded.source_document, "
                        + "owner = excluded.owner, version = excluded.version, changed_by = excluded.changed_by, changed_at = excluded.changed_at "
                        + "where observed_policy_parameter.version < excluded.version")
                .setParameter(1, p.key()).setParameter(2, p.appliesFrom()).setParameter(3, p.value()).setParameter(4, p.unit())
                .setParameter(5, p.label()).setParameter(6, p.sourceDocument()).setParameter(7, p.owner()).setParameter(8, p.version())
                .setParameter(9, p.changedBy()).setParameter(10, Timestamp.from(required(p.changedAt(), "changedAt")))
                .executeUpdate();
        return n == 1;
    }
}
