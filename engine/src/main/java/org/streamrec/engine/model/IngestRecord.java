package org.streamrec.engine.model;

/**
 * What a source hands the job: either a parsed event or a dead letter, never both. Sources parse
 * while deserialising, so the event time is known at the source and watermarks can be per split.
 */
public class IngestRecord {
    public Event event;
    public DeadLetter deadLetter;

    public IngestRecord() {}

    public static IngestRecord of(Event event) {
        IngestRecord r = new IngestRecord();
        r.event = event;
        return r;
    }

    public static IngestRecord rejected(DeadLetter deadLetter) {
        IngestRecord r = new IngestRecord();
        r.deadLetter = deadLetter;
        return r;
    }
}
