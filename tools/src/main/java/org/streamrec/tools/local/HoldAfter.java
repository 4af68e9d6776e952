package org.streamrec.tools.local;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiter;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource.NumberSequenceSplit;

/**
 * Lets each source reader emit {@code limit} records, at full speed or at a pace, then holds it
 * without ending the input: the job keeps running and can still take checkpoints with all its
 * state, which a finished bounded source would not allow (finished operators checkpoint no state).
 */
public final class HoldAfter implements RateLimiterStrategy<NumberSequenceSplit> {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final RateLimiterStrategy<NumberSequenceSplit> pace;

    /** {@code limit} records at full speed. */
    public HoldAfter(long limit) {
        this(limit, RateLimiterStrategy.noOp());
    }

    /** {@code limit} records, {@code perSecond} a second (per reader, as the parallelism shares it). */
    public HoldAfter(long limit, double perSecond) {
        this(limit, RateLimiterStrategy.perSecond(perSecond));
    }

    private HoldAfter(long limit, RateLimiterStrategy<NumberSequenceSplit> pace) {
        this.limit = limit;
        this.pace = pace;
    }

    @Override
    public RateLimiter<NumberSequenceSplit> createRateLimiter(int parallelism) {
        RateLimiter<NumberSequenceSplit> paced = pace.createRateLimiter(parallelism);
        return new RateLimiter<>() {
            private final CompletableFuture<Void> never = new CompletableFuture<>();
            private long granted;

            @Override
            public CompletionStage<Void> acquire(int permits) {
                if (granted >= limit) return never;
                granted += permits;
                return paced.acquire(permits);
            }
        };
    }
}
