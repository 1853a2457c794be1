-- Which queued job is working on a story's current attempt, and how often the watchdog restarted it,
-- so a story whose job vanished or stalled is picked up again, a bounded number of times.

alter table story add column job_id uuid;
alter table story add column watchdog_restarts integer not null default 0;
