-- H2 has no trigram index; a plain index still serves prefix searches.
create index story_search_text on story (search_text);
