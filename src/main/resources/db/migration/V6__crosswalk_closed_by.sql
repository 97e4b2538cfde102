-- Crosswalk history names who closed a row as well as who opened it (changed_by): a removal opens
-- no new row, so without this the history could not say who removed an occupation.
alter table qualification_occupation add column closed_by text;
create index qualification_occupation_qualification_idx on qualification_occupation (qualification_code);
