package org.streamrec.engine.profile;

/** How a user's explicit rating of an item changes the item's weight as a seed; 0 or less drops it. */
@FunctionalInterface
public interface RatingWeighting {
    /** @param explicitRating 1-5 stars, 0 when the user never rated the item */
    double weigh(double weight, int explicitRating);
}
