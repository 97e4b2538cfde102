-- Municipal economy: dated, sourced parameters of the municipal co-financing of unemployment
-- benefits (AN2024 and the pre-2025 model for comparison), and the state-share compensation
-- entered per municipality and year. See docs/adr/005-economy-parameters-as-dated-data.md.

-- A parameter set is in force from valid_from until the next set of the same model starts:
-- the set in force on a date is the one with the latest valid_from <= that date.
create table economy_parameter_set (
    id                  bigserial primary key,
    model               varchar(16) not null check (model in ('AN2024', 'PRE2025')),
    valid_from          date not null,
    daily_amount        numeric(8, 2) not null check (daily_amount > 0 and daily_amount < 1000),
    paid_days_per_week  numeric(4, 2) not null check (paid_days_per_week > 0 and paid_days_per_week <= 7),
    paid_days_per_month numeric(4, 2) not null check (paid_days_per_month > 0 and paid_days_per_month <= 31),
    source              text not null check (source <> ''),
    verified            boolean not null default false,
    note                text not null default '',
    version             integer not null default 0,
    unique (model, valid_from)
);

-- Bands by accumulated paid days: from_day .. to_day inclusive, to_day null for the open-ended
-- last band. Contiguity (start at day 1, no gap, no overlap) is checked by the application in the
-- transaction that writes the set.
create table economy_band (
    parameter_set_id    bigint not null references economy_parameter_set (id) on delete cascade,
    position            smallint not null check (position >= 0),
    from_day            integer not null check (from_day >= 1),
    to_day              integer check (to_day is null or to_day >= from_day),
    share_percent       numeric(5, 2) not null check (share_percent between 0 and 100),
    primary key (parameter_set_id, position)
);

-- The state compensates the change through the basic-services state share (fixed on 2023 costs,
-- shared by working-age population). Entered by the coordinator per municipality and year.
create table economy_compensation (
    municipality_code   varchar(3) not null references municipality (code),
    year                integer not null check (year between 2025 and 2100),
    amount_eur          numeric(14, 2) not null,
    source              text not null check (source <> ''),
    entered_by          text not null,
    entered_at          timestamptz not null default now(),
    version             integer not null default 0,
    primary key (municipality_code, year)
);

-- ---------------------------------------------------------------- seed (verify against the statutes)
insert into economy_parameter_set (model, valid_from, daily_amount, paid_days_per_week, paid_days_per_month,
                                   source, verified, note)
values ('AN2024', date '2025-01-01', 37.21, 5, 21.5,
        'Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023 (Act on the financing of unemployment benefits); verify',
        false,
        'Basic daily amount of 2024, frozen by the index freeze to 2027 (verify per year). Covers the labour market subsidy, the basic unemployment allowance and the basic part of the earnings-related allowance, including days in employment services.'),
       ('PRE2025', date '2015-01-01', 37.21, 5, 21.5,
        'Laki julkisesta työvoima- ja yrityspalvelusta 916/2012, 11 luku (Act on public employment and business service, chapter 11); verify',
        false,
        'Pre-2025 model, kept for comparison: labour market subsidy for unemployment days only; the state paid days 1-300. Daily amount set to the 2024 level for a like-for-like comparison.');

insert into economy_band (parameter_set_id, position, from_day, to_day, share_percent)
select s.id, b.position, b.from_day, b.to_day, b.share_percent
from economy_parameter_set s
join (values (0, 1, 100, 0.00), (1, 101, 200, 10.00), (2, 201, 300, 20.00),
             (3, 301, 400, 30.00), (4, 401, 500, 40.00), (5, 501, null, 45.00))
     as b (position, from_day, to_day, share_percent) on true
where s.model = 'AN2024' and s.valid_from = date '2025-01-01';

insert into economy_band (parameter_set_id, position, from_day, to_day, share_percent)
select s.id, b.position, b.from_day, b.to_day, b.share_percent
from economy_parameter_set s
join (values (0, 1, 300, 0.00), (1, 301, 1000, 50.00), (2, 1001, null, 70.00))
     as b (position, from_day, to_day, share_percent) on true
where s.model = 'PRE2025' and s.valid_from = date '2015-01-01';
