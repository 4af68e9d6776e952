package org.streamrec.engine.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Everything attribution keeps per shopper, in one value so a list or an action reads and writes
 * the shopper's state once: the arm, the latest exposure of each item, the recent lists (exposure
 * {@code impressions}) and the lists that earned a purchase. A Flink POJO.
 */
public class ShopperAttribution implements ExposureTable {
    private static final int FIRST_EXPIRY_SIZE = 64;

    /** The shopper's arm, kept once the shopper is first seen, so the hash is taken once per shopper. */
    public String arm;
    public Map<String, Exposure> exposures = new HashMap<>();
    public List<ShownList> recentLists = new ArrayList<>();
    /** Ids of lists that earned a purchase, oldest first. */
    public List<String> convertedLists = new ArrayList<>();
    /** Size of {@link #exposures} at which the next {@link #expire} looks for old ones. */
    public int expiryAtSize = FIRST_EXPIRY_SIZE;

    @Override
    public Exposure get(String itemId) {
        return exposures.get(itemId);
    }

    @Override
    public void put(String itemId, Exposure exposure) {
        exposures.put(itemId, exposure);
    }

    /**
     * Drops exposures shown before {@code before} (event time): they can earn no credit. Only when the
     * map has doubled since the last look, so a shopper's lists cost amortised constant time.
     */
    public void expire(long before) {
        if (exposures.size() < expiryAtSize) return;
        for (Iterator<Exposure> it = exposures.values().iterator(); it.hasNext(); ) {
            if (it.next().shownAt < before) it.remove();
        }
        expiryAtSize = Math.max(FIRST_EXPIRY_SIZE, 2 * exposures.size());
    }
}
