-- Evidence (module evidence): generic storage of any imported statistical dataset (JSON-stat 2.0
-- cube or long CSV), and the background import jobs of the imports page.

-- A JSON-stat dataset as published: its dimensions (in the document's order, with roles), their
-- categories (with labels and units) and its cells. A cell's position is its row-major index over
-- the dimensions' sizes, as in JSON-stat ('value' array index).
create table evidence_dataset (
    id            bigserial primary key,
    source_id     bigint not null references evidence_source (id) on delete cascade,
    label         text not null default '',
    -- what the importer recognised it as: 'tyonv_12ti', 'tyonv_12r5', 'tyonv_duration', or null
    recognised_as varchar(32),
    cell_count    bigint not null check (cell_count >= 0),
    value_count   bigint not null check (value_count >= 0)
);
create index evidence_dataset_source_idx on evidence_dataset (source_id);

create table evidence_dimension (
    dataset_id  bigint not null references evidence_dataset (id) on delete cascade,
    position    smallint not null,
    code        text not null,
    label       text not null default '',
    -- JSON-stat role: time, geo, metric, or null
    role        varchar(16),
    size        integer not null check (size > 0),
    primary key (dataset_id, position),
    unique (dataset_id, code)
);

create table evidence_category (
    dataset_id          bigint not null,
    dimension_position  smallint not null,
    position            integer not null,
    code                text not null,
    label               text not null default '',
    unit_label          text,
    unit_decimals       smallint,
    primary key (dataset_id, dimension_position, position),
    unique (dataset_id, dimension_position, code),
    foreign key (dataset_id, dimension_position)
        references evidence_dimension (dataset_id, position) on delete cascade
);

-- A missing cell (JSON-stat null, or a status such as '..' or '.') has value null, never zero.
-- Cells that are absent from a sparse (object) value are not stored at all.
create table evidence_cell (
    dataset_id  bigint not null references evidence_dataset (id) on delete cascade,
    cell_index  bigint not null check (cell_index >= 0),
    value       double precision,
    status      varchar(16),
    primary key (dataset_id, cell_index)
);

-- Facts of any kind from the documented long CSV that are not labour-market facts by occupation
-- (see README "Evidence import formats"). Empty dimensions are '' (not null) so the key is unique.
create table evidence_fact (
    source_id           bigint not null references evidence_source (id) on delete cascade,
    area_code           varchar(72) not null,
    occupation_code     varchar(8) not null default '',
    qualification_code  varchar(6) not null default '',
    period              varchar(10) not null,
    measure             varchar(64) not null,
    language            varchar(3) not null default 'all' check (language in ('all', 'fi', 'sv', 'en', 'oth')),
    value               numeric(18, 4),
    status              varchar(16),
    check (value is not null or status is not null)
);
create unique index evidence_fact_cell_idx
    on evidence_fact (source_id, area_code, occupation_code, qualification_code, period, measure, language);
create index evidence_fact_lookup_idx on evidence_fact (measure, area_code, period);

-- A coordinator's import run from the imports page (the API runs synchronously and records one too).
-- A job still RUNNING when the application starts was cut short by a crash: it is marked INTERRUPTED.
create table evidence_import_job (
    id           bigserial primary key,
    format       varchar(32) not null,
    file_name    text not null,
    status       varchar(12) not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')),
    done         bigint not null default 0,
    total        bigint not null default -1,
    report       text,
    errors       text,
    started_by   text not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);
create index evidence_import_job_started_idx on evidence_import_job (started_at desc);
