-- Livskraft foundation schema: areas, classifications, partnership registry, accounts, audit.
-- Migrations move forward only; see README "Migrations".

-- ---------------------------------------------------------------- areas
create table region (
    code        varchar(2) primary key,
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null
);

create table sub_region (
    code        varchar(3) primary key,
    name_fi     text not null,
    name_sv     text not null,
    region_code varchar(2) not null references region (code)
);

create table municipality (
    code            varchar(3) primary key,
    name_fi         text not null,
    name_sv         text not null,
    name_en         text not null,
    region_code     varchar(2) not null references region (code),
    sub_region_code varchar(3) not null references sub_region (code),
    language_status varchar(32) not null check (language_status in
        ('FINNISH', 'SWEDISH', 'BILINGUAL_FINNISH_MAJORITY', 'BILINGUAL_SWEDISH_MAJORITY'))
);

-- Former municipalities: any former code or name resolves to today's municipality.
create table former_municipality (
    code            varchar(3) primary key,
    name_fi         text not null,
    name_sv         text not null,
    current_code    varchar(3) not null references municipality (code),
    abolished_year  integer
);

create table employment_area (
    id                      varchar(64) primary key,
    name_fi                 text not null,
    name_sv                 text not null,
    name_en                 text not null,
    lead_municipality_code  varchar(3) references municipality (code),
    source_note             text not null default '',
    version                 integer not null default 0
);

create table employment_area_member (
    area_id             varchar(64) not null references employment_area (id) on delete cascade,
    municipality_code   varchar(3) not null references municipality (code),
    primary key (area_id, municipality_code),
    unique (municipality_code)
);

-- Search on names (lower-cased, accents kept: Finnish and Swedish letters matter).
create index municipality_name_fi_idx on municipality (lower(name_fi));
create index municipality_name_sv_idx on municipality (lower(name_sv));
create index former_municipality_name_fi_idx on former_municipality (lower(name_fi));
create index former_municipality_name_sv_idx on former_municipality (lower(name_sv));

-- ---------------------------------------------------------------- classifications
create table isco_group (
    code        varchar(4) primary key,
    level       smallint not null check (level between 1 and 4),
    parent_code varchar(4) references isco_group (code),
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null
);

create table qualification (
    code        varchar(6) primary key,
    type        varchar(16) not null check (type in ('UPPER_SECONDARY', 'FURTHER', 'SPECIALIST')),
    name_fi     text not null,
    name_sv     text not null default '',
    name_en     text not null default ''
);
create index qualification_name_fi_idx on qualification (lower(name_fi));

-- Every load or refresh of reference data, with its source.
create table reference_import (
    id          bigserial primary key,
    dataset     varchar(64) not null,
    format      varchar(64) not null,
    file_name   text not null,
    source      text not null,
    rows_read   integer not null,
    rows_stored integer not null,
    imported_at timestamptz not null default now(),
    imported_by text not null
);

-- ---------------------------------------------------------------- partnership registry
-- Owners: municipalities by their 3-digit code, other owners by business ID (Y-tunnus).
create table owner (
    code                varchar(16) primary key,
    kind                varchar(16) not null check (kind in ('MUNICIPALITY', 'ASSOCIATION', 'FOUNDATION', 'COMPANY', 'STATE', 'OTHER')),
    name_fi             text not null,
    name_sv             text not null,
    municipality_code   varchar(3) references municipality (code),
    demo                boolean not null default false,
    check ((kind = 'MUNICIPALITY') = (municipality_code is not null))
);

create table provider (
    id                  bigserial primary key,
    slug                varchar(64) not null unique,
    name_fi             text not null,
    name_sv             text not null,
    name_en             text not null,
    business_id         varchar(16) unique,
    legal_form          varchar(32) not null check (legal_form in
        ('MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY', 'LIMITED_COMPANY', 'FOUNDATION', 'ASSOCIATION', 'STATE')),
    home_municipality_code varchar(3) not null references municipality (code),
    voting_rule         varchar(64) not null default 'SHARE_MAJORITY',
    min_student_years   integer,
    website             text,
    demo                boolean not null default false,
    version             integer not null default 0
);

