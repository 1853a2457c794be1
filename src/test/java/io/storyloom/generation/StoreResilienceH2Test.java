package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** On an H2 database file, as the app's default is. */
@TestDatabase(TestDatabase.Kind.H2_FILE)
class StoreResilienceH2Test extends StoreResilienceContract {

    /** H2 2.4 ties an IN-list check to the connection that created it (see V5_1); none may come back. */
    @Test
    void noCheckConstraintIsAnInList() {
        assertThat(jdbc.sql("select constraint_name || ': ' || check_clause from information_schema.check_constraints")
                .query(String.class).list()).isNotEmpty().noneMatch(check -> check.contains(" IN("));
    }

    @Override
    String otherSessionsSql() {
        return "select session_id from information_schema.sessions where session_id <> session_id()";
    }

    @Override
    String addFailingCheckSql(String table, String constraint) {
        return "alter table " + table + " add constraint " + constraint + " check (false) nocheck";
    }
}
