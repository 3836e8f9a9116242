package cn.gov.xinxiang.agri.platform.http;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Honours the {@code Idempotency-Key} header on POST: the key is claimed in the same transaction as
 * the change, so a replay (even a concurrent one) gets the first response and changes nothing. The
 * same key with a different body is refused.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** A created resource: where it lives and its representation. */
    public record Created(URI location, Object body) {
    }

    /**
     * Runs {@code create} once per (principal, key). Without a key it simply runs. Must be called in
     * the transaction that makes the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response create(String principal, String key, Object request, Supplier<Created> create) {
        if (key == null || key.isBlank()) {
            Created c = create.get();
            return Response.created(c.location()).entity(c.body()).build();
        }
        if (key.length() > 200) {
            throw ProblemException.invalidField(HEADER, "idempotency.key-too-long", 200);
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("insert into idempotency_record (principal, idem_key, request_hash) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, status, location, body from idempotency_record where principal = ?1 and idem_key = ?2")
                    .setParameter(1, principal).setParameter(2, key).getResultList();
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw ProblemException.keyed(422, "idempotency-key-reused", "idempotency.key-reused");
            }
            if (row[1] == null) {
                throw ProblemException.keyed(409, "request-in-progress", "idempotency.in-progress");
            }
            Response.ResponseBuilder replay = Response.status((Integer) row[1]).header("Idempotent-Replayed", "true");
            if (row[2] != null) {
                replay.location(URI.create((String) row[2]));
            }
            if (row[3] != null) {
                replay.entity(read((String) row[3])).type("application/json");
            }
            return replay.build();
        }
        Created c = create.get();
        em.createNativeQuery("update idempotency_record set status = 201, location = ?3, body = ?4 where principal = ?1 and idem_key = ?2")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, c.location().toString())
                .setParameter(4, write(c.body())).executeUpdate();
        return Response.created(c.location()).entity(c.body()).build();
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_record where created_at < now() - interval '2 days'").executeUpdate());
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Object read(String body) {
        try {
            return mapper.readTree(body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
