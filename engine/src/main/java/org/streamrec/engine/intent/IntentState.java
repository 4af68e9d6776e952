package org.streamrec.engine.intent;

import java.util.ArrayList;
import java.util.List;

/** A shopper's purchase-intent score: small, kept whole in keyed state (a Flink POJO). */
public class IntentState {
    /** The score as of {@link #time}. */
    public double score;
    public long time;
    /** False from an alert until the score was seen below intent.rearmFraction x the threshold. */
    public boolean armed = true;
    /** The latest weighted actions, oldest first, at most intent.maxContributions. */
    public List<IntentAction> recent = new ArrayList<>();

    public IntentState() {}
}
