package io.storyloom.generation;

import io.storyloom.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class StoreResiliencePostgresTest extends StoreResilienceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    String otherSessionsSql() {
        return "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()";
    }

    @Override
    String addFailingCheckSql(String table, String constraint) {
        return "alter table " + table + " add constraint " + constraint + " check (false) not valid";
    }
}
