package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request never holds its database connection while it waits for another. Where one did (the job
 * queue written after the request's commit, while the request still held its connection), a burst of
 * as many book requests as the pool has connections each held one and waited for a second until the
 * pool gave up (30 s), and JobRunr, starved too, stopped its job server. Here the pool has two
 * connections and the test holds one, as the rest of a busy pool would be: each request must still
 * be answered and its work done.
 */
@TestDatabase(TestDatabase.Kind.H2)
class OneConnectionTest extends AppTest {

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void twoConnections(DynamicPropertyRegistry registry) {
        // Flyway needs two at start-up
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "2");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
    }

    @Test
    void aBookIsQueuedRetriedAndDeletedWithOneConnectionFree() {
        models.failCall("IMAGE_PAGE", 1);
        String id = withOneConnectionFree(() -> stories.create("Olga", 2));
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("FAILED");

        int retried = withOneConnectionFree(() -> api.post("/stories/" + id + "/retry", null).status());
        assertThat(retried).isEqualTo(202);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        int deleted = withOneConnectionFree(() -> api.delete("/stories/" + id).status());
        assertThat(deleted).isEqualTo(204);
        assertThat(api.get("/stories/" + id).status()).isEqualTo(404);
    }

    /** The answer of the request, made while this test holds one of the pool's two connections. */
    private <T> T withOneConnectionFree(Supplier<T> request) {
        try (Connection held = dataSource.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            return request.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
