package org.streamrec.tools.bench;

/** Event-to-recommendation latency at a fixed input rate, in milliseconds. */
public record LatencyResult(double rate, long sent, int samples, double p50, double p99, double p999) {}
