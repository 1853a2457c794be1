package io.storyloom.ai.http;

import java.time.Duration;

/**
 * How long one provider call may take and whether a timed-out attempt is made again.
 *
 * @param readTimeout   how long one attempt waits for an answer once connected
 * @param deadline      the longest the whole call may take, waits and retries included: no attempt is begun
 *                      that could not end before it
 * @param retryTimeouts make another attempt after a read timeout; off for billed calls (pictures), where the
 *                      provider may have done, and charged for, the work it did not deliver in time
 */
public record CallPolicy(Duration readTimeout, Duration deadline, boolean retryTimeouts) {
}
