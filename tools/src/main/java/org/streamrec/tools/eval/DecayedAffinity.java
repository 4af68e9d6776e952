package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Each user's affinity to each item they interacted with: the sum of their interaction weights
 * with it, each halved every {@code halfLife} of event time since it happened. Kept in forward-
 * decay form (each weight scaled up by 2^((t - reference) / halfLife)), so reading a user's
 * affinities costs no decay arithmetic: they come out as the true affinities at any one time times
 * a factor common to all of the user's items, which changes neither their order nor a linear
 * scoring's. The reference moves (and the values shrink) before the scale factor could overflow.
 */
final class DecayedAffinity {
    private static final double RENORMALISE_AT = 512;

    private static final class User {
        final IntDoubleHashMap scaled = new IntDoubleHashMap();
        long reference;
    }

    private final double halfLifeMillis;
    private final Map<String, User> users = new HashMap<>();

    DecayedAffinity(Duration halfLife) {
        this.halfLifeMillis = halfLife.toMillis();
    }

    void add(String userId, int item, double weight, long time) {
        User u = users.get(userId);
        if (u == null) {
            users.put(userId, u = new User());
            u.reference = time;
        }
        double exponent = (time - u.reference) / halfLifeMillis;
        if (exponent > RENORMALISE_AT) {
            double shrink = Math.pow(2, -exponent);
            for (IntDoubleCursor c : u.scaled) u.scaled.indexReplace(c.index, c.value * shrink);
            u.reference = time;
            exponent = 0;
        }
        u.scaled.addTo(item, weight * Math.pow(2, exponent));
    }

    /** The user's affinities, up to a factor common to all their items; empty for an unknown user. Do not modify. */
    IntDoubleHashMap of(String userId) {
        User u = users.get(userId);
        return u == null ? new IntDoubleHashMap() : u.scaled;
    }
}
