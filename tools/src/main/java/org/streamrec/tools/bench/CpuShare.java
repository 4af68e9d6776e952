package org.streamrec.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU seconds of this process over {@code wallSeconds}, per {@link CpuGroup}. */
public record CpuShare(double wallSeconds, double cpuSeconds, Map<CpuGroup, Double> seconds) {
    /** The share of the process's CPU time that {@code group} used, 0..1. */
    public double share(CpuGroup group) {
        return cpuSeconds <= 0 ? 0 : seconds.getOrDefault(group, 0.0) / cpuSeconds;
    }

    /** The share of every group that works for the job. */
    public double jobShare() {
        double sum = 0;
        for (CpuGroup g : CpuGroup.values()) if (g.partOfJob()) sum += share(g);
        return sum;
    }

    public double coresUsed() {
        return wallSeconds <= 0 ? 0 : cpuSeconds / wallSeconds;
    }

    /** job, kafka_broker, bench_clients, jvm, other and each job part, as shares 0..1 (for bench.json). */
    public Map<String, Double> json() {
        Map<String, Double> json = new LinkedHashMap<>();
        json.put("cores_used", coresUsed());
        json.put("job", jobShare());
        for (CpuGroup g : CpuGroup.values()) json.put(g.name().toLowerCase(), share(g));
        return json;
    }
}
