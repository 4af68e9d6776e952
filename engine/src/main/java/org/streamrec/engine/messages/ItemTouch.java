package org.streamrec.engine.messages;

import java.util.List;
import org.streamrec.engine.profile.Partner;

/**
 * To the item counter keyed by {@link #itemId}: add {@link #countDelta} to its count, and tell each
 * partner its pair delta together with this item's count (so the partner can compute similarity).
 */
public class ItemTouch {
    public String itemId;
    public double countDelta;
    public List<Partner> partners;

    public ItemTouch() {}

    public ItemTouch(String itemId, double countDelta, List<Partner> partners) {
        this.itemId = itemId;
        this.countDelta = countDelta;
        this.partners = partners;
    }
}
