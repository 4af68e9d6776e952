package org.streamrec.engine.model;

import java.util.Objects;

/** One line of a purchase: an item, how many units, and the unit price paid. */
public class OrderLine {
    public String itemId;
    public int quantity;
    public double unitPrice;

    public OrderLine() {}

    public OrderLine(String itemId, int quantity, double unitPrice) {
        this.itemId = itemId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLine l
                && quantity == l.quantity
                && Double.compare(unitPrice, l.unitPrice) == 0
                && Objects.equals(itemId, l.itemId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, quantity, unitPrice);
    }

    @Override
    public String toString() {
        return itemId + "x" + quantity + "@" + unitPrice;
    }
}
