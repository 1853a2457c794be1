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
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(10));
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(20)); // queued behind the one before

        now.addAndGet(TimeUnit.SECONDS.toNanos(30));
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(0));
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void anIdleBucketFillsUpToItsSizeAndNoMore() {
        var bucket = new TokenBucket(2, now::get);
        bucket.reserve();
        bucket.reserve();

        now.addAndGet(TimeUnit.MINUTES.toNanos(10));

        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(30));
    }
}
