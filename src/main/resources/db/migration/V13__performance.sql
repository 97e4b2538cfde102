-- Performance (issue 7).
--
-- The data version of the analyses (module insight): one row, bumped in the same transaction as
-- every committed change of a table the analyses read, so a result cached for one version is never
-- served for other data, on any instance of the same database. The bump runs at commit (a deferred
-- constraint trigger), so the row is locked only for that moment, never during a long import, and
-- a rolled-back change bumps nothing. The stamp makes every bump unique even when a restored backup
-- brings back an old counter. The fact tables (labour_market_fact, education_supply,
-- graduate_outcome) change only together with their evidence_source row (an import opens and
-- completes its source in its transaction; a replaced source is deleted with its facts), so their
-- source row's trigger covers them without a trigger per fact row. Backups leave this table out
-- (operations.DatabaseBackup): a restore moves the version forward, never back.
create table data_version (
    id       integer primary key check (id = 1),
    version  bigint not null,
    stamp    timestamptz not null
);
insert into data_version (id, version, stamp) values (1, 0, clock_timestamp());

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, stamp = clock_timestamp() where id = 1;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['evidence_source', 'qualification_occupation', 'qualification', 'isco_group',
                             'region', 'sub_region', 'municipality', 'former_municipality', 'employment_area',
                             'employment_area_member', 'provider', 'workforce_need',
                             'workforce_need_occupation'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row execute function bump_data_version()',
                       t || '_data_version', t);
        -- TRUNCATE (a restore) fires no row trigger: bump at once (a restore runs alone)
        execute format('create trigger %I after truncate on %I for each statement'
                       ' execute function bump_data_version()', t || '_data_version_truncate', t);
    end loop;
end
$$;
