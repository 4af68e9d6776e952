package org.streamrec.connectors.dataset;

/** A dataset file cannot be used at all (as opposed to single bad rows, which are skipped). */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }
}
