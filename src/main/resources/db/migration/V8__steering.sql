-- Ownership steering: owner strategies with versions, goals with KPI targets, reporting periods with
-- the provider's actuals and the owners' comments (all kept with history), owner meetings, decisions
-- with their vote lists and computed outcomes, and municipal population for the population rule.

-- The rule of a joint authority's basic agreement is named as in the steering issue.
update provider set voting_rule = 'TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION'
    where voting_rule = 'TWO_THIRDS_AND_HALF_POPULATION';

-- ---------------------------------------------------------------- population
-- Population of a municipality on 31 December of a year (Statistics Finland, table 11ra). Used by the
-- rule "two thirds of the members representing at least half of the population". The coordinator
-- corrects a figure (audited); source says where it came from.
create table municipality_population (
    municipality_code varchar(3) not null references municipality (code),
    year              smallint not null check (year between 1990 and 2100),
    population        integer not null check (population > 0),
    source            text not null,
    version           integer not null default 0,
    primary key (municipality_code, year)
);

-- Shipped figures are seeded at startup (steering.ShippedPopulations), after the municipalities.

-- ---------------------------------------------------------------- strategy
create table owner_strategy (
    id          bigserial primary key,
    provider_id bigint not null references provider (id) on delete cascade,
    first_year  smallint not null check (first_year between 2000 and 2100),
    last_year   smallint not null,
    demo        boolean not null default false,
    version     integer not null default 0,
    check (last_year >= first_year)
);

-- Every saved text of a strategy is kept; the highest revision is in force.
create table owner_strategy_revision (
    strategy_id bigint not null references owner_strategy (id) on delete cascade,
    revision    integer not null,
    title       text not null,
    body        text not null,
    owner_codes text not null,
    saved_at    timestamptz not null default now(),
    saved_by    text not null,
    primary key (strategy_id, revision)
);

-- ---------------------------------------------------------------- meetings and decisions
create table steering_meeting (
    id          bigserial primary key,
    provider_id bigint not null references provider (id) on delete cascade,
    held_on     date not null,
    title       text not null,
    kind        varchar(24) not null default 'OWNER_MEETING' check (kind in ('OWNER_MEETING')),
    demo        boolean not null default false
);

create table steering_decision (
    id                bigserial primary key,
    provider_id       bigint not null references provider (id) on delete cascade,
    meeting_id        bigint references steering_meeting (id) on delete set null,
    title             text not null,
    proposal          text not null,
    rule              varchar(64) not null,
    status            varchar(8) not null default 'OPEN' check (status in ('OPEN', 'DECIDED')),
    passed            boolean,
    yes_share         numeric(7, 4),
    yes_members       integer,
    members           integer,
    yes_population    bigint,
    population        bigint,
    population_year   smallint,
    population_source text,
    decided_at        timestamptz,
    decided_by        text,
    created_by        text not null,
    demo              boolean not null default false,
    version           integer not null default 0,
    check (status = 'OPEN' or passed is not null)
);

-- One vote per owner and decision; share and population as they were when the vote was counted.
create table steering_vote (
    decision_id bigint not null references steering_decision (id) on delete cascade,
    owner_code  varchar(16) not null references owner (code),
    vote        varchar(8) not null check (vote in ('YES', 'NO', 'ABSTAIN')),
    share       numeric(7, 4),
    population  integer,
    cast_at     timestamptz not null default now(),
    cast_by     text not null,
    primary key (decision_id, owner_code)
);

-- ---------------------------------------------------------------- goals and reporting
create table steering_goal (
    id             bigserial primary key,
    provider_id    bigint not null references provider (id) on delete cascade,
    strategy_id    bigint references owner_strategy (id) on delete set null,
    decision_id    bigint references steering_decision (id) on delete set null,
    indicator      varchar(48) not null,
    title          text not null,
    unit           varchar(16) not null,
    direction      varchar(8) not null check (direction in ('UP', 'DOWN')),
    baseline       numeric(14, 4),
    baseline_year  smallint,
    responsible    text not null default '',
    demo           boolean not null default false,
    version        integer not null default 0
);

create table steering_goal_target (
    goal_id bigint not null references steering_goal (id) on delete cascade,
    year    smallint not null check (year between 2000 and 2100),
    target  numeric(14, 4) not null,
    primary key (goal_id, year)
);

-- A reporting period of a provider: the provider reports actuals for the year until it is closed.
create table steering_period (
    id          bigserial primary key,
    provider_id bigint not null references provider (id) on delete cascade,
    year        smallint not null check (year between 2000 and 2100),
    due_on      date not null,
    closed      boolean not null default false,
    demo        boolean not null default false,
    unique (provider_id, year)
);

-- Every report is kept; the newest per goal and period counts.
create table steering_report (
    id          bigserial primary key,
    goal_id     bigint not null references steering_goal (id) on delete cascade,
    period_id   bigint not null references steering_period (id) on delete cascade,
    actual      numeric(14, 4),
    comment     text not null default '',
    reported_at timestamptz not null default now(),
    reported_by text not null
);
create index steering_report_goal_idx on steering_report (goal_id, period_id, reported_at desc);

create table steering_comment (
    id           bigserial primary key,
    goal_id      bigint not null references steering_goal (id) on delete cascade,
    period_id    bigint references steering_period (id) on delete cascade,
    owner_code   varchar(16) not null,
    body         text not null,
    commented_at timestamptz not null default now(),
    commented_by text not null
);
