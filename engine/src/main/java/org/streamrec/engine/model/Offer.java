package org.streamrec.engine.model;

/** The item to lead with, chosen among the ranked items by expected value. */
public class Offer {
    public String itemId;
    public double expectedValue;
    public double propensity;
    public double value;
    public double businessWeight;
    public String reason;

    public Offer() {}
}
