package org.streamrec.engine.profile;

/**
 * Explicit feedback on a seed: an item rated at or below {@code lowRating} stars never seeds, and
 * one rated above 3 stars seeds with weight x (1 + ratingBoost x (rating - 3) / 2). Rating 0 means
 * the user never rated the item.
 */
public final class FeedbackWeighting {
    private FeedbackWeighting() {}

    public static boolean ratedLow(int rating, int lowRating) {
        return rating > 0 && rating <= lowRating;
    }

    /** The seed's weight after feedback; 0 when it must not seed. */
    public static double seedWeight(double weight, int rating, int lowRating, double ratingBoost) {
        if (ratedLow(rating, lowRating)) return 0;
        return rating > 3 ? weight * (1 + ratingBoost * (rating - 3) / 2.0) : weight;
    }
}
