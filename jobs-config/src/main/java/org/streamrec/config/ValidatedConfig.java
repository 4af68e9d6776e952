package org.streamrec.config;

import java.util.List;

/** A typed configuration that checks itself as a whole once bound. */
public interface ValidatedConfig {
    /** Every problem, each naming its full key; empty when the configuration is usable. */
    List<String> problems();
}
