package io.storyloom.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other processes sharing the database that something changed (a token was revoked, a story
 * has a new status), so they drop what they cached at once. On PostgreSQL this is {@code LISTEN/NOTIFY}:
 * a signal sent inside a transaction is delivered when it commits, to every process listening on the
 * channel, over one connection each process keeps for it. On H2 (one process) nothing crosses processes,
 * {@link #live()} is false, and callers keep their polling.
 *
 * <p>A signal lost while the listening connection was down cannot be replayed, so after every
 * (re)connection each listener's {@code missed} callback runs: it drops or re-reads everything.
 */
@Component
public class Signals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Signals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z_]{0,62}");
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean connected;
    private Thread thread;

    public Signals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** True when signals reach the other processes (PostgreSQL); false on H2, where callers poll. */
    public boolean live() {
        return postgres;
    }

    /** True while the listening connection is up (always false on H2). */
    public boolean connected() {
        return connected;
    }

    /**
     * Sends a signal to every process listening on the channel, this one included. Inside a transaction it
     * goes out when the transaction commits, and not at all if it rolls back.
     */
    public void send(String channel, String payload) {
        if (postgres) {
            jdbc.sql("select pg_notify(?, ?)").params(checked(channel), payload).query((rs, row) -> row).list();
        }
    }

    /**
     * Calls {@code handler} with the payload of each signal on the channel, on the listening thread (keep it
     * short), and {@code missed} after each (re)connection, when signals may have been lost. Register before
     * the application has started.
     */
    public void listen(String channel, Consumer<String> handler, Runnable missed) {
        if (thread != null) {
            throw new IllegalStateException("Listen on " + channel + " before the application starts");
        }
        listeners.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>())
                .add(new Listener(handler, missed));
    }

    @Override
    public synchronized void start() {
        running = true;
        if (postgres && !listeners.isEmpty()) {
            thread = Thread.ofPlatform().name("signals").daemon().start(this::listenLoop);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(WAIT.multipliedBy(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenLoop() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (String channel : listeners.keySet()) {
                        statement.execute("LISTEN " + channel); // names checked against CHANNEL
                    }
                }
                connected = true;
                backoff = Duration.ofMillis(100);
                listeners.values().forEach(list -> list.forEach(l -> safely(l.missed())));
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications((int) WAIT.toMillis());
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification signal : received) {
                        for (Listener l : listeners.getOrDefault(signal.getName(), List.of())) {
                            safely(() -> l.handler().accept(signal.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (running) {
                    log.warn("Listening for signals from other processes failed; retrying in {}", backoff, e);
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        }
        connected = false;
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A signal handler failed", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    private record Listener(Consumer<String> handler, Runnable missed) {
    }
}
