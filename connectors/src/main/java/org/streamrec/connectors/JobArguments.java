package org.streamrec.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's command line: {@code [--config ENV|FILE] [--set KEY=VALUE]... [--validate]}. Kept to a
 * few lines on purpose: the job jar carries no command-line library.
 *
 * @param environment a built-in environment name or a YAML file; null for the defaults alone
 * @param overrides configuration keys to values, in the order given (a later one wins)
 * @param validate load and check everything, print it, and exit without running the job
 */
public record JobArguments(String environment, Map<String, String> overrides, boolean validate) {
    public static final String USAGE = "usage: StreamrecJob [--config ENV|FILE] [--set KEY=VALUE]... [--validate]";

    /** @throws IllegalArgumentException naming the argument that cannot be used */
    public static JobArguments parse(String... args) {
        String environment = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        boolean validate = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> environment = valueOf(args, ++i, "--config");
                case "--set" -> {
                    String pair = valueOf(args, ++i, "--set");
                    int eq = pair.indexOf('=');
                    if (eq <= 0) throw new IllegalArgumentException("--set expects KEY=VALUE, got '" + pair + "'");
                    overrides.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
                }
                case "--validate" -> validate = true;
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        return new JobArguments(environment, Collections.unmodifiableMap(overrides), validate);
    }

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
