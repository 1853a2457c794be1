-- Accounts, their API tokens, sign-in throttling, and share links for finished books.

create table account (
    id            uuid                     primary key,
    email         varchar(254)             not null,  -- stored lower-case
    display_name  varchar(60)              not null,
    password_hash varchar(200)             not null,
    created_at    timestamp with time zone not null
);

create unique index account_email on account (email);

alter table story add constraint story_owner foreign key (owner_id) references account (id) on delete cascade;

create table api_token (
    id           uuid                     primary key,
    account_id   uuid                     not null references account (id) on delete cascade,
    name         varchar(60)              not null,
    token_hash   varchar(64)              not null,  -- SHA-256 of the token, hex; the token itself is never stored
    token_hint   varchar(12)              not null,  -- the token's first characters, to recognise it in a list
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create unique index api_token_hash on api_token (token_hash);
create index api_token_account on api_token (account_id);

-- Failed sign-ins per email, to slow down password guessing across every web process.
create table sign_in_throttle (
    email        varchar(254)             primary key,
    failures     integer                  not null,
    locked_until timestamp with time zone,
    updated_at   timestamp with time zone not null
);

create table share_link (
    id         uuid                     primary key,
    story_id   uuid                     not null references story (id) on delete cascade,
    token_hash varchar(64)              not null,
    created_by varchar(254)             not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);

create unique index share_link_hash on share_link (token_hash);
create index share_link_story on share_link (story_id);
