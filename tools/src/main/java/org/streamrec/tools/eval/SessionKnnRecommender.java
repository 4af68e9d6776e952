package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;

/**
 * {@code sknn}: V-SKNN (Ludewig and Jannach, "Evaluation of session-based recommendation
 * algorithms", 2018), over the sessions of every user (a session ends after {@code sessionGap}
 * without interactions). The user's current session is the query: its item at position p of L
 * (the last 100 events, an item counting at its latest position) weighs p / L. The candidates are
 * the {@code sample} most recent other sessions that share an item with it; each scores the sum of
 * the weights of the items it shares (the vector product); the {@code neighbours} best are kept,
 * and an item scores the sum of the similarities of the kept sessions that hold it. Filled with
 * popularity.
 */
public final class SessionKnnRecommender extends CandidateScorer {
    private static final int QUERY_EVENTS = 100;

    private static final class UserSession {
        int session = -1;
        long lastTime;
        final IntArrayList events = new IntArrayList();
    }

    private final long sessionGapMillis;
    private final int sample;
    private final int neighbours;
    private final List<IntArrayList> sessions = new ArrayList<>();
    private final IntObjectHashMap<IntArrayList> sessionsOfItem = new IntObjectHashMap<>();
    private final Map<String, UserSession> users = new HashMap<>();

    public SessionKnnRecommender(String name, Duration sessionGap, int sample, int neighbours, int excludeLastEvents) {
        super(name, excludeLastEvents, true);
        this.sessionGapMillis = sessionGap.toMillis();
        this.sample = sample;
        this.neighbours = neighbours;
    }

    @Override
    protected IntDoubleHashMap scores(String userId) {
        IntDoubleHashMap scores = new IntDoubleHashMap();
        UserSession current = users.get(userId);
        if (current == null) return scores;
        IntDoubleHashMap weights = positionWeights(current.events);
        IntDoubleHashMap similarities = new IntDoubleHashMap();
        for (int candidate : recentSessionsSharingAnItem(weights, current.session)) {
            double similarity = 0;
            IntArrayList items = sessions.get(candidate);
            for (int i = 0; i < items.size(); i++) similarity += weights.getOrDefault(items.get(i), 0);
            if (similarity > 0) similarities.put(candidate, similarity);
        }
        for (int neighbour : TopScores.of(similarities, neighbours, id -> false)) {
            double similarity = similarities.get(neighbour);
            IntArrayList items = sessions.get(neighbour);
            for (int i = 0; i < items.size(); i++) scores.addTo(items.get(i), similarity);
        }
        return scores;
    }

    private static IntDoubleHashMap positionWeights(IntArrayList events) {
        IntDoubleHashMap weights = new IntDoubleHashMap();
        int length = events.size();
        for (int p = length; p >= 1; p--) {
            int item = events.get(p - 1);
            if (!weights.containsKey(item)) weights.put(item, (double) p / length);
        }
        return weights;
    }

    /** The {@code sample} most recent sessions (highest ids) that hold one of the query's items, the query's own left out. */
    private int[] recentSessionsSharingAnItem(IntDoubleHashMap query, int own) {
        IntHashSet candidates = new IntHashSet();
        for (var item : query.keys()) {
            IntArrayList holders = sessionsOfItem.get(item.value);
            for (int k = holders.size() - 1, taken = 0; k >= 0 && taken < sample; k--) {
                int session = holders.get(k);
                if (session != own && candidates.add(session)) taken++;
            }
        }
        int[] all = candidates.toArray();
        Arrays.sort(all);
        return all.length <= sample ? all : Arrays.copyOfRange(all, all.length - sample, all.length);
    }

    @Override
    protected void observe(Event e) {
        List<String> eventItems = Target.NEXT_INTERACTION.items(e);
        if (eventItems.isEmpty()) return;
        UserSession user = users.computeIfAbsent(e.userId, u -> new UserSession());
        if (user.session < 0 || e.eventTime - user.lastTime > sessionGapMillis) {
            user.session = sessions.size();
            sessions.add(new IntArrayList());
            user.events.clear();
        }
        user.lastTime = e.eventTime;
        IntArrayList session = sessions.get(user.session);
        for (String item : eventItems) {
            int id = items.id(item);
            if (!session.contains(id)) {
                session.add(id);
                IntArrayList holders = sessionsOfItem.get(id);
                if (holders == null) sessionsOfItem.put(id, holders = new IntArrayList());
                holders.add(user.session);
            }
            user.events.add(id);
            if (user.events.size() > QUERY_EVENTS) user.events.removeAt(0);
        }
    }
}
