-- Figures (issue 19, items 2-5): the AN2024 ladder in six steps, dated benefit types (general
-- support from 1.5.2026), employment-area membership by year from Statistics Finland's
-- classification, and the source of shipped populations.

-- ---------------------------------------------------------------- AN2024 ladder
-- The seed stopped at 45 % from day 501. The ladder has six steps and reaches one half after day
-- 700. Corrected only where the set still has the old seed's open band (501-, 45 %), so a
-- coordinator's correction stays.
create temporary table figures_an2024_fix as
select s.id
from economy_parameter_set s
join economy_band b on b.parameter_set_id = s.id
where s.model = 'AN2024' and s.valid_from = date '2025-01-01'
  and b.from_day = 501 and b.to_day is null and b.share_percent = 45.00;

update economy_band set to_day = 700
where parameter_set_id in (select id from figures_an2024_fix) and from_day = 501;

insert into economy_band (parameter_set_id, position, from_day, to_day, share_percent)
select id, 6, 701, null, 50.00 from figures_an2024_fix;

update economy_parameter_set
set source = 'Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023 (Act on the financing of'
        || ' unemployment benefits); Kela, tiedote 29.5.2024 (billing from day 101); Turun kaupunki'
        || ' 15.4.2024 (six steps, one half after 700 days)',
    verified = false,
    note = 'To be checked against the statute text. Days 1-100 0 %, 101-200 10 %, 201-300 20 %, 301-400 30 %,'
        || ' 401-500 40 %, 501-700 45 %, over 700 50 %. Daily amount 37.21 EUR in 2025 and 2026 (index'
        || ' freeze); five paid days a week. Counts the labour market subsidy, the basic daily allowance and'
        || ' the basic part of the earnings-related allowance, also when paid during employment-promoting'
        || ' services; from 1.5.2026 the general support benefit.',
    version = version + 1
where id in (select id from figures_an2024_fix);

drop table figures_an2024_fix;

