-- The same allowed values as before, written as "= any (array[...])" instead of "in (...)".
--
-- Why: H2 2.4 compiles a check "x in ('A', 'B')" into a sorted set whose comparator is the session (the
-- pooled connection) that ran the DDL, and keeps it while the database stays open. Flyway runs on a pooled
-- connection; once the pool retires it (HikariCP's max-lifetime, 30 min) every write to story, page or
-- page_revision failed with "Check constraint invalid ... The database has been closed" until the next
-- restart, when H2 compiles stored constraints again on its own never-closing session
-- (h2database issues 4291, 4302; fixed after 2.4.240). "= any (array[...])" is evaluated with the
-- session of each statement, and is what PostgreSQL itself stores for an IN list.
-- New check constraints: no "in (...)" lists, for the same reason.

alter table story drop constraint story_source;
alter table story add constraint story_source check (source = any (array['AI', 'USER']));

alter table page drop constraint page_source;
alter table page add constraint page_source check (source = any (array['AI', 'USER']));

alter table page_revision drop constraint page_revision_kind;
alter table page_revision add constraint page_revision_kind
    check (kind = any (array['WRITTEN', 'EDITED', 'RESTORED', 'DRAWN', 'REDRAWN']));

alter table page_revision drop constraint page_revision_source;
alter table page_revision add constraint page_revision_source check (source = any (array['AI', 'USER']));
