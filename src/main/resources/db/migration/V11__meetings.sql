-- Meetings of the partnership (module meeting): a meeting or a recurring series, the organisations
-- that may see it, its occurrences (stored once someone adds an agenda, minutes or actions to one,
-- or cancels it), agenda items that cite evidence (a gap row, a workforce need, a steering goal)
-- with a snapshot label kept from the time of citation, minutes with every revision, decisions
-- recorded in the minutes, and actions. Organisations are named as in the user's roles:
-- COORDINATOR, OWNER:<municipality code>, EMPLOYMENT_AREA:<id>, PROVIDER:<id>, EMPLOYER:<id>.
-- Cited needs and goals are not foreign keys on purpose: when one is deleted the agenda keeps its
-- snapshot and says that the cited item no longer exists.

create table meeting (
    id                   bigserial primary key,
    uid                  varchar(80) not null unique,
    kind                 varchar(24) not null check (kind in
        ('PARTNERSHIP_DIALOGUE', 'OWNER_MEETING', 'VIRTUAL_COFFEE', 'WORKSHOP', 'OTHER')),
    title                text not null check (length(title) between 1 and 200),
    description          text not null default '' check (length(description) <= 4000),
    organiser            varchar(80) not null,
    organiser_name       text not null,
    -- local date-time in time_zone (wall-clock time, as people agree meetings)
    starts_at            timestamp not null,
    time_zone            varchar(64) not null default 'Europe/Helsinki',
    duration_minutes     integer not null check (duration_minutes between 5 and 1440),
    place                text not null default '' check (length(place) <= 300),
    online_link          text check (online_link is null or online_link like 'https://%'),
    visible_to_all       boolean not null default false,
    recurrence_frequency varchar(16) check (recurrence_frequency in ('WEEKLY', 'MONTHLY_WEEKDAY', 'MONTHLY_DAY')),
    recurrence_interval  integer check (recurrence_interval between 1 and 12),
    recurrence_until     date,
    recurrence_count     integer check (recurrence_count between 1 and 500),
    demo                 boolean not null default false,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    check ((recurrence_frequency is null) = (recurrence_interval is null)),
    check (recurrence_until is null or recurrence_count is null)
);
create index meeting_starts_idx on meeting (starts_at);

-- The organisations (besides the organiser) that take part and may see the meeting.
create table meeting_participant (
    meeting_id    bigint not null references meeting (id) on delete cascade,
    organisation  varchar(80) not null,
    name          text not null,
    primary key (meeting_id, organisation)
);
create index meeting_participant_org_idx on meeting_participant (organisation);

-- One occurrence of a meeting (for a single meeting: its date), by its scheduled local date.
create table meeting_occurrence (
    id                  bigserial primary key,
    meeting_id          bigint not null references meeting (id) on delete cascade,
    occurs_on           date not null,
    cancelled           boolean not null default false,
    minutes             text not null default '' check (length(minutes) <= 20000),
    minutes_written_by  text,
    minutes_written_at  timestamptz,
    version             integer not null default 0,
    unique (meeting_id, occurs_on)
);

-- Every saved version of the minutes.
create table meeting_minutes_revision (
    id             bigserial primary key,
    occurrence_id  bigint not null references meeting_occurrence (id) on delete cascade,
    revision       integer not null,
    minutes        text not null,
    written_by     text not null,
    written_at     timestamptz not null default now(),
    unique (occurrence_id, revision)
);

-- A decision recorded in the minutes (text; weighted votes are steering's).
create table meeting_decision (
    id             bigserial primary key,
    occurrence_id  bigint not null references meeting_occurrence (id) on delete cascade,
    text           text not null check (length(text) between 1 and 2000),
    recorded_by    text not null,
    recorded_at    timestamptz not null default now()
);

-- An agenda item: free text or a citation of evidence. snapshot_label: what the cited item was
-- when it was cited (shown when it no longer exists).
create table agenda_item (
    id              bigserial primary key,
    occurrence_id   bigint not null references meeting_occurrence (id) on delete cascade,
    position        integer not null,
    kind            varchar(8) not null check (kind in ('TEXT', 'NEED', 'GOAL', 'GAP')),
    title           text not null check (length(title) between 1 and 300),
    note            text not null default '' check (length(note) <= 2000),
    need_id         bigint,
    goal_id         bigint,
    gap_area        varchar(16),
    gap_isco        varchar(4),
    gap_language    varchar(3),
    snapshot_label  text not null default '',
    created_by      text not null,
    created_at      timestamptz not null default now(),
    check ((kind = 'NEED') = (need_id is not null)),
    check ((kind = 'GOAL') = (goal_id is not null)),
    check ((kind = 'GAP') = (gap_area is not null and gap_isco is not null and gap_language is not null))
);
create index agenda_item_occurrence_idx on agenda_item (occurrence_id, position);

-- An action from the minutes: who (a person and an organisation), by when, its status.
create table meeting_action (
    id                  bigserial primary key,
    occurrence_id       bigint not null references meeting_occurrence (id) on delete cascade,
    description         text not null check (length(description) between 1 and 2000),
    owner_name          text not null check (length(owner_name) between 1 and 200),
    owner_organisation  varchar(80) not null,
    owner_organisation_name text not null,
    due_on              date not null,
    status              varchar(12) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    need_id             bigint,
    goal_id             bigint,
    demo                boolean not null default false,
    created_by          text not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index meeting_action_due_idx on meeting_action (status, due_on);

-- A user's secret calendar feed address (only the SHA-256 of the token is kept).
create table calendar_feed_token (
    username     text primary key,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null default now()
);