-- ---------------------------------------------------------------- benefit types
-- The benefits whose paid days the home municipality co-finances under AN2024, each in force from
-- valid_from to valid_to (inclusive; null while in force). From 1.5.2026 the general support
-- benefit (yleistuki) replaces the labour market subsidy and the basic daily allowance at the same
-- daily amount; until the statute is confirmed, that the municipal share applies to it in the same
-- bands is an assumption (share_confirmed = false).
create table economy_benefit_type (
    code            varchar(40) not null check (code in ('LABOUR_MARKET_SUBSIDY', 'BASIC_DAILY_ALLOWANCE',
                                                         'EARNINGS_RELATED_BASIC_PART', 'GENERAL_SUPPORT')),
    valid_from      date not null,
    valid_to        date,
    daily_amount    numeric(7, 2) not null check (daily_amount > 0),
    share_confirmed boolean not null,
    source          text not null check (source <> ''),
    primary key (code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

insert into economy_benefit_type (code, valid_from, valid_to, daily_amount, share_confirmed, source)
values ('LABOUR_MARKET_SUBSIDY', date '2025-01-01', date '2026-04-30', 37.21, true,
        'Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023; replaced by general support from 1.5.2026'),
       ('BASIC_DAILY_ALLOWANCE', date '2025-01-01', date '2026-04-30', 37.21, true,
        'Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023; replaced by general support from 1.5.2026'),
       ('EARNINGS_RELATED_BASIC_PART', date '2025-01-01', null, 37.21, true,
        'Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023'),
       ('GENERAL_SUPPORT', date '2026-05-01', null, 37.21, false,
        'Yleistuki (general support) from 1.5.2026 at the daily amount of the benefits it replaces;'
            || ' municipal share in the AN2024 bands assumed until confirmed');

-- ---------------------------------------------------------------- populations
-- The populations shipped before were best-known figures for 2024 of a few municipalities, never
-- checked against StatFin. Real figures for 2000-2022 of every municipality are seeded at startup
-- (area.ShippedPopulations); later years come from StatFin 11ra. The unchecked ones go, unless a
-- coordinator has corrected them.
delete from municipality_population
where version = 0
  and source = 'Statistics Finland, population 31 Dec 2024 (StatFin 11ra) - verify: not yet checked against StatFin';

-- ---------------------------------------------------------------- employment areas
-- Statistics Finland's classification of employment areas (tyollisyysalue): its code per area,
-- and membership dated by year (the classification of each year). employment_area_member stays
-- today's membership, which the coordinator corrects; an import of the classification sets both.
alter table employment_area add column classification_code varchar(3) unique;

create table employment_area_year_member (
    year                smallint not null check (year between 2025 and 2100),
    municipality_code   varchar(3) not null references municipality (code),
    area_id             varchar(64) not null references employment_area (id) on delete cascade,
    source              text not null check (source <> ''),
    primary key (year, municipality_code)
);
create index employment_area_year_member_area_idx on employment_area_year_member (area_id, year);

-- A database seeded before this migration: codes, the two municipalities the classification puts in
-- Kuopio's area (239 Keitele, 402 Lapinlahti, shipped in Ylä-Savo), the names of the two areas that
-- were swapped (the classification's 4 Etelä-Kymenlaakso and 18 Kymppi), and the years 2025 and 2026.
-- A fresh database is empty here and is seeded from referencedata/*.csv at startup.
update employment_area a set classification_code = c.code
from (values ('espoo', '1'), ('etela-hame', '2'), ('etela-karjala', '3'), ('kymppi', '4'),
             ('etela-satakunta', '5'), ('etelainen-keski-suomi', '6'), ('hanko-inkoo-raasepori', '7'),
             ('helsinki', '8'), ('jyvaskyla', '9'), ('kainuu-koillismaa', '10'), ('kerava-sipoo', '11'),
             ('keski-pohjanmaa', '12'), ('keski-savo', '13'), ('keski-uusimaa', '14'),
             ('kirkkonummi-vihti-siuntio', '15'), ('kouvola', '16'), ('kuopio', '17'), ('etela-pohjanmaa', '18'),
             ('lahti', '19'), ('lohja', '20'), ('lantinen-pirkanmaa', '21'), ('meri-lappi', '22'),
             ('mikkeli', '23'), ('oulu', '24'), ('pietarsaari', '25'), ('pohjanmaa', '26'),
             ('pohjoinen-keski-suomi', '27'), ('pohjois-ja-ita-lappi', '28'), ('pohjois-karjala', '29'),
             ('ita-uusimaa', '30'), ('paijat-hame', '31'), ('raahe', '32'), ('rovaniemi', '33'), ('salo', '34'),
             ('satakunta', '35'), ('savonlinna', '36'), ('seinajoki', '37'), ('suupohja', '38'),
             ('tampere', '39'), ('tunturi-lappi-pello', '40'), ('turku', '41'), ('tyohame', '42'),
             ('vantaa', '43'), ('ylivieska', '44'), ('yla-savo', '45')) as c (id, code)
where a.id = c.id;

update employment_area_member set area_id = 'kuopio'
where municipality_code in ('239', '402') and area_id = 'yla-savo'
  and exists (select 1 from employment_area where id = 'kuopio');

update employment_area set name_fi = 'Etelä-Kymenlaakson työllisyysalue',
    name_sv = 'Södra Kymmenedalens sysselsättningsområde', name_en = 'South Kymenlaakso employment area',
    version = version + 1
where id = 'kymppi' and name_fi = 'Kympin työllisyysalue';
update employment_area set name_fi = 'Kympin työllisyysalue', name_sv = 'Kymppi sysselsättningsområde',
    name_en = 'Kymppi employment area', version = version + 1
where id = 'etela-pohjanmaa' and name_fi = 'Etelä-Pohjanmaan työllisyysalue';

update employment_area
set source_note = 'verified: Statistics Finland, classification of employment areas (tyollisyysalue) 2025 and 2026 - members',
    version = version + 1
where classification_code is not null;

insert into employment_area_year_member (year, municipality_code, area_id, source)
select y.year, m.municipality_code, m.area_id,
       'Statistics Finland, classification of employment areas (tyollisyysalue) ' || y.year
from employment_area_member m cross join (values (2025), (2026)) as y (year);
