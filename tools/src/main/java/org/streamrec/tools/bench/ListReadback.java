package org.streamrec.tools.bench;

import java.util.function.Consumer;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.roundtrip.OutputWatcher;

/**
 * What the bench does with the job's output read back from Kafka: each list goes to {@code onList};
 * a dead letter means the workload was not what the bench claims, and {@link #check} then fails.
 */
final class ListReadback implements OutputWatcher.Listener {
    private final Consumer<Recommendation> onList;
    private volatile String deadLetter;

    ListReadback(Consumer<Recommendation> onList) {
        this.onList = onList;
    }

    @Override
    public void recommendation(Recommendation r, long ignoredLatency) {
        onList.accept(r);
    }

    @Override
    public void reminder(Reminder r) {}

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetter = letter.reason;
    }

    void check() {
        if (deadLetter != null) throw new IllegalStateException("the workload produced a dead letter: " + deadLetter);
    }
}
