package org.streamrec.tools.eval;

/** The command line cannot be used; the message says why, naming the option. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
