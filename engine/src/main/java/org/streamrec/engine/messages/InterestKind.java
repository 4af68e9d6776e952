package org.streamrec.engine.messages;

/** How a shopper showed interest in an item, or stopped being a candidate for its offers. */
public enum InterestKind {
    /** Viewed it repeatedly within the price-drop window (journeys.RepeatedViews). */
    VIEWED,
    FAVOURITED,
    CARTED,
    /** Bought it: no price-drop or back-in-stock offer for it any more. */
    BOUGHT,
    /** The shopper's journey forgot the item (forget_user, or the item aged out): the item side forgets the shopper. */
    FORGOTTEN;

    /** Whether the item side keeps watching the item for this shopper. */
    public boolean watches() {
        return this == VIEWED || this == FAVOURITED || this == CARTED;
    }

    /** Favourites and carts: enough for a back-in-stock offer, where repeated views are not. */
    public boolean isKeen() {
        return this == FAVOURITED || this == CARTED;
    }
}
