package io.storyloom.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A private H2 database per test context, in the same PostgreSQL mode the app uses. */
public final class H2Database {

    private H2Database() {
    }

    /** In memory, kept until the JVM exits. */
    public static void register(DynamicPropertyRegistry registry) {
        inMemory().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The settings of a new in-memory database. */
    static Map<String, Object> inMemory() {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:storyloom-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** The settings of a new database file in a new temporary directory, with the URL settings of the app's default. */
    static Map<String, Object> inFile() {
        String dir = TestFiles.newFolder("storyloom-h2-").toString();
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + dir + "/storyloom"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    }
}
