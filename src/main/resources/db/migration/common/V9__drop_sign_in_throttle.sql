-- Sign-in limits are counted in memory with Bucket4j now (account/SignInThrottle); the old per-email lock table is unused.
drop table if exists sign_in_throttle;
