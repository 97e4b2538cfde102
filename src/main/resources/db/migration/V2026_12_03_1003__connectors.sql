-- Connectors to official open data (module sources): the state of each connector, the latest raw
-- response it imported, and the metadata of its recent fetches.
--
-- Retention: one raw response per connector (the latest one imported; an unchanged or failed
-- fetch keeps it), and the metadata of the last livskraft.sources.history-limit fetches per
-- connector (default 100); older rows are deleted when a fetch finishes.

create table source_connector (
    id             text primary key,
    status         text not null default 'NEVER' check (status in ('NEVER', 'RUNNING', 'OK', 'FAILED')),
    running_since  timestamptz,
    running_on     text,
    last_fetch_at  timestamptz,
    next_fetch_at  timestamptz,
    vintage        text,
    error_key      text,
    error_args     text,
    error_place    text
);

create table source_raw_response (
    connector_id text primary key references source_connector (id) on delete cascade,
    file_name    text not null,
    checksum     text not null,
    size_bytes   bigint not null,
    fetched_at   timestamptz not null,
    content      bytea not null
);

create table source_fetch (
    id           bigserial primary key,
    connector_id text not null references source_connector (id) on delete cascade,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    requested_by text not null,
    outcome      text not null check (outcome in ('IMPORTED', 'UNCHANGED', 'FAILED')),
    checksum     text,
    size_bytes   bigint,
    vintage      text,
    rows_read    bigint,
    rows_stored  bigint,
    error_key    text,
    error_args   text,
    error_place  text
);

create index source_fetch_connector on source_fetch (connector_id, started_at desc);
