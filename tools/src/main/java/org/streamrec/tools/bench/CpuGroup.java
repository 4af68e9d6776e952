package org.streamrec.tools.bench;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a thread of the bench JVM works for, told by its name. The latency run has the job, the
 * Kafka broker and the bench's own Kafka clients in one process, so per-thread CPU time grouped
 * this way says how the cores were shared.
 */
public enum CpuGroup {
    JOB_OPERATORS("job: operators", true),
    JOB_KAFKA_CLIENTS("job: its Kafka source and sinks", true),
    JOB_ROCKSDB("job: RocksDB background threads", true),
    JOB_RUNTIME("job: Flink runtime (checkpoints, timers, flushers, RPC)", true),
    KAFKA_BROKER("Kafka broker", false),
    BENCH_CLIENTS("bench clients (sender, list reader)", false),
    JVM("JVM (GC, JIT)", false),
    OTHER("other threads, and threads that ended in the window", false);

    /** The client id of the bench's producer; its network thread is named after it. */
    static final String BENCH_SENDER_ID = "streamrec-bench-sender";
    /** The bench's reader of the lists runs in this thread (OutputWatcher) with a group id starting so. */
    static final String BENCH_READER_THREAD = "output-watcher";
    static final String BENCH_READER_GROUP = "streamrec-watcher";

    /** Linux keeps the first 15 characters of a thread's name, and /proc shows only those. */
    static final int OS_NAME_LENGTH = 15;
    private static final Pattern TASK_THREAD = Pattern.compile(".* \\(\\d+/\\d+\\)#\\d+");
    private static final List<String> TASK_HELPERS = List.of("OutputFlusher for ", "Time Trigger for ", "System Time Trigger for ");
    private static final List<String> FLINK_RUNTIME = List.of("flink-", "Flink-", "jobmanager", "taskmanager_",
            "resourcemanager_", "mini-cluster-io", "SourceCoordinator", "IOManager", "BLOB Server", "Checkpoint Timer",
            "AsyncOperations", "FlinkCompletableFutureDelayScheduler", "CloseableReaperThread");
    private static final List<String> KAFKA_BROKER_THREADS = List.of("data-plane-kafka", "kafka-scheduler",
            "ExpirationReaper", "group-coordinator", "share-", "controller-", "broker-", "quorum-controller", "raft-",
            "kafka-log-cleaner", "transaction-log-manager", "TxnMarkerSenderThread", "AddPartitionsToTxnSenderThread",
            "persister-state", "PersisterStateManager", "executor-", "client-metrics-reaper",
            "network-partition-metadata-client-reaper", "LogDirFailureHandler", "SensorExpiryThread",
            "metrics-meter-tick-thread");
    private static final Pattern KAFKA_NODE_THREAD = Pattern.compile("kafka-\\d+-.*");
    /** Threads the JVM runs for itself; the first ones are not Java threads and show only in /proc. */
    private static final List<String> JVM_THREADS = List.of("GC Thread", "G1 ", "C1 CompilerThre", "C2 CompilerThre",
            "VM Thread", "VM Periodic Tas", "Sweeper thread", "Service Thread", "Monitor Deflati", "Signal Dispatch",
            "Reference Handl", "Finalizer", "Common-Cleaner", "Notification Th", "Attach Listener", "process reaper");

    private final String label;
    private final boolean job;

    CpuGroup(String label, boolean job) {
        this.label = label;
        this.job = job;
    }

    String label() {
        return label;
    }

    boolean partOfJob() {
        return job;
    }

    /**
     * The group of a thread seen only in /proc (its name cut to 15 characters): RocksDB's and the
     * JVM's own threads; empty for a Java thread, whose CPU is read through the JVM with its full name.
     */
    static Optional<CpuGroup> ofOsThread(String osName) {
        if (osName.startsWith("rocksdb:")) return Optional.of(JOB_ROCKSDB);
        for (String prefix : JVM_THREADS) if (osName.startsWith(prefix)) return Optional.of(JVM);
        return Optional.empty();
    }

    /** The group of a Java thread, by its full name. */
    static CpuGroup ofJavaThread(String name) {
        if (name.equals("main") || name.equals(BENCH_READER_THREAD)) return BENCH_CLIENTS;
        if (name.startsWith("kafka-producer-network-thread | ")) {
            return name.endsWith("| " + BENCH_SENDER_ID) ? BENCH_CLIENTS : JOB_KAFKA_CLIENTS;
        }
        if (name.startsWith("kafka-coordinator-heartbeat-thread | ")) {
            return name.contains("| " + BENCH_READER_GROUP) ? BENCH_CLIENTS : JOB_KAFKA_CLIENTS;
        }
        if (name.startsWith("Source Data Fetcher for ") || name.startsWith("kafka-admin-client-thread")) return JOB_KAFKA_CLIENTS;
        for (String helper : TASK_HELPERS) if (name.startsWith(helper)) return JOB_RUNTIME;
        if (TASK_THREAD.matcher(name).matches()) return JOB_OPERATORS;
        for (String prefix : FLINK_RUNTIME) if (name.startsWith(prefix)) return JOB_RUNTIME;
        for (String prefix : KAFKA_BROKER_THREADS) if (name.startsWith(prefix)) return KAFKA_BROKER;
        if (KAFKA_NODE_THREAD.matcher(name).matches()) return KAFKA_BROKER;
        return ofOsThread(name.substring(0, Math.min(name.length(), OS_NAME_LENGTH))).orElse(OTHER);
    }
}
