-- Kela's open data from 1.5.2026 names general support (yleistuki), which replaces the labour
-- market subsidy and the basic daily allowance: a fourth benefit of the Kela facts.
alter table kela_benefit_fact drop constraint if exists kela_benefit_fact_benefit_check;
alter table kela_benefit_fact add constraint kela_benefit_fact_benefit_check check (benefit in
    ('LABOUR_MARKET_SUBSIDY', 'BASIC_ALLOWANCE', 'EARNINGS_RELATED_BASIC', 'GENERAL_SUPPORT'));
