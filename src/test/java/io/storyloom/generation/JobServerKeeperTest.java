package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import java.time.Duration;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A job server JobRunr stopped on its own (as after an unrecoverable error) is started again and makes books. */
@TestDatabase(TestDatabase.Kind.H2)
class JobServerKeeperTest extends AppTest {

    @Autowired
    BackgroundJobServer server;

    @Test
    void aStoppedJobServerIsStartedAgainAndMakesTheBooksAskedForMeanwhile() {
        server.stop();
        assertThat(server.isRunning()).isFalse();
        String id = stories.create("Kai", 1);

        await().atMost(Duration.ofSeconds(30)).until(server::isRunning);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
    }
}
