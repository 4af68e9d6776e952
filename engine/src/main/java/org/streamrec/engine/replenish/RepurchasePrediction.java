package org.streamrec.engine.replenish;

/**
 * When a user is expected to run out of an item they just bought.
 *
 * @param unitCycle estimated time one unit lasts this user, ms
 * @param runOut purchase time + quantity x unitCycle, epoch ms
 * @param confidence estimated probability that the user buys the item again, 0..1
 * @param reason a short explanation for the reminder
 */
public record RepurchasePrediction(double unitCycle, long runOut, double confidence, String reason) {}
