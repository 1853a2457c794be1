-- Substring search on title, child's name and meta: a trigram index where the extension can be
-- created, otherwise the query still works, only without the index.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index story_search_text on story using gin (search_text gin_trgm_ops)';
exception when others then
    raise notice 'pg_trgm unavailable (%), story search runs without a trigram index', sqlerrm;
    execute 'create index story_search_text on story (search_text)';
end
$$;
