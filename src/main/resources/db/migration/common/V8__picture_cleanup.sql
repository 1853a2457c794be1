-- Pictures to delete from the media store (file or S3) because the rows naming them are gone: a deleted
-- book or account. Written in the transaction that deletes the rows; the pictures go once it commits,
-- and once more a little later, for a picture a stopping job stored meanwhile. A failed deletion stays
-- here and is tried again. Portable SQL: PostgreSQL and H2 (PostgreSQL mode).

create table picture_cleanup (
    prefix          varchar(300)             primary key,  -- e.g. stories/<story id>/
    requested_at    timestamp with time zone not null,
    attempts        integer                  not null default 0,
    next_attempt_at timestamp with time zone not null
);

create index picture_cleanup_due on picture_cleanup (next_attempt_at);
