package org.streamrec.config;

import java.util.List;

/** The configuration cannot be used; the message lists every problem, one per line, by key. */
public class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super("Invalid configuration (" + source + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
