-- Municipal economy facts and saved provision scenarios (module economypages).

-- Where a set of economy facts came from: one row per import or demonstration load.
create table economy_source (
    id           bigserial primary key,
    publisher    text not null,
    dataset      text not null,
    vintage      text not null,
    licence      text not null,
    file_name    text not null,
    period_from  date not null,
    period_to    date not null,
    retrieved_at timestamptz not null default now(),
    imported_by  text not null,
    demo         boolean not null default false,
    check (period_to >= period_from)
);

-- Kela open data: municipally co-financed unemployment benefits per month, employment area (null =
-- the whole country, KOKO MAA), benefit and accumulated paid-day class.
create table kela_benefit_fact (
    id           bigserial primary key,
    source_id    bigint not null references economy_source (id) on delete cascade,
    month        date not null check (extract(day from month) = 1),
    area_id      varchar(64) references employment_area (id),
    benefit      varchar(32) not null check (benefit in
        ('LABOUR_MARKET_SUBSIDY', 'BASIC_ALLOWANCE', 'EARNINGS_RELATED_BASIC')),
    from_day     integer not null check (from_day >= 1),
    to_day       integer check (to_day is null or to_day >= from_day),
    recipients   integer not null check (recipients >= 0),
    paid_days    bigint not null check (paid_days >= 0),
    euros        numeric(16, 2) not null check (euros >= 0)
);
create unique index kela_benefit_fact_cell_idx
    on kela_benefit_fact (source_id, month, coalesce(area_id, ''), benefit, from_day);
create index kela_benefit_fact_area_idx on kela_benefit_fact (area_id, month);

-- Saved provision scenarios: the inputs as JSON, read by anyone with the token (shareable link).
create table economy_scenario (
    token        varchar(32) primary key,
    title        text not null,
    inputs       jsonb not null,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    demo         boolean not null default false
);
create index economy_scenario_created_idx on economy_scenario (created_at desc);
