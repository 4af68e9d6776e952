package org.streamrec.engine.model;

/** An input record that could not be used, with its original bytes and where it came from. */
public class DeadLetter {
    public byte[] payload;
    public String reason;
    public String sourceTopic;
    public int partition;
    public long offset;

    public DeadLetter() {}

    public DeadLetter(byte[] payload, String reason, String sourceTopic, int partition, long offset) {
        this.payload = payload;
        this.reason = reason;
        this.sourceTopic = sourceTopic;
        this.partition = partition;
        this.offset = offset;
    }
}
