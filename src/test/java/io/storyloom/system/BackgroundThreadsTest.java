package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.storyloom.support.ThreadPriorities;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    @Test
    void aThreadLowersItsOwnPriorityBeforeItsFirstTaskAndLeavesItsCreatorsAlone() throws InterruptedException {
        ThreadPriorities.assumeLinuxWithRenice();
        int creator = ThreadPriorities.currentThreadNice();
        assumeThat(creator).as("a creator above the background's priority").isLessThan(BackgroundThreads.DEFAULT_NICE);
        var seen = new AtomicInteger(-100);

        Thread thread = BackgroundThreads.factory("test-background-").newThread(
                () -> seen.set(ThreadPriorities.currentThreadNice()));
        thread.start();
        thread.join();

        assertThat(thread.getName()).isEqualTo("test-background-1");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(seen.get()).isEqualTo(BackgroundThreads.DEFAULT_NICE);
        assertThat(ThreadPriorities.currentThreadNice()).isEqualTo(creator);
    }

    @Test
    void zeroKeepsTheCreatorsPriority() throws InterruptedException {
        ThreadPriorities.assumeLinuxWithRenice();
        var seen = new AtomicInteger(-100);

        Thread thread = BackgroundThreads.factory("test-foreground-", 0).newThread(
                () -> seen.set(ThreadPriorities.currentThreadNice()));
        thread.start();
        thread.join();

        assertThat(seen.get()).isEqualTo(ThreadPriorities.currentThreadNice());
    }

    @Test
    void theNiceValueAskedFor() {
        assertThat(BackgroundThreads.nice(null)).isEqualTo(10);
        assertThat(BackgroundThreads.nice("0")).isZero();
        assertThat(BackgroundThreads.nice(" 19 ")).isEqualTo(19);
        assertThat(BackgroundThreads.nice("25")).as("the lowest priority there is").isEqualTo(19);
        assertThat(BackgroundThreads.nice("-5")).as("never above the process's").isEqualTo(10);
        assertThat(BackgroundThreads.nice("low")).isEqualTo(10);
    }
}
