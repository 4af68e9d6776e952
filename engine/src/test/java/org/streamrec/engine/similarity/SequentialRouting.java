package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.profile.CooccurrenceDelta;
import org.streamrec.engine.profile.Partner;
import org.streamrec.engine.profile.UserProfile;

/**
 * The job's path from an interaction to the item neighbourhoods, run in one thread in event order:
 * UpdateUserProfile sends each delta to the touched item's counter and a mirrored pair update to
 * each partner's counter; CountItems adds its count delta and stamps its current count on the pair
 * updates it forwards; UpdateNeighbours applies them (see engine/.../operators).
 */
final class SequentialRouting {
    private final ProfileConfig profileConfig;
    private final int pairsPerEvent;
    private final ItemNeighbourhood neighbourhood;
    private final Map<String, UserProfile> users = new HashMap<>();
    final Map<String, Double> counts = new HashMap<>();
    final Map<String, ItemSummary> summaries = new HashMap<>();
    final Map<String, MapPairTable> tables = new HashMap<>();

    SequentialRouting(ProfileConfig profileConfig, SimilarityConfig similarityConfig) {
        this.profileConfig = profileConfig;
        this.pairsPerEvent = similarityConfig.pairsPerEvent();
        this.neighbourhood = new ItemNeighbourhood(similarityConfig);
    }

    void accept(Event e) throws Exception {
        UserProfile profile = users.computeIfAbsent(e.userId, u -> new UserProfile());
        for (CooccurrenceDelta d : profile.record(e, profileConfig, pairsPerEvent)) {
            countItem(d.itemId(), d.countDelta(), d.partners());
            for (Partner p : d.partners()) countItem(p.itemId, 0, List.of(new Partner(d.itemId(), p.pairDelta)));
        }
    }

    /** What CountItems does with an ItemTouch, followed by UpdateNeighbours for each update it sends. */
    private void countItem(String itemId, double countDelta, List<Partner> partners) throws Exception {
        double current = counts.getOrDefault(itemId, 0.0);
        if (countDelta != 0) {
            current += countDelta;
            counts.put(itemId, current);
            summary(itemId).count = current;
        }
        for (Partner p : partners) {
            neighbourhood.addPair(summary(p.itemId), table(p.itemId), itemId, p.pairDelta, current);
        }
    }

    /** Sends every tracked pair a zero pair update stamped with the partner's current count. */
    void resendCounts() throws Exception {
        for (Map.Entry<String, MapPairTable> item : tables.entrySet()) {
            for (String other : List.copyOf(item.getValue().map.keySet())) {
                neighbourhood.addPair(summary(item.getKey()), item.getValue(), other, 0, counts.get(other));
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
}
