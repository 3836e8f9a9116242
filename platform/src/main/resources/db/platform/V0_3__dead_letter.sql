-- Dead letters: records a consumer could not apply, kept as data an operator can list and replay
-- (GET/POST /api/v1/operations/dead-letters). One row per (consumer, record): a record redelivered
-- after a crash between parking and the offset commit finds its row and is not parked twice.
create table dead_letter (
    id              bigserial    primary key,
    consumer        varchar(100) not null,
    topic           varchar(249) not null,
    kafka_partition int          not null,
    kafka_offset    bigint       not null,
    record_key      varchar(500),
    event_id        varchar(200),
    event_type      varchar(200),
    value           text,
    -- POISON: breaks its contract or a rule, never applies as it is. TRANSIENT: failed for a passing
    -- reason on every try. HELD: parked unapplied behind an earlier dead letter of the same key.
    kind            varchar(16)  not null check (kind in ('POISON', 'TRANSIENT', 'HELD')),
    held_behind     bigint       references dead_letter (id) on delete set null,
    reason          text         not null,
    first_failed_at timestamptz  not null default now(),
    last_failed_at  timestamptz  not null default now(),
    attempts        int          not null,
    status          varchar(16)  not null default 'PARKED' check (status in ('PARKED', 'REPLAYED', 'DISCARDED')),
    resolved_at     timestamptz,
    resolution      text,
    -- set once the row was published to agri.dlq.<service> (DeadLetterMirror, after commit)
    mirrored_at     timestamptz,
    unique (consumer, topic, kafka_partition, kafka_offset)
);
-- The consumer asks, for every record, whether its key has an unresolved dead letter.
create index dead_letter_open_key on dead_letter (consumer, record_key, id) where status = 'PARKED';
-- Lists filter by topic and status and page by id; replay walks a topic's parked rows by id.
create index dead_letter_topic_status on dead_letter (topic, status, id);
create index dead_letter_unmirrored on dead_letter (id) where mirrored_at is null;
-- Resolved rows are purged after agri.consumer.dead-letter-retention.
create index dead_letter_resolved on dead_letter (resolved_at) where status <> 'PARKED';
