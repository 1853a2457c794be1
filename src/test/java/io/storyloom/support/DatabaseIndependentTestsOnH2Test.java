package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class DatabaseIndependentTestsOnH2Test {

    @Test
    void onPostgresAContractRunsOnlyItsDatabaseSpecificTestsAndTheClassesOwn() {
        assertThat(run(OnPostgres.class)).containsExactlyInAnyOrder("ran dependsOnTheDatabase",
                "skipped checksTheWeb: database-independent: Contract runs it on H2", "ran ownTest");
    }

    @Test
    void onH2EveryTestOfTheContractRuns() {
        assertThat(run(OnH2.class)).containsExactlyInAnyOrder("ran dependsOnTheDatabase", "ran checksTheWeb");
    }

    @Test
    void onPostgresEveryTestOfAContractMarkedAsAWholeRuns() {
        assertThat(run(WholeOnPostgres.class)).containsExactlyInAnyOrder("ran dependsOnTheDatabase",
                "ran checksTheWeb");
    }

    /** What happened to each test of the class, run by a launcher of its own. */
    private static List<String> run(Class<?> testClass) {
        List<String> outcomes = new ArrayList<>();
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    outcomes.add("skipped " + name(test) + ": " + reason);
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    outcomes.add((result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "ran " : "failed ")
                            + name(test));
                }
            }
        });
        return outcomes;
    }

    private static String name(TestIdentifier test) {
        return test.getDisplayName().replace("()", "");
    }

    @ExtendWith(DatabaseIndependentTestsOnH2.class)
    abstract static class Contract {

        @OnEveryDatabase
        @Test
        void dependsOnTheDatabase() {
        }

        @Test
        void checksTheWeb() {
        }
    }

    @TestDatabase(TestDatabase.Kind.POSTGRES)
    static class OnPostgres extends Contract {

        @Test
        void ownTest() {
        }
    }

    @TestDatabase(TestDatabase.Kind.H2)
    static class OnH2 extends Contract {
    }

    @OnEveryDatabase
    abstract static class WholeContract extends Contract {
    }

    @TestDatabase(TestDatabase.Kind.POSTGRES)
    static class WholeOnPostgres extends WholeContract {
    }
}
