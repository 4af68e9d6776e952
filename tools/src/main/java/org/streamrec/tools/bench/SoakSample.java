package org.streamrec.tools.bench;

/**
 * One sample of a soak, {@code seconds} after it started: events sent and lists read so far, heap
 * in use right after a full GC (the live set of the whole process: job, broker, clients), the full
 * size of the latest completed checkpoint, the job's consumer lag as its Kafka source reports it
 * (records in the input topics not fetched yet, Flink's pendingRecords; -1 while not reported), and the
 * backlog: events sent that the job's source has not yet handed on (its numRecordsOut), which also
 * counts what the source has fetched but not yet emitted.
 */
public record SoakSample(double seconds, long sent, long lists, long heapAfterGcBytes, long checkpointedStateBytes,
                         long consumerLag, long backlog) {}
