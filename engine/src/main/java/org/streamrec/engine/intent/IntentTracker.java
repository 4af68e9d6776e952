package org.streamrec.engine.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.streamrec.config.IntentConfig;
import org.streamrec.config.IntentConfig.IntentWeights;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.IntentContribution;
import org.streamrec.engine.decay.Decay;

/**
 * Purchase intent, per shopper: score(t) = sum over the shopper's actions a of
 * weight(a) x 2^(-(t - time(a)) / halfLife), never below 0, reset to 0 by a purchase (the intent was
 * realised). An action that lifts the score from below {@code intent.threshold} to it or above
 * raises one {@link IntentAlert}, listing the latest actions by what they still contribute; the next
 * alert needs the score to have been seen below {@code intent.rearmFraction} x the threshold first. The state is an
 * {@link IntentState} the caller keeps per shopper (the user profile, so views cost no extra shuffle).
 */
public final class IntentTracker {
    private final double threshold;
    private final double rearmBelow;
    private final long halfLife;
    private final IntentWeights weights;
    private final int maxContributions;

    public IntentTracker(IntentConfig config) {
        this.threshold = config.threshold();
        this.rearmBelow = config.rearmFraction() * config.threshold();
        this.halfLife = config.halfLife().toMillis();
        this.weights = config.weights();
        this.maxContributions = config.maxContributions();
    }

    /** Learns one of the shopper's events; the alert when it crosses the threshold. */
    public Optional<IntentAlert> observe(IntentState state, Event e) {
        if (e.type == EventType.PURCHASE) {
            state.score = 0;
            state.time = Math.max(state.time, e.eventTime);
            state.recent.clear();
            state.armed = true;
            return Optional.empty();
        }
        double weight = weight(e.type);
        if (weight == 0) return Optional.empty();
        double before = scoreAt(state, e.eventTime);
        if (before < rearmBelow) state.armed = true;
        if (e.eventTime >= state.time) {
            state.score = Math.max(0, before + weight);
            state.time = e.eventTime;
        } else {
            // A late action counts as decayed to the time the score is kept at.
            state.score = Math.max(0, state.score + weight * Math.pow(0.5, (double) (state.time - e.eventTime) / halfLife));
        }
        remember(state, e, weight);
        if (!state.armed || state.score < threshold) return Optional.empty();
        state.armed = false;
        return Optional.of(alert(state, e));
    }

    private double scoreAt(IntentState state, long t) {
        return Decay.at(state.score, state.time, t, halfLife);
    }

    private double weight(EventType type) {
        return switch (type) {
            case VIEW -> weights.view();
            case SEARCH -> weights.search();
            case FAVOURITE -> weights.favourite();
            case ADD_TO_CART -> weights.addToCart();
            case REMOVE_FROM_CART -> weights.removeFromCart();
            default -> 0;
        };
    }

    private void remember(IntentState state, Event e, double weight) {
        IntentAction a = new IntentAction();
        a.eventId = e.eventId;
        a.type = e.type.wireName();
        a.itemId = e.itemId;
        a.time = e.eventTime;
        a.weight = weight;
        state.recent.add(a);
        state.recent.sort(Comparator.comparingLong((IntentAction x) -> x.time).thenComparing(x -> x.eventId));
        while (state.recent.size() > maxContributions) state.recent.remove(0);
    }

    private IntentAlert alert(IntentState state, Event e) {
        IntentAlert alert = new IntentAlert();
        alert.alertId = e.userId + ":" + IntentAlert.HIGH_INTENT + ":" + e.eventTime;
        alert.userId = e.userId;
        alert.score = state.score;
        alert.threshold = threshold;
        alert.triggerEventId = e.eventId;
        alert.eventTime = e.eventTime;
        List<IntentContribution> contributions = new ArrayList<>();
        for (IntentAction a : state.recent) {
            IntentContribution c = new IntentContribution();
            c.eventId = a.eventId;
            c.type = a.type;
            c.itemId = a.itemId;
            c.eventTime = a.time;
            c.weight = a.weight;
            c.contribution = a.weight * Math.pow(0.5, (double) Math.abs(state.time - a.time) / halfLife);
            contributions.add(c);
        }
        contributions.sort(Comparator.comparingDouble((IntentContribution c) -> -c.contribution).thenComparing(c -> c.eventId));
        alert.contributions = contributions;
        return alert;
    }
}
