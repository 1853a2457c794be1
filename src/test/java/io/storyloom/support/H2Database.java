package io.storyloom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A private H2 database per test class, in the same PostgreSQL mode the app uses. */
public final class H2Database {

    private H2Database() {
    }

    /** In memory, kept until the JVM exits. */
    public static void register(DynamicPropertyRegistry registry) {
        String name = "storyloom-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** A database file in a new temporary directory, with the URL settings of the app's default. */
    public static void registerFile(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("storyloom-h2-").toString();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir + "/storyloom"
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
