package org.streamrec.tools.bench;

import java.util.Optional;

/**
 * One latency run: its load and why ({@code label}), the short name of its keys in bench.json
 * ({@code key}: fixed, half or rate), what it measured, and Flink's figures of it if any.
 */
public record LatencyResult(String key, String label, LatencyOutcome outcome, Optional<JobFigures> figures) {}
