package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aMinutesWorthGoesAtOnceThenOneEveryInterval() {
        var bucket = new TokenBucket(6, now::get); // one token every 10 s

        for (int i = 0; i < 6; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        assertThat(bucket.nanosUntilToken()).isEqualTo(TimeUnit.SECONDS.toNanos(10));

        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        assertThat(bucket.nanosUntilToken()).isEqualTo(TimeUnit.SECONDS.toNanos(5));
        now.addAndGet(TimeUnit.SECONDS.toNanos(25)); // 30 s in all: three tokens
        assertThat(bucket.nanosUntilToken()).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        assertThat(bucket.nanosUntilToken()).isEqualTo(TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void anIdleBucketFillsUpToItsSizeAndNoMore() {
        var bucket = new TokenBucket(2, now::get);
        bucket.tryTake();
        bucket.tryTake();

        now.addAndGet(TimeUnit.MINUTES.toNanos(10));

        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        assertThat(bucket.nanosUntilToken()).isEqualTo(TimeUnit.SECONDS.toNanos(30));
    }
}
