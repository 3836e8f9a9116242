package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * Dead letters of this service's consumers, for operators: list, read, replay one, replay a topic,
 * discard. City users and integrating systems ({@code service}) only; they hold other regions' data.
 */
@Path("/api/v1/operations/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations: dead letters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope(DeadLetterResource.READ_SCOPE)
public class DeadLetterResource {

    static final int MAX_REPLAY = 10_000;

    /** Service tokens: listing and reading dead letters, and replaying or discarding them. */
    public static final String READ_SCOPE = ServiceScope.SERVICE + ":dead-letters:read";
    public static final String REPLAY_SCOPE = ServiceScope.SERVICE + ":dead-letters:replay";

    @Inject
    CurrentUser user;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterReplay replay;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadLetter", description = "A record a consumer could not apply")
    public record DeadLetterView(
            @Schema(examples = "17") long id,
            @Schema(description = "inbox consumer name", examples = "funding-service.projects") String consumer,
            @Schema(examples = "agri.project") String topic,
            @Schema(examples = "2") int partition,
            @Schema(examples = "4711") long offset,
            @Schema(description = "Kafka key: the aggregate id", examples = "0b7e5c1e-3f5a-4d53-9a3e-2f1c0d9e8a11") String key,
            @Schema(examples = "5d0f0c56-0a38-4b7e-a0a8-1b8cfc1f2a90") String eventId,
            @Schema(examples = "cn.gov.xinxiang.agri.project.admitted.v1") String eventType,
            @Schema(description = "POISON (never applies as it is), TRANSIENT (failed on every try), HELD (behind an earlier dead letter of its key)",
                    examples = "TRANSIENT") DeadLetterKind kind,
            @Schema(description = "the dead letter a HELD one waits for", examples = "16") Long heldBehind,
            @Schema(examples = "LockTimeoutException: could not obtain lock <- PSQLException: ERROR: canceling statement due to lock timeout")
            String reason,
            @Schema(examples = "2025-06-01T02:00:00Z") Instant firstFailedAt,
            @Schema(examples = "2025-06-01T02:04:10Z") Instant lastFailedAt,
            @Schema(examples = "10") int attempts,
            @Schema(examples = "PARKED") DeadLetterStatus status,
            Instant resolvedAt,
            @Schema(examples = "applied") String resolution,
            @Schema(description = "the record value as received (single reads only)") String value) {

        static DeadLetterView of(DeadLetters.Row r) {
            return new DeadLetterView(r.id(), r.consumer(), r.topic(), r.partition(), r.offset(), r.key(), r.eventId(), r.eventType(), r.kind(),
                    r.heldBehind(), r.reason(), r.firstFailedAt(), r.lastFailedAt(), r.attempts(), r.status(), r.resolvedAt(), r.resolution(),
                    r.value());
        }
    }

    @Schema(name = "DeadLetterDiscard")
    public record DiscardRequest(@Schema(required = true, examples = "producer fixed in release 1.4; the event was re-emitted as 5d0f…")
                                 String note) {
    }

    private void requireOperator() {
        user.require(Role.CITY, Role.SERVICE);
    }

    @GET
    @Operation(summary = "List dead letters, oldest first, filtered by topic, status (PARKED, REPLAYED, DISCARDED) and kind "
            + "(POISON, TRANSIENT, HELD); paged with total (city and service roles)")
    public Page<DeadLetterView> list(@QueryParam("topic") @Parameter(example = "agri.project") String topic,
                                     @QueryParam("status") @Parameter(example = "PARKED") String status,
                                     @QueryParam("kind") @Parameter(example = "TRANSIENT") String kind,
                                     @QueryParam("consumer") @Parameter(example = "funding-service.projects") String consumer,
                                     @QueryParam("page") @Parameter(example = "0") Integer page,
                                     @QueryParam("size") @Parameter(example = "20") Integer size) {
        requireOperator();
        PageRequest p = PageRequest.of(page, size);
        Page<DeadLetters.Row> rows = deadLetters.list(blankToNull(topic), QueryParameters.enumValue("status", status, DeadLetterStatus.class),
                QueryParameters.enumValue("kind", kind, DeadLetterKind.class), blankToNull(consumer), p);
        return new Page<>(rows.items().stream().map(DeadLetterView::of).toList(), rows.page(), rows.size(), rows.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter with the record value as it was received")
    public DeadLetterView get(@PathParam("id") long id) {
        requireOperator();
        DeadLetters.Row row = deadLetters.find(id);
        if (row == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        return DeadLetterView.of(row);
    }

    @POST
    @ServiceScope(REPLAY_SCOPE)
    @Path("/{id}/replay")
    @Operation(summary = "Replay one parked dead letter through the inbox (a replayed one is returned unchanged; 409 dead-letter-held while "
            + "an earlier one of its key is parked; 409 replay-failed when it fails again, counted, and stays parked)")
    public DeadLetterView replay(@PathParam("id") long id) {
        requireOperator();
        return DeadLetterView.of(replay.replay(id));
    }

    @POST
    @ServiceScope(REPLAY_SCOPE)
    @Path("/replay")
    @Operation(summary = "Replay the topic's parked dead letters in the order they were parked (per key: stops at a key's first "
            + "passing failure, its later ones stay held); at most limit (default 1000) per call")
    public DeadLetterReplay.TopicResult replayTopic(@QueryParam("topic") @Parameter(required = true, example = "agri.project") String topic,
                                                    @QueryParam("limit") @Parameter(example = "1000") Integer limit) {
        requireOperator();
        if (topic == null || topic.isBlank()) {
            throw ProblemException.invalidField("topic", "dead-letter.topic-required");
        }
        int l = limit == null ? 1000 : limit;
        if (l < 1 || l > MAX_REPLAY) {
            throw ProblemException.invalidField("limit", "dead-letter.limit-range", MAX_REPLAY);
        }
        return replay.replayTopic(topic, l);
    }

    @POST
    @ServiceScope(REPLAY_SCOPE)
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a parked dead letter as never to apply, with a note; it stops holding its key and leaves the parked count")
    public DeadLetterView discard(@PathParam("id") long id, DiscardRequest body) {
        requireOperator();
        if (body == null || body.note() == null || body.note().isBlank()) {
            throw ProblemException.invalidField("note", "dead-letter.note-required");
        }
        if (body.note().length() > 2000) {
            throw ProblemException.invalidField("note", "dead-letter.note-too-long", 2000);
        }
        return DeadLetterView.of(replay.discard(id, body.note().trim()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
