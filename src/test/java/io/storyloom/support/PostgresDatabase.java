package io.storyloom.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL on 127.0.0.1:5432 (reached through database {@code test}; override with
 * STORYLOOM_TEST_PG_URL), with a fresh database per test class. A database rather than a schema:
 * JobRunr looks for its tables in every schema it can see. Databases are not dropped at exit, while
 * the app may still hold connections, but by a later run once they are a few hours old.
 */
public final class PostgresDatabase {

    public static final String URL = System.getenv().getOrDefault("STORYLOOM_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("STORYLOOM_TEST_PG_USER", "postgres");
    private static final String PREFIX = "storyloom_it_";
    private static final Duration KEEP = Duration.ofHours(3);

    private PostgresDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        fresh().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The settings of a new, empty database. */
    static Map<String, Object> fresh() {
        dropStale();
        String database = create();
        return Map.of("spring.datasource.url", urlOf(database),
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                // Spring keeps up to 32 test contexts alive; with Hikari's default of 10 connections held idle
                // each, a run soon passes PostgreSQL's max_connections (100). Cached contexts shrink to one.
                "spring.datasource.hikari.maximum-pool-size", "8",
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000");
    }

    /** Creates an empty database and returns its name. */
    public static String create() {
        String database = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("create database " + database);
        return database;
    }

    public static String urlOf(String database) {
        return URL.substring(0, URL.lastIndexOf('/') + 1) + database;
    }

    private static void dropStale() {
        long cutoff = Instant.now().minus(KEEP).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var rows = connection.createStatement()
                        .executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        stale.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static IllegalStateException unavailable(SQLException e) {
        return new IllegalStateException("PostgreSQL at " + URL + " is needed for this test: " + e.getMessage(), e);
    }
}
