-- Platform tables every service has. Versions 0.x belong to the platform; a service's own start at 1.

-- Transactional outbox, in the shape Debezium's outbox EventRouter reads (id, aggregatetype,
-- aggregateid, type, payload), so a large install can swap the in-process relay for Debezium.
-- payload holds the whole CloudEvents envelope: relay and Debezium publish the same record value.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid         not null unique,
    aggregatetype varchar(64)  not null,
    aggregateid   varchar(128) not null,
    type          varchar(200) not null,
    payload       jsonb        not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
-- The relay reads only what is still to publish, in order.
create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Inbox: one row per (consumer, event) recorded in the same transaction as the event's effect.
create table inbox_event (
    consumer    varchar(100) not null,
    event_id    varchar(200) not null,
    event_type  varchar(200) not null,
    received_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
