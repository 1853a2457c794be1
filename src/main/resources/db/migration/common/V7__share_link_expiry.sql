-- A share link may end on its own: after expires_at it opens nothing, like a revoked one.
-- Null: the link works until it is revoked. Portable SQL: PostgreSQL and H2 (PostgreSQL mode).

alter table share_link add column expires_at timestamp with time zone;
