package io.storyloom.generation;

import io.storyloom.support.OnEveryDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.story.StoryProgress;
import io.storyloom.support.AppTest;
import io.storyloom.support.EventStream;
import io.storyloom.support.ModelControl;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cancelling, the watchdog, and the live event stream, in one process. */
@OnEveryDatabase
abstract class StopAndRescueContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<StateName> ENDED = EnumSet.of(StateName.SUCCEEDED, StateName.FAILED, StateName.DELETED);

    @Autowired
    Watchdog watchdog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageProvider jobs;

    @Autowired
    RunningGenerations running;

    @Autowired
    StoryProgress progress;

    @Test
    void cancelStopsTheWorkAtOnceAndRetryResumesIt() {
        models.hold();
        String id = stories.create("Cara", 4);
        ModelControl.Call call = models.nextCall();
        while (!call.name().equals("IMAGE_PAGE")) {
            call.proceed();
            call = models.nextCall();
        }
        var cancelled = api.post("/stories/" + id + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(cancelled.json().get("status_message").asString()).isEqualTo("Cancelled");
        assertThat(cancelled.json().get("stopped").asBoolean()).as("stopped by its parent").isTrue();

        // The held picture calls are interrupted at once and the job ends; no provider call followed.
        await().atMost(Duration.ofSeconds(2)).until(() -> models.interrupted() >= 1);
        int arrived = models.arrived();
        awaitJobEnded(id);
        assertThat(models.arrived()).isEqualTo(arrived);
        assertThat(models.succeeded("IMAGE_PAGE")).isZero();
        assertThat(stories.status(id).get("status_message").asString()).isEqualTo("Cancelled");
        assertThat(stories.status(id).get("stopped").asBoolean()).isTrue();
        assertThat(api.post("/stories/" + id + "/cancel", null).status()).isEqualTo(409);

        models.open();
        assertThat(api.post("/stories/" + id + "/retry", null).status()).isEqualTo(202);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        assertThat(models.succeeded("IMAGE_PAGE")).isEqualTo(4);
    }

    @Test
    void aRunThatCompletedItsStoryIsNotStoppedAsUnwanted() {
        models.hold();
        String id = stories.create("Rhea", 3);
        ModelControl.Call outline = models.nextCall();
        // A run of the story's attempt writes COMPLETE; until it is unregistered the story reads as ended.
        var run = new GenerationRun(UUID.fromString(id), 1, null, progress, null);
        running.register(run);
        try {
            run.complete();
            running.stopUnwanted();
            assertThat(run.isStopped()).as("a finished run is not stopped as cancelled").isFalse();
        } finally {
            running.unregister(run);
        }
        models.open();
        outline.proceed();
        awaitJobEnded(id);
        assertThat(stories.status(id).get("status").asString()).isEqualTo("COMPLETE");
    }

    @Test
    void theWatchdogRestartsAStoryWhoseJobVanished() {
        models.hold();
        String id = stories.create("Wanda", 3);
        ModelControl.Call outline = models.nextCall();
        // The job is lost (its queue entry gone) and nothing has moved for a while.
        jdbc.sql("update story set job_id = ?, updated_at = updated_at - interval '5' minute where id = ?")
                .params(UUID.randomUUID(), UUID.fromString(id)).update();

        watchdog.check();
        assertThat(stories.history(id)).containsSubsequence("GENERATING_OUTLINE", "PENDING");
        models.open();
        outline.proceed();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        JsonNode history = api.get("/stories/" + id + "/history").json();
        assertThat(history.get("statuses").valueStream()
                .filter(s -> s.get("actor").asString().equals("watchdog")).findFirst().orElseThrow()
                .get("status_message").asString()).isEqualTo("Picking up where it stopped");
        assertThat(history.get("edits").valueStream().filter(e -> e.get("kind").asString().equals("DRAWN")).count())
                .isEqualTo(3);
        assertThat(history.get("edits").valueStream().filter(e -> e.get("kind").asString().equals("WRITTEN")).count())
                .isEqualTo(3);
    }

    @Test
    void theWatchdogEndsAStoryThatKeepsGettingStuck() {
        models.hold();
        String id = stories.create("Stella", 2);
        ModelControl.Call outline = models.nextCall();
        jdbc.sql("update story set watchdog_restarts = 2, updated_at = updated_at - interval '20' minute where id = ?")
                .param(UUID.fromString(id)).update();

        watchdog.check();
        JsonNode end = stories.status(id);
        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("got stuck", "Retry");
        assertThat(end.get("stopped").asBoolean()).as("not stopped by its parent").isFalse();
        models.open();
        outline.proceed();
        // The job that was still running ends without touching the ended story.
        awaitJobEnded(id);
        assertThat(stories.status(id).get("status").asString()).isEqualTo("FAILED");
        assertThat(stories.history(id)).endsWith("FAILED");
    }

    @Test
    void aFreshStoryWithALiveJobIsLeftAlone() {
        models.hold();
        String id = stories.create("Fred", 1);
        ModelControl.Call outline = models.nextCall();
        watchdog.check();
        assertThat(stories.history(id)).containsExactly("PENDING", "GENERATING_OUTLINE");
        models.open();
        outline.proceed();
        stories.awaitEnd(id);
    }

    @Test
    void theEventStreamPushesEveryStatusInOrderAndResumesFromLastEventId() {
        models.hold();
        String id = stories.create("Eve", 3);
        String url = "http://localhost:" + port + "/stories/" + id + "/events";
        EventStream stream = EventStream.open(url, token);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.named("status").isEmpty());
        models.open();
        await().atMost(Duration.ofSeconds(30)).until(stream::isEnded);

        assertThat(stream.status()).isEqualTo(200);
        List<String> pushed = stream.named("status").stream()
                .map(e -> JSON.readTree(e.data()).get("status").asString()).toList();
        List<String> history = stories.history(id);
        assertThat(pushed.getFirst()).isIn("PENDING", "GENERATING_OUTLINE");
        assertThat(history).endsWith(pushed.toArray(String[]::new));
        assertThat(pushed).contains("GENERATING_PAGE_IMAGE_1", "GENERATING_PAGE_IMAGE_2", "GENERATING_PAGE_IMAGE_3")
                .endsWith("COMPLETE");
        JsonNode last = JSON.readTree(stream.named("status").getLast().data());
        assertThat(last.get("progress").get("pages_done").asInt()).isEqualTo(3);

        // Reconnecting after the third event replays exactly what came after it.
        var third = stream.named("status").get(2);
        EventStream resumed = EventStream.resume(url, token, third.id());
        await().atMost(Duration.ofSeconds(10)).until(resumed::isEnded);
        assertThat(resumed.named("status").stream().map(EventStream.Event::id).toList())
                .isEqualTo(stream.named("status").stream().skip(3).map(EventStream.Event::id).toList());
    }

    @Test
    void anotherAccountCannotListenToTheStream() {
        String id = stories.create("Ivo", 1);
        stories.awaitEnd(id);
        String stranger = io.storyloom.support.Users.token(port, io.storyloom.support.Users.signUp(port));
        EventStream stream = EventStream.open("http://localhost:" + port + "/stories/" + id + "/events", stranger);
        await().atMost(Duration.ofSeconds(10)).until(stream::isEnded);
        assertThat(stream.status()).isEqualTo(404);
    }

    /** Waits until the story's generation job has ended in JobRunr: nothing of that job runs after it. */
    private void awaitJobEnded(String storyId) {
        UUID jobId = jdbc.sql("select job_id from story where id = ?").param(UUID.fromString(storyId))
                .query(UUID.class).single();
        await().atMost(Duration.ofSeconds(10)).until(() -> ENDED.contains(jobs.getJobById(jobId).getState()));
    }
}
