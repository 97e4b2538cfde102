-- Evidence: where every fact came from, labour-market facts, ESCO occupations, the qualification ->
-- occupation crosswalk, vocational supply and graduate outcomes. Shared contract of the modules
-- evidence (sources, labour market), occupation (ESCO, crosswalk), education (supply, outcomes)
-- and insight (analyses that read them all).

-- One row per imported source vintage. Re-importing the same publisher, dataset and vintage
-- replaces the earlier row and, by cascade, all of its facts.
create table evidence_source (
    id            bigserial primary key,
    publisher     text not null,
    dataset       text not null,
    vintage       text not null,
    licence       text not null,
    title         text not null default '',
    format        varchar(32) not null,
    file_name     text not null,
    retrieved_at  timestamptz,
    imported_at   timestamptz not null default now(),
    imported_by   text not null,
    demo          boolean not null default false,
    cells_read    bigint not null default 0,
    cells_stored  bigint not null default 0,
    unique (publisher, dataset, vintage)
);

-- Labour-market facts: area x occupation x month x measure. Area codes as in the StatFin
-- employment-service tables: SSS whole country, MKnn region, SKnnn sub-region, KUnnn municipality,
-- ELnn ELY centre, TA:<employment area id> employment area. Occupation codes are ISCO-08 /
-- Ammattiluokitus 2010 at any level, SSS = all occupations, X... = unknown. A missing cell
-- (StatFin '..' or '.') is stored with value null and its status, never as zero.
create table labour_market_fact (
    source_id        bigint not null references evidence_source (id) on delete cascade,
    area_code        varchar(72) not null,
    occupation_code  varchar(8) not null default 'SSS',
    period           varchar(7) not null check (period ~ '^[0-9]{4}M(0[1-9]|1[0-2])$'),
    measure          varchar(32) not null check (measure in
        ('UNEMPLOYED_JOBSEEKERS', 'OPEN_VACANCIES', 'LABOUR_FORCE', 'EMPLOYED', 'NEW_VACANCIES')),
    -- Unemployment duration class, e.g. 'LT3M', '3-6M', '6-12M', '12-24M', 'GE24M'; 'ALL' = any.
    duration_class   varchar(16) not null default 'ALL',
    -- Language of the persons counted, where the table breaks it down; 'all' = everyone.
    language         varchar(3) not null default 'all' check (language in ('all', 'fi', 'sv', 'en', 'oth')),
    value            numeric(14, 3) check (value is null or value >= 0),
    status           varchar(8),
    check (value is not null or status is not null)
);
create unique index labour_market_fact_cell_idx
    on labour_market_fact (source_id, area_code, occupation_code, period, measure, duration_class, language);
create index labour_market_fact_lookup_idx
    on labour_market_fact (area_code, occupation_code, period);
create index labour_market_fact_occupation_idx
    on labour_market_fact (occupation_code, period);

-- ESCO occupations under their ISCO-08 unit groups, with every label in fi/sv/en.
create table esco_occupation (
    uri         text primary key,
    code        varchar(32) not null,
    isco_code   varchar(4) not null references isco_group (code),
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null,
    source_id   bigint references evidence_source (id) on delete set null
);
create index esco_occupation_isco_idx on esco_occupation (isco_code);

create table esco_label (
    uri       text not null references esco_occupation (uri) on delete cascade,
    language  varchar(2) not null check (language in ('fi', 'sv', 'en')),
    kind      varchar(12) not null check (kind in ('PREFERRED', 'ALTERNATIVE', 'HIDDEN')),
    label     text not null,
    primary key (uri, language, kind, label)
);

-- Qualification -> occupation crosswalk with history: a row is current while valid_to is null;
-- a correction closes the current row and opens a new one. weight = share of the qualification's
-- graduates expected to work in the occupation (the current weights of a qualification sum to at
-- most 1, checked by the application).
create table qualification_occupation (
    id                  bigserial primary key,
    qualification_code  varchar(6) not null references qualification (code),
    isco_code           varchar(4) not null references isco_group (code),
    weight              numeric(5, 4) not null check (weight > 0 and weight <= 1),
    source              text not null,
    confidence          varchar(8) not null check (confidence in ('HIGH', 'MEDIUM', 'LOW')),
    note                text not null default '',
    valid_from          timestamptz not null default now(),
    valid_to            timestamptz,
    changed_by          text not null,
    version             integer not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create unique index qualification_occupation_current_idx
    on qualification_occupation (qualification_code, isco_code) where valid_to is null;
create index qualification_occupation_isco_idx on qualification_occupation (isco_code) where valid_to is null;

-- Vocational supply: provider x qualification x year x language of instruction. provider_code is
-- the provider's business ID (Y-tunnus) or the code the source uses; provider_id links it to the
-- registry where it matches. Null counts are missing in the source, not zero.
create table education_supply (
    id                  bigserial primary key,
    source_id           bigint not null references evidence_source (id) on delete cascade,
    provider_code       varchar(32) not null,
    provider_id         bigint references provider (id) on delete set null,
    provider_name       text not null,
    qualification_code  varchar(6) not null references qualification (code),
    year                smallint not null check (year between 1990 and 2100),
    language            varchar(2) not null check (language in ('fi', 'sv', 'en')),
    area_code           varchar(8),
    start_places        integer check (start_places >= 0),
    new_students        integer check (new_students >= 0),
    students            integer check (students >= 0),
    graduates           integer check (graduates >= 0)
);
create unique index education_supply_cell_idx
    on education_supply (source_id, provider_code, qualification_code, year, language);
create index education_supply_qualification_idx on education_supply (qualification_code, year);
create index education_supply_provider_idx on education_supply (provider_id, year);

-- Graduate outcomes one year after graduation, per provider (provider_code set) or per area
-- (provider_code null; area_code SSS = whole country, MKnn = region) x qualification x cohort.
create table graduate_outcome (
    id                  bigserial primary key,
    source_id           bigint not null references evidence_source (id) on delete cascade,
    provider_code       varchar(32),
    provider_id         bigint references provider (id) on delete set null,
    area_code           varchar(8) not null default 'SSS',
    qualification_code  varchar(6) not null references qualification (code),
    cohort_year         smallint not null check (cohort_year between 1990 and 2100),
    language            varchar(3) not null default 'all' check (language in ('all', 'fi', 'sv', 'en')),
    graduates           integer check (graduates >= 0),
    employed            integer check (employed >= 0),
    further_studies     integer check (further_studies >= 0),
    unemployed          integer check (unemployed >= 0),
    other               integer check (other >= 0)
);
create unique index graduate_outcome_cell_idx
    on graduate_outcome (source_id, coalesce(provider_code, ''), area_code, qualification_code, cohort_year, language);
create index graduate_outcome_qualification_idx on graduate_outcome (qualification_code, cohort_year);
