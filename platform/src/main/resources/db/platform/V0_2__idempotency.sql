-- Replayed POSTs: the first response to an Idempotency-Key is kept and returned again.
create table idempotency_record (
    principal     varchar(200) not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        int,
    location      varchar(500),
    body          text,
    created_at    timestamptz  not null default now(),
    primary key (principal, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);
