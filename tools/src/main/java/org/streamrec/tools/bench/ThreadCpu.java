package org.streamrec.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this JVM at one moment: Java threads through the JVM (full names),
 * RocksDB's and the JVM's own threads, which the JVM does not list, from Linux's /proc (elsewhere
 * they fall to {@link CpuGroup#OTHER}). {@link #since} turns two snapshots into CPU per group.
 */
final class ThreadCpu {
    /** /proc counts in clock ticks of 1/100 s (USER_HZ) on Linux. */
    private static final double PROC_TICK_NANOS = 1e9 / 100;
    private static final Path TASKS = Path.of("/proc/self/task");

    private record Sample(String name, CpuGroup group, long nanos) {}

    private final long wallNanos;
    private final long processNanos;
    private final Map<String, Sample> threads;

    private ThreadCpu(long wallNanos, long processNanos, Map<String, Sample> threads) {
        this.wallNanos = wallNanos;
        this.processNanos = processNanos;
        this.threads = threads;
    }

    static ThreadCpu now() {
        Map<String, Sample> threads = new HashMap<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) continue;
            String name = info.getThreadName();
            CpuGroup group = CpuGroup.ofJavaThread(name);
            long nanos = mx.getThreadCpuTime(info.getThreadId());
            // The JVM's own Java threads are read from /proc below, with the non-Java ones.
            if (nanos >= 0 && group != CpuGroup.JVM) threads.put("java-" + info.getThreadId(), new Sample(name, group, nanos));
        }
        osThreads(threads);
        CpuClock clock = CpuClock.now();
        return new ThreadCpu(clock.wallNanos(), clock.cpuNanos(), threads);
    }

    private static void osThreads(Map<String, Sample> threads) {
        if (!Files.isDirectory(TASKS)) return;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    CpuGroup.ofOsThread(name).ifPresent(group -> {
                        // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        threads.put("os-" + task.getFileName(), new Sample(name, group, (long) (ticks * PROC_TICK_NANOS)));
                    });
                } catch (IOException | RuntimeException ended) {
                    // The thread ended while being read: it counts as OTHER.
                }
            });
        } catch (IOException e) {
            // No /proc to read: those threads count as OTHER.
        }
    }

    /** CPU seconds per group between {@code start} and this snapshot. */
    CpuShare since(ThreadCpu start) {
        Map<CpuGroup, Double> seconds = new EnumMap<>(CpuGroup.class);
        double attributed = 0;
        for (Map.Entry<String, Sample> t : threads.entrySet()) {
            Sample before = start.threads.get(t.getKey());
            // A thread born in the window spent all its time in it.
            double s = (t.getValue().nanos - (before == null ? 0 : before.nanos)) / 1e9;
            seconds.merge(t.getValue().group, s, Double::sum);
            attributed += s;
        }
        double total = (processNanos - start.processNanos) / 1e9;
        seconds.merge(CpuGroup.OTHER, Math.max(0, total - attributed), Double::sum);
        return new CpuShare((wallNanos - start.wallNanos) / 1e9, total, seconds);
    }
}
