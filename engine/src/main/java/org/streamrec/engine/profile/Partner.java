package org.streamrec.engine.profile;

/**
 * Another item of the same user, and how much its co-occurrence with the touched item changed: in any
 * order ({@link #sym}), and with the touched item after this one ({@link #fwd}).
 */
public record Partner(String itemId, double sym, double fwd) {}
