package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuGroupTest {
    /** Thread names as a latency run has them (from jstack of a real run). */
    @Test
    void threadsOfALatencyRunFallIntoTheirGroups() {
        Map<String, CpuGroup> expected = Map.ofEntries(
                Map.entry("item neighbours -> answers (1/2)#0", CpuGroup.JOB_OPERATORS),
                Map.entry("Source: events -> route dead letters -> (catalogue updates -> (replenish: catalogue updates -> "
                        + "replenish: catalogue as input, catalogue), user events) (2/2)#0", CpuGroup.JOB_OPERATORS),
                Map.entry("OutputFlusher for count items (1/2)#0", CpuGroup.JOB_RUNTIME),
                Map.entry("System Time Trigger for rank -> recommendations sink: Writer (1/2)#0", CpuGroup.JOB_RUNTIME),
                Map.entry("AsyncOperations-thread-3", CpuGroup.JOB_RUNTIME),
                Map.entry("Flink-RocksDBStateDataTransfer-thread-1", CpuGroup.JOB_RUNTIME),
                Map.entry("Source Data Fetcher for Source: events -> route dead letters (1/2)#0", CpuGroup.JOB_KAFKA_CLIENTS),
                Map.entry("kafka-producer-network-thread | producer-streamrec-bench-1-0-3", CpuGroup.JOB_KAFKA_CLIENTS),
                Map.entry("kafka-producer-network-thread | streamrec-bench-sender", CpuGroup.BENCH_CLIENTS),
                Map.entry("kafka-coordinator-heartbeat-thread | streamrec-watcher-123", CpuGroup.BENCH_CLIENTS),
                Map.entry("output-watcher", CpuGroup.BENCH_CLIENTS),
                Map.entry("main", CpuGroup.BENCH_CLIENTS),
                Map.entry("data-plane-kafka-request-handler-3", CpuGroup.KAFKA_BROKER),
                Map.entry("kafka-1-raft-io-thread", CpuGroup.KAFKA_BROKER),
                Map.entry("quorum-controller-1-event-handler", CpuGroup.KAFKA_BROKER),
                Map.entry("Reference Handler", CpuGroup.JVM),
                Map.entry("some-library-thread", CpuGroup.OTHER));
        expected.forEach((name, group) -> assertEquals(group, CpuGroup.ofJavaThread(name), name));
    }

    @Test
    void onlyThreadsTheJvmDoesNotListAreTakenFromProc() {
        assertEquals(Optional.of(CpuGroup.JOB_ROCKSDB), CpuGroup.ofOsThread("rocksdb:low"));
        assertEquals(Optional.of(CpuGroup.JVM), CpuGroup.ofOsThread("GC Thread#1"));
        assertEquals(Optional.of(CpuGroup.JVM), CpuGroup.ofOsThread("C2 CompilerThre"));
        assertEquals(Optional.empty(), CpuGroup.ofOsThread("kafka-producer-"), "a Java thread, read with its full name");
    }
}
