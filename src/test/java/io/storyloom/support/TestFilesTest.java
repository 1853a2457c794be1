package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFilesTest {

    @Test
    void aRunDeletesTheFoldersOfEndedRunsAndKeepsThoseOfRunningOnes(@TempDir Path tmp) throws IOException {
        Process ended = new ProcessBuilder("true").start();
        ended.onExit().join();
        Path left = Files.createDirectories(tmp.resolve(TestFiles.PREFIX + ended.pid()).resolve("storyloom-media-1"));
        Files.writeString(left.resolve("page-1.png"), "a picture");
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path kept = Files.createDirectories(tmp.resolve(TestFiles.PREFIX + running));
        Path other = Files.createDirectories(tmp.resolve("storyloom-tests-notes"));

        Path root = TestFiles.root(tmp);

        assertThat(root).isDirectory().hasFileName(TestFiles.PREFIX + ProcessHandle.current().pid());
        assertThat(tmp.resolve(TestFiles.PREFIX + ended.pid())).doesNotExist();
        assertThat(kept).isDirectory();
        assertThat(other).as("not a test JVM's folder").isDirectory();
    }

    @Test
    void foldersAndFilesAreMadeUnderThisRunsFolder() {
        Path folder = TestFiles.newFolder("storyloom-media-");
        Path file = TestFiles.newFile("narrated-", ".epub");

        assertThat(folder).isDirectory();
        assertThat(folder.getParent()).isEqualTo(file.getParent())
                .hasFileName(TestFiles.PREFIX + ProcessHandle.current().pid());
    }
}
