package io.storyloom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMediaStoreTest {

    private static final byte[] OLD = "old picture".getBytes();
    private static final byte[] NEW = "a new picture, longer than the old one".getBytes();

    @TempDir
    Path root;

    @Test
    void aFullDiskFailsTheWriteAsAStorageProblemAndLeavesNoTemporaryFileNorATornPicture() throws IOException {
        var disk = new FillableDisk(root);
        var store = new FileMediaStore(root, disk);
        store.put("stories/a/page-1.png", OLD, MediaTypes.PNG);

        disk.fill();
        assertThatThrownBy(() -> store.put("stories/a/page-1.png", NEW, MediaTypes.PNG))
                .isInstanceOf(MediaStoreException.class).hasMessageContaining("No space left on device");

        assertThat(disk.temporaryFiles()).isEmpty();
        assertThat(store.get("stories/a/page-1.png").orElseThrow().bytes()).isEqualTo(OLD);
        disk.free();
        store.put("stories/a/page-1.png", NEW, MediaTypes.PNG);
        assertThat(store.get("stories/a/page-1.png").orElseThrow().bytes()).isEqualTo(NEW);
        assertThat(disk.temporaryFiles()).isEmpty();
    }

    @Test
    void aFileWhereADirectoryShouldBeIsAStorageProblem() throws IOException {
        Files.writeString(root.resolve("stories"), "not a directory");
        var store = new FileMediaStore(root);

        assertThatThrownBy(() -> store.put("stories/a/page-1.png", NEW, MediaTypes.PNG))
                .isInstanceOf(MediaStoreException.class).hasMessageContaining("stories/a/page-1.png");
        assertThatThrownBy(() -> store.get("stories/a/page-1.png")).isInstanceOf(MediaStoreException.class);
    }

    @Test
    void aTemporaryFileACrashLeftBehindGoesWithTheNextWriteButOneBeingWrittenStays() throws IOException {
        Path dir = Files.createDirectories(root.resolve("stories/a"));
        Path stale = Files.writeString(dir.resolve(FileMediaStore.TEMP_PREFIX + "1" + FileMediaStore.TEMP_SUFFIX), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path underWay = Files.writeString(dir.resolve(FileMediaStore.TEMP_PREFIX + "2" + FileMediaStore.TEMP_SUFFIX), "ha");

        new FileMediaStore(root).put("stories/a/page-2.png", NEW, MediaTypes.PNG);

        assertThat(stale).doesNotExist();
        assertThat(underWay).exists();
        assertThat(dir.resolve("page-2.png")).hasBinaryContent(NEW);
    }
}
