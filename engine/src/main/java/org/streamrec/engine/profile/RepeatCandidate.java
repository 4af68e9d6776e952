package org.streamrec.engine.profile;

/** An item the user had before, as a candidate again: the decayed affinity to it now, and how often they bought it. */
public record RepeatCandidate(String itemId, double affinity, int purchases) {}
