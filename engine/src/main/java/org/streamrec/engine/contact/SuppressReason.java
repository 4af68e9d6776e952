package org.streamrec.engine.contact;

/** Why a message was not sent; the label of the {@code messagesSuppressed} metric. */
public enum SuppressReason {
    /** The per-day or per-week cap would have held it past its deadline. */
    CAP("cap"),
    /** Quiet hours in the shopper's zone would have held it past its deadline. */
    QUIET_HOURS("quiet_hours"),
    /** No consent, consent withdrawn, or the shopper asked to be forgotten. */
    CONSENT("consent"),
    /** A message of the same kind went out too recently. */
    COOLDOWN("cooldown"),
    /** The shopper acted first: bought the item before the message went out. */
    CANCELLED("cancelled"),
    /** Held back until it was no longer worth sending. */
    EXPIRED("expired");

    private final String label;

    SuppressReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
