-- Partnership dialogue: workforce needs in free text with the occupations a person confirmed, and
-- providers' offers that answer them.

-- A workforce need raised by an employer, an owner municipality, an employment area or the
-- coordinator. area_kind/area_code: MUNICIPALITY (3-digit code), EMPLOYMENT_AREA (area id) or
-- REGION (2-digit code). employment_area_id is derived from the area (null for a region or Åland)
-- and scopes the review queue of the employment area. horizon: an ISO date (2026-09-01) or a
-- season (2026-AUTUMN).
create table workforce_need (
    id                    bigserial primary key,
    text                  text not null check (length(text) between 1 and 2000),
    text_language         varchar(2) not null check (text_language in ('fi', 'sv', 'en')),
    head_count            integer not null check (head_count between 1 and 10000),
    area_kind             varchar(16) not null check (area_kind in ('MUNICIPALITY', 'EMPLOYMENT_AREA', 'REGION')),
    area_code             varchar(64) not null,
    employment_area_id    varchar(64) references employment_area (id) on delete set null,
    horizon               varchar(16) not null check (horizon ~ '^[0-9]{4}-([0-9]{2}-[0-9]{2}|SPRING|SUMMER|AUTUMN|WINTER)$'),
    language_requirement  varchar(3) not null check (language_requirement in ('fi', 'sv', 'en', 'any')),
    international         boolean not null default false,
    status                varchar(16) not null default 'NEW' check (status in ('NEW', 'IN_REVIEW', 'ANSWERED', 'CLOSED')),
    raised_by_kind        varchar(16) not null check (raised_by_kind in ('EMPLOYER', 'OWNER', 'EMPLOYMENT_AREA', 'COORDINATOR')),
    raised_by_ref         varchar(64) not null default '',
    raised_by_name        text not null,
    created_by            text not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    demo                  boolean not null default false,
    version               integer not null default 0
);
create index workforce_need_status_idx on workforce_need (status, created_at desc);
create index workforce_need_raiser_idx on workforce_need (raised_by_kind, raised_by_ref);
create index workforce_need_area_idx on workforce_need (employment_area_id);

-- The occupations a person confirmed for a need (from the classifier's suggestions or by code),
-- with the classifier's score when it suggested the occupation.
create table workforce_need_occupation (
    need_id       bigint not null references workforce_need (id) on delete cascade,
    isco_code     varchar(4) not null references isco_group (code),
    esco_uri      text,
    label         text not null,
    score         numeric(4, 3) check (score is null or score between 0 and 1),
    confirmed_by  text not null,
    confirmed_at  timestamptz not null default now(),
    primary key (need_id, isco_code)
);

-- A provider's answer to a need.
create table need_offer (
    id                  bigserial primary key,
    need_id             bigint not null references workforce_need (id) on delete cascade,
    provider_id         bigint not null references provider (id) on delete cascade,
    kind                varchar(24) not null check (kind in
        ('QUALIFICATION', 'EXTRA_START_PLACES', 'APPRENTICESHIP', 'SHORT_MODULE', 'LANGUAGE_TRAINING')),
    qualification_code  varchar(6) references qualification (code),
    places              integer check (places is null or places between 1 and 10000),
    language            varchar(2) not null check (language in ('fi', 'sv', 'en')),
    start_date          date not null,
    message             text not null default '' check (length(message) <= 2000),
    created_by          text not null,
    created_at          timestamptz not null default now(),
    demo                boolean not null default false,
    version             integer not null default 0
);
create index need_offer_need_idx on need_offer (need_id);
create index need_offer_provider_idx on need_offer (provider_id);
