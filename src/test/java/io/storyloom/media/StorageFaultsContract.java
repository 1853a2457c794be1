package io.storyloom.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.AppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * A media store that is full or cannot be written to fails the book saying so, leaves no half-written
 * file behind, and the book is finished by Retry once the store is fixed.
 */
@Import(StorageFaultsContract.Disk.class)
abstract class StorageFaultsContract extends AppTest {

    @Autowired
    private FillableDisk disk;

    @Test
    void aFullDiskFailsTheBookSayingStorageIsTheProblemAndRetryFinishesItOnceThereIsRoom() throws IOException {
        disk.fill();
        String id = stories.create("Noor", 2);

        JsonNode failed = stories.awaitEnd(id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertSaysStorageIsTheProblem(failed.get("status_message").asString());
        assertThat(disk.temporaryFiles()).isEmpty();

        disk.free();
        retryUntilComplete(id);
        assertThat(disk.temporaryFiles()).isEmpty();
    }

    @Test
    void anUnwritableDirectoryFailsTheBookSayingSoAndRetryFinishesItOnceFixed() throws IOException {
        models.hold(); // the book waits at its first model call while its directory is spoiled
        String id = stories.create("Ravi", 1);
        Path bookDirectory = disk.root().resolve("stories").resolve(id);
        Files.createDirectories(bookDirectory.getParent());
        Files.writeString(bookDirectory, "a file where the book's directory should be");
        models.open();

        JsonNode failed = stories.awaitEnd(id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertSaysStorageIsTheProblem(failed.get("status_message").asString());
        assertThat(disk.temporaryFiles()).isEmpty();

        Files.delete(bookDirectory);
        retryUntilComplete(id);
        assertThat(disk.temporaryFiles()).isEmpty();
    }

    private static void assertSaysStorageIsTheProblem(String message) {
        assertThat(message).contains("storage").contains("full or cannot be written to").contains("Retry")
                .doesNotContain("Something went wrong");
    }

    private void retryUntilComplete(String id) {
        var retried = api.post("/stories/" + id + "/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        JsonNode book = stories.book(id);
        for (JsonNode page : book.get("pages")) {
            assertThat(api.get(page.get("image_url").asString()).status()).isEqualTo(200);
        }
    }

    /** The app's file store, on a disk the test can fill; it takes the place of the configured one. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Disk {

        @Bean
        FillableDisk fillableDisk(@Value("${storyloom.media.directory}") Path directory) {
            return new FillableDisk(directory.toAbsolutePath().normalize());
        }

        @Bean
        @Primary
        MediaStore fillableDiskStore(FillableDisk disk) {
            return new FileMediaStore(disk.root(), disk);
        }
    }
}
