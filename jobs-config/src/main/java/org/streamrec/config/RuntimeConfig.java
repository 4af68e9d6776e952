package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** How Flink runs the job: parallelism, checkpoints, time. Keys under {@code runtime.}. */
public record RuntimeConfig(
        int parallelism,
        Duration checkpointInterval,
        boolean unalignedCheckpoints,
        String checkpointDir,
        Duration bufferTimeout,
        Duration learningBufferTimeout,
        Duration watermarkOutOfOrderness,
        Duration watermarkIdleness,
        Duration dedupWindow,
        int dedupMaxIds,
        Duration maxFutureSkew) implements Serializable {

    /** The same settings at another parallelism. */
    public RuntimeConfig withParallelism(int p) {
        return new RuntimeConfig(p, checkpointInterval, unalignedCheckpoints, checkpointDir, bufferTimeout, learningBufferTimeout,
                watermarkOutOfOrderness, watermarkIdleness, dedupWindow, dedupMaxIds, maxFutureSkew);
    }

    void validate(Problems p) {
        p.positive("parallelism", parallelism);
        p.positive("checkpointInterval", checkpointInterval);
        p.notBlank("checkpointDir", checkpointDir);
        if (bufferTimeout == null || bufferTimeout.isNegative()) p.add("bufferTimeout", "must be >= 0ms");
        if (learningBufferTimeout == null || learningBufferTimeout.isNegative()) p.add("learningBufferTimeout", "must be >= 0ms");
        p.positive("watermarkOutOfOrderness", watermarkOutOfOrderness);
        p.positive("watermarkIdleness", watermarkIdleness);
        p.positive("dedupWindow", dedupWindow);
        p.positive("dedupMaxIds", dedupMaxIds);
        p.positive("maxFutureSkew", maxFutureSkew);
    }
}
