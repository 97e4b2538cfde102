-- Operations: sessions shared by every application instance (Spring Session JDBC; its own schema
-- initializer is off, Flyway owns these tables) and scheduled jobs that run once across instances.

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row per scheduled job: the last time slot it was claimed for. An instance claims a slot by
-- moving last_slot forward inside the transaction that runs the job, so a slot runs once.
create table scheduled_job (
    name       varchar(64) primary key,
    last_slot  bigint not null default -1,
    last_run   timestamptz,
    last_by    text
);

-- Every run of a scheduled job: which instance ran which slot, and what it did.
create table scheduled_job_run (
    id          bigserial primary key,
    name        varchar(64) not null references scheduled_job (name),
    slot        bigint not null,
    instance    text not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    outcome     text not null,
    unique (name, slot)
);