create table provider_language (
    provider_id bigint not null references provider (id) on delete cascade,
    language    varchar(2) not null check (language in ('fi', 'sv', 'en')),
    primary key (provider_id, language)
);

create table provider_qualification (
    provider_id         bigint not null references provider (id) on delete cascade,
    qualification_code  varchar(6) not null references qualification (code),
    primary key (provider_id, qualification_code)
);

-- Licence area (where the provider may provide education), by municipality.
create table provider_area (
    provider_id         bigint not null references provider (id) on delete cascade,
    municipality_code   varchar(3) not null references municipality (code),
    primary key (provider_id, municipality_code)
);

-- Ownership shares with history: a row is valid from valid_from until valid_to (exclusive);
-- the current set has valid_to null and sums to exactly 100 (checked by the application
-- in the same transaction that writes it).
create table ownership (
    id          bigserial primary key,
    provider_id bigint not null references provider (id) on delete cascade,
    owner_code  varchar(16) not null references owner (code),
    share       numeric(7, 4) not null check (share > 0 and share <= 100),
    valid_from  date not null,
    valid_to    date,
    check (valid_to is null or valid_to > valid_from)
);
create unique index ownership_current_idx on ownership (provider_id, owner_code) where valid_to is null;

create table employer (
    id                  bigserial primary key,
    name                text not null,
    business_id         varchar(16) unique,
    municipality_code   varchar(3) not null references municipality (code),
    industry            text,
    demo                boolean not null default false,
    version             integer not null default 0
);

-- Participants of the partnership: which organisations take part, since when.
create table participant (
    id              bigserial primary key,
    kind            varchar(24) not null check (kind in
        ('MUNICIPALITY', 'PROVIDER', 'EMPLOYMENT_AREA', 'EMPLOYER', 'REGIONAL_COUNCIL', 'ASSOCIATION', 'OTHER')),
    ref_code        varchar(64),
    name            text not null,
    joined_on       date not null,
    join_request_id bigint,
    demo            boolean not null default false,
    unique (kind, ref_code)
);

create table join_request (
    id                  bigserial primary key,
    public_token        varchar(64) not null unique,
    organisation_name   text not null,
    organisation_type   varchar(24) not null,
    contact_name        text not null,
    contact_email       text not null,
    message             text not null default '',
    language            varchar(2) not null default 'fi',
    status              varchar(16) not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          text,
    decision_note       text,
    applicant_notified_at timestamptz,
    demo                boolean not null default false,
    version             integer not null default 0
);

-- ---------------------------------------------------------------- accounts
create table app_user (
    id              bigserial primary key,
    username        varchar(64) not null unique,
    password_hash   text not null,
    display_name    text not null,
    email           text,
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamptz,
    demo            boolean not null default false,
    version         integer not null default 0
);

-- A user acts for organisations, with a role in each. scope_ref names the organisation:
-- COORDINATOR: null (whole partnership); OWNER: municipality code; EMPLOYMENT_AREA: area id;
-- PROVIDER: provider id; EMPLOYER: employer id.
create table app_user_role (
    user_id     bigint not null references app_user (id) on delete cascade,
    role        varchar(24) not null check (role in ('COORDINATOR', 'OWNER', 'EMPLOYMENT_AREA', 'PROVIDER', 'EMPLOYER')),
    scope_ref   varchar(64) not null default '',
    primary key (user_id, role, scope_ref)
);

-- ---------------------------------------------------------------- audit
create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    action      varchar(32) not null,
    entity_type varchar(64) not null,
    entity_id   text not null,
    summary     text not null default '',
    before      jsonb,
    after       jsonb
);
create index audit_event_at_idx on audit_event (at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

-- Settings that must survive restarts (e.g. whether demonstration data was loaded).
create table app_setting (
    key     varchar(64) primary key,
    value   text not null,
    set_at  timestamptz not null default now()
);
