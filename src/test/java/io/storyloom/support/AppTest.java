package io.storyloom.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with real HTTP, its own media directory and the offline models
 * behind a {@link ModelControl}. Each test acts as a new account through an API token ({@link #api}).
 * Subclasses choose the database with {@link TestDatabase}, so classes with no settings of their own share
 * one running app per database; a class with settings of its own adds them with a
 * {@code @DynamicPropertySource} ({@link H2Database} or {@link PostgresDatabase}) and gets its own. A contract
 * run on PostgreSQL runs there only its tests that depend on the database ({@link OnEveryDatabase}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"storyloom.generation.page-concurrency=3", "storyloom.generation.image-width=320",
                "storyloom.generation.image-height=240", "storyloom.quota.stories-per-day=8",
                "storyloom.watchdog.interval=PT1H",
                // Every test client is the same address (loopback): room for the many accounts tests make.
                "storyloom.sign-in.checks-per-address-per-minute=100000",
                "storyloom.sign-in.failures-per-address-per-hour=100000",
                "storyloom.sign-in.sign-ups-per-address-per-hour=100000"})
@Import({ControlledModels.class, RememberedPasswordHashes.class})
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
@ResourceLock(providers = RunningAppLocks.class)
@ExtendWith(DatabaseIndependentTestsOnH2.class)
public abstract class AppTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ModelControl models;

    protected Api api;
    protected String token;
    protected StoryClient stories;

    @DynamicPropertySource
    static void media(DynamicPropertyRegistry registry) {
        Path dir = TestFiles.newFolder("storyloom-media-");
        registry.add("storyloom.media.directory", dir::toString);
    }

    @BeforeEach
    void connect() {
        models.reset();
        token = Users.token(port, Users.signUp(port));
        api = new Api(port).header("Authorization", "Bearer " + token);
        stories = new StoryClient(api);
    }

    @AfterEach
    void letGo() {
        models.open();
    }
}
