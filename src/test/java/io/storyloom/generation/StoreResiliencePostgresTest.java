package io.storyloom.generation;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class StoreResiliencePostgresTest extends StoreResilienceContract {

    @Override
    String otherSessionsSql() {
        return "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()";
    }

    @Override
    String addFailingCheckSql(String table, String constraint) {
        return "alter table " + table + " add constraint " + constraint + " check (false) not valid";
    }
}
