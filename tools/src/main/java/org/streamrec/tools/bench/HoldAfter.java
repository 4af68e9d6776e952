package org.streamrec.tools.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiter;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource.NumberSequenceSplit;

/**
 * Lets each source reader emit {@code limit} records at full speed, then holds it without ending
 * the input: the job keeps running and can still take checkpoints with all its state, which a
 * finished bounded source would not allow (finished operators checkpoint no state).
 */
final class HoldAfter implements RateLimiterStrategy<NumberSequenceSplit> {
    private static final long serialVersionUID = 1L;

    private final long limit;

    HoldAfter(long limit) {
        this.limit = limit;
    }

    @Override
    public RateLimiter<NumberSequenceSplit> createRateLimiter(int parallelism) {
        return new RateLimiter<>() {
            private final CompletableFuture<Void> never = new CompletableFuture<>();
            private long granted;

            @Override
            public CompletionStage<Void> acquire(int permits) {
                if (granted >= limit) return never;
                granted += permits;
                return CompletableFuture.completedFuture(null);
            }
        };
    }
}
