-- Login throttling by client address and by account together (module account). Replaces the
-- per-account lock of V1 (app_user.failed_logins / locked_until), which anyone could keep locked.
-- kind ACCOUNT: subject = lower(user name); failures in a row, each over the free ones doubling the
--   delay before the next attempt is checked (blocked_until).
-- kind ADDRESS: subject = client address (IPv6 by its /64); failures from it; blocked_until = the
--   hard block. Both counters expire with their block (and a while after the last failure).
-- kind KNOWN: subject = lower(user name) || ' ' || address where the account last signed in:
--   that address is not held up by the account's delay (only by its own block).
-- Live state, not data: left out of backups (operations.DatabaseBackup).
create table login_throttle (
    kind          varchar(8) not null check (kind in ('ACCOUNT', 'ADDRESS', 'KNOWN')),
    subject       varchar(200) not null,
    failures      integer not null default 0,
    last_at       timestamptz not null,
    blocked_until timestamptz,
    alerted_at    timestamptz,
    primary key (kind, subject)
);
create index login_throttle_last_at on login_throttle (last_at);

alter table app_user drop column failed_logins, drop column locked_until;
