-- Narrated books. book_narration: the voice and speed a book asked for (none: the configured defaults).
-- page_narration: each page's recording in the media store and when each of its sentences is heard, with
-- the fingerprint of what it was made from (text, voice, speed), so a changed page is narrated again.
-- Portable SQL: PostgreSQL and H2 (PostgreSQL mode).

create table book_narration (
    story_id uuid         primary key references story (id) on delete cascade,
    voice    varchar(64),
    speed    numeric(3, 2)
);

create table page_narration (
    story_id    uuid                     not null references story (id) on delete cascade,
    page_number integer                  not null,
    fingerprint varchar(64)              not null,
    audio_key   varchar(300)             not null,
    media_type  varchar(50)              not null,
    duration_ms bigint                   not null,
    sentences   text                     not null,  -- JSON: [{"start","end","begin_ms","end_ms"}, ...]
    voice       varchar(64)              not null,
    speed       numeric(3, 2)            not null,
    model       varchar(100)             not null,
    characters  integer                  not null,
    narrated_at timestamp with time zone not null,
    primary key (story_id, page_number)
);

-- What narration cost, counted like pictures: characters read aloud for the book, re-narrations included.
alter table story add column narration_characters bigint not null default 0;
