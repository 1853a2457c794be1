package io.storyloom.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL on 127.0.0.1:5432 (database {@code test}, override with STORYLOOM_TEST_PG_URL),
 * with a fresh schema per test class so runs never see each other's rows, dropped when the JVM ends.
 */
public final class PostgresDatabase {

    public static final String URL = System.getenv().getOrDefault("STORYLOOM_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("STORYLOOM_TEST_PG_USER", "postgres");

    private PostgresDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop schema if exists " + schema + " cascade")));
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " is needed for this test: " + e.getMessage(), e);
        }
    }
}
