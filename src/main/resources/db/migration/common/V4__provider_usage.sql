-- What making each story cost at the providers: tokens, language model calls and pictures.
-- Counted up atomically as the pipeline goes (pages run concurrently); kept across retries, since a
-- retry's calls cost as much as the first attempt's. Portable SQL: PostgreSQL and H2 (PostgreSQL mode).

alter table story add column tokens_prompt bigint not null default 0;
alter table story add column tokens_completion bigint not null default 0;
alter table story add column text_calls integer not null default 0;
alter table story add column images_generated integer not null default 0;
