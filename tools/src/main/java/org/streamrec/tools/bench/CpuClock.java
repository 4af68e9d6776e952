package org.streamrec.tools.bench;

import java.lang.management.ManagementFactory;

/** Wall-clock and process CPU time read together, so a measurement can say how many cores it used. */
record CpuClock(long wallNanos, long cpuNanos) {
    static CpuClock now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuClock(System.nanoTime(), os.getProcessCpuTime());
    }

    double wallSecondsSince(CpuClock start) {
        return (wallNanos - start.wallNanos) / 1e9;
    }

    double cpuSecondsSince(CpuClock start) {
        return (cpuNanos - start.cpuNanos) / 1e9;
    }
}
