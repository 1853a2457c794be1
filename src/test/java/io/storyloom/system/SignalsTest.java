package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.PostgresDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals between processes: two {@link Signals} on one PostgreSQL database stand for two processes.
 * A signal reaches the other, only once its transaction commits; a listener whose connection is cut
 * hears that it may have missed some and then hears new ones again. On H2 nothing is sent.
 */
class SignalsTest {

    private final String url = PostgresDatabase.urlOf(PostgresDatabase.create());

    @Test
    void aSignalReachesTheOtherProcessWhenItsTransactionCommits() {
        List<String> heard = new CopyOnWriteArrayList<>();
        var listening = new Signals(postgres());
        listening.listen("storyloom_test", heard::add, () -> { });
        var sending = new Signals(postgres());
        listening.start();
        try {
            assertThat(listening.live()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(listening::connected);
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(sending.dataSource()));

            transactions.executeWithoutResult(tx -> {
                sending.send("storyloom_test", "rolled back");
                tx.setRollbackOnly();
            });
            transactions.executeWithoutResult(tx -> sending.send("storyloom_test", "committed"));
            sending.send("storyloom_test", "outside a transaction");

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() >= 2);
            assertThat(heard).containsExactly("committed", "outside a transaction");
        } finally {
            listening.stop();
        }
    }

    @Test
    void aListenerWhoseConnectionIsCutHearsItMayHaveMissedSomeAndListensAgain() {
        List<String> heard = new CopyOnWriteArrayList<>();
        var missed = new AtomicInteger();
        var listening = new Signals(postgres());
        listening.listen("storyloom_test", heard::add, missed::incrementAndGet);
        listening.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> missed.get() == 1);
            JdbcClient.create(postgres()).sql("""
                    select pg_terminate_backend(pid) from pg_stat_activity
                    where datname = current_database() and query like 'LISTEN%'
                    """).query((rs, row) -> row).list();

            await().atMost(Duration.ofSeconds(30)).until(() -> missed.get() == 2 && listening.connected());
            new Signals(postgres()).send("storyloom_test", "after the cut");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("after the cut"));
        } finally {
            listening.stop();
        }
    }

    @Test
    void onH2NothingCrossesProcessesAndCallersKeepPolling() {
        var h2 = new DriverManagerDataSource("jdbc:h2:mem:signals;MODE=PostgreSQL", "sa", "");
        var signals = new Signals(h2);
        List<String> heard = new CopyOnWriteArrayList<>();
        signals.listen("storyloom_test", heard::add, () -> heard.add("missed"));
        signals.start();
        signals.send("storyloom_test", "nobody hears this");
        signals.stop();
        assertThat(signals.live()).isFalse();
        assertThat(signals.connected()).isFalse();
        assertThat(heard).isEmpty();
    }

    private DriverManagerDataSource postgres() {
        return new DriverManagerDataSource(url, PostgresDatabase.USER, "");
    }
}
