package org.streamrec.tools.eval;

import java.util.function.Function;

/**
 * One setting of a baseline.
 *
 * @param setting how it is set, e.g. {@code halfLife=1d}
 * @param make builds the model under the given name
 */
public record Variant(String setting, Function<String, StreamingRecommender> make) {}
