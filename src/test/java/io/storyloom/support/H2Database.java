package io.storyloom.support;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A private in-memory H2 database per test class, in the same PostgreSQL mode the app uses. */
public final class H2Database {

    private H2Database() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String name = "storyloom-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
