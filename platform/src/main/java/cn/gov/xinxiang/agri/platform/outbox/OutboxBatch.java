package cn.gov.xinxiang.agri.platform.outbox;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link Outbox#append} for many events at once: the same envelope and schema check, written with JDBC
 * batches on the caller's connection (the transaction of the change), not one statement per event.
 * For bulk imports, where one file makes thousands of events.
 */
@ApplicationScoped
public class OutboxBatch {

    static final int CHUNK = 500;

    /** One event to record. */
    public record Pending(String aggregateType, String aggregateId, String eventType, Object data) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /**
     * Records the events in order, in the connection's transaction. A payload that breaks its schema
     * fails the whole change before anything is written.
     */
    public void append(Connection c, List<Pending> events) throws SQLException {
        Instant now = clock.instant();
        String[] ids = new String[events.size()];
        String[] json = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Pending p = events.get(i);
            JsonNode payload = mapper.valueToTree(p.data());
            List<String> violations = ContractSchemas.violations(p.eventType(), payload);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("payload of " + p.eventType() + " breaks its schema: " + violations);
            }
            ids[i] = UUID.randomUUID().toString();
            json[i] = new CloudEvent(ids[i], "/" + applicationName, p.eventType(), p.aggregateId(), now, payload).toJson(mapper).toString();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at) "
                + "values (?, ?, ?, ?, cast(? as jsonb), ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Pending p = events.get(i);
                ps.setObject(1, UUID.fromString(ids[i]), Types.OTHER);
                ps.setString(2, p.aggregateType());
                ps.setString(3, p.aggregateId());
                ps.setString(4, p.eventType());
                ps.setString(5, json[i]);
                ps.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
