package io.storyloom.generation;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class StoreResiliencePostgresTest extends StoreResilienceContract {

    // The connection that listens for other processes' signals is held on purpose and writes nothing; it
    // listens again on a new one whenever it fails (SignalsTest). The pool's connections are the ones at stake.
    @Override
    String otherSessionsSql() {
        return "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                + " and query not like 'LISTEN %'";
    }

    @Override
    String addFailingCheckSql(String table, String constraint) {
        return "alter table " + table + " add constraint " + constraint + " check (false) not valid";
    }
}
