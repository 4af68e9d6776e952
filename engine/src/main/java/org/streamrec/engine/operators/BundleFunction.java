package org.streamrec.engine.operators;

import java.io.Serializable;

/** How a {@link BundleOperator} merges records of one key into one. */
public interface BundleFunction<IN, ACC, OUT> extends Serializable {
    /** The key records are merged by (the key of the shuffle that follows). */
    String key(IN in);

    /** Adds {@code in} to the key's accumulator, {@code null} for the key's first record; returns the accumulator. */
    ACC add(ACC accumulator, IN in);

    /** The one record that stands for everything added. */
    OUT finish(ACC accumulator);
}
