package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.operators.BundleFunction;
import org.streamrec.engine.operators.MergePairUpdates;
import org.streamrec.engine.operators.MergeTouches;
import org.streamrec.engine.profile.UserProfile;

/**
 * The job's learning path from an interaction to the item neighbourhoods, with the job's own code in
 * one thread: the profile's co-occurrence deltas, {@link CooccurrenceRouting}, and the two bundles
 * ({@link MergeTouches}, {@link MergePairUpdates}), each flushed after a random number of records.
 */
final class BundledRouting {
    private final ProfileConfig profileConfig;
    private final SimilarityConfig similarityConfig;
    private final ForwardDecay decay;
    private final ItemNeighbourhood neighbourhood;
    private final Random random;
    private final Map<String, UserProfile> users = new HashMap<>();
    private final Bundle<ItemTouch, MergeTouches.Touches> touches = new Bundle<>(new MergeTouches());
    private final Bundle<PairUpdate, MergePairUpdates.Updates> updates = new Bundle<>(new MergePairUpdates());
    final Map<String, ItemCount> counts = new HashMap<>();
    final Map<String, ItemSummary> summaries = new HashMap<>();
    final Map<String, MapPairTable> tables = new HashMap<>();

    BundledRouting(ProfileConfig profileConfig, SimilarityConfig similarityConfig, long seed) {
        this.profileConfig = profileConfig;
        this.similarityConfig = similarityConfig;
        this.decay = new ForwardDecay(similarityConfig.halfLife());
        this.neighbourhood = new ItemNeighbourhood(similarityConfig);
        this.random = new Random(seed);
    }

    void accept(Event e) throws Exception {
        UserProfile profile = users.computeIfAbsent(e.userId, u -> new UserProfile(0));
        for (ItemTouch t : CooccurrenceRouting.touches(profile.record(e, profileConfig, similarityConfig), decay, e.eventTime)) {
            touches.add(t);
        }
        if (random.nextInt(8) == 0) flushTouches();
    }

    /** Sends everything still in a bundle on. */
    void flush() throws Exception {
        flushTouches();
        flushUpdates();
    }

    private void flushTouches() throws Exception {
        for (ItemTouch t : touches.drain()) {
            for (PairUpdate u : CooccurrenceRouting.stamp(counts.computeIfAbsent(t.itemId, i -> new ItemCount()), t)) updates.add(u);
        }
        if (random.nextInt(3) == 0) flushUpdates();
    }

    private void flushUpdates() throws Exception {
        for (PairUpdate u : updates.drain()) neighbourhood.apply(summary(u.itemId), table(u.itemId), u);
    }

    /** Sends every tracked pair a zero update stamped with the partner's current count, as a new touch of the partner would. */
    void resendCounts() throws Exception {
        for (Map.Entry<String, MapPairTable> item : tables.entrySet()) {
            for (String other : List.copyOf(item.getValue().map.keySet())) {
                ItemCount c = counts.get(other);
                neighbourhood.addPair(summary(item.getKey()), item.getValue(), other, 0, 0, c.value, c.epoch);
            }
        }
    }

    List<Neighbour> neighbours(String itemId, int limit) {
        return neighbourhood.neighbours(summary(itemId), limit);
    }

    ItemSummary summary(String itemId) {
        return summaries.computeIfAbsent(itemId, i -> new ItemSummary());
    }

    MapPairTable table(String itemId) {
        return tables.computeIfAbsent(itemId, i -> new MapPairTable());
    }

    /** A bundle as {@code BundleOperator} keeps it: one accumulator per key, emitted in one go. */
    private static final class Bundle<T, A> {
        private final BundleFunction<T, A, T> function;
        private final Map<String, A> held = new HashMap<>();

        Bundle(BundleFunction<T, A, T> function) {
            this.function = function;
        }

        void add(T in) {
            String key = function.key(in);
            held.put(key, function.add(held.get(key), in));
        }

        List<T> drain() {
            List<T> out = new ArrayList<>(held.size());
            held.values().forEach(a -> out.add(function.finish(a)));
            held.clear();
            return out;
        }
    }
}
