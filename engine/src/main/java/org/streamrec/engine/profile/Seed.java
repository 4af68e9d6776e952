package org.streamrec.engine.profile;

/** One of the user's items that seeds similar-item candidates, with its weight and the user's action on it. */
public record Seed(String itemId, double weight, String action) {}
