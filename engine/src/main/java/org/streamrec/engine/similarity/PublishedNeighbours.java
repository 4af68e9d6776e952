package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbour ids of an item's last full card, so that a card whose neighbours are the same items
 * (in any order) can carry only their new similarities, in the order of those ids: every ranking
 * instance keeps the ids it has and saves reading and interning them again.
 */
public final class PublishedNeighbours {
    private String[] ids;

    /**
     * The similarities of {@code neighbours} in the order of the last full card's ids, or null when
     * the items differ (or no full card was published yet): then a full card must go, and
     * {@link #published} told of it.
     */
    public float[] similaritiesInPublishedOrder(List<Neighbour> neighbours) {
        if (ids == null || ids.length != neighbours.size() || ids.length == 0) return null;
        Map<String, Double> byId = new HashMap<>(2 * ids.length);
        for (Neighbour n : neighbours) byId.put(n.itemId, n.similarity);
        float[] similarities = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Double similarity = byId.get(ids[i]);
            if (similarity == null) return null;
            similarities[i] = (float) similarity.doubleValue();
        }
        return similarities;
    }

    /** A full card with these neighbour ids went out. */
    public void published(String[] neighbourIds) {
        ids = neighbourIds;
    }
}
