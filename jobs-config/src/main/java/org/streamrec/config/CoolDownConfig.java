package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** After a message of one kind, how long no other message of that kind goes to the same shopper. Keys under {@code contact.coolDown.}. */
public record CoolDownConfig(
        Duration reminder,
        Duration abandonedCart,
        Duration priceDrop,
        Duration backInStock,
        Duration serviceIncident) implements Serializable {

    void validate(Problems p) {
        p.notNegative("reminder", reminder);
        p.notNegative("abandonedCart", abandonedCart);
        p.notNegative("priceDrop", priceDrop);
        p.notNegative("backInStock", backInStock);
        p.notNegative("serviceIncident", serviceIncident);
    }
}
