package org.streamrec.tools.bench;

import java.util.Map;

/**
 * The checkpoints completed in a measured window and, per task (job vertex), the longest
 * synchronous part of any subtask's snapshot (the task processes nothing meanwhile) and the longest
 * barrier alignment (the task waits for its slowest input), in milliseconds.
 */
public record CheckpointPauses(int checkpoints, Map<String, Task> byTask) {
    public record Task(long maxSyncMillis, long maxAlignmentMillis) {
        Task max(Task other) {
            return new Task(Math.max(maxSyncMillis, other.maxSyncMillis), Math.max(maxAlignmentMillis, other.maxAlignmentMillis));
        }
    }

    /** The longest synchronous pause of any task; 0 without checkpoints. */
    public long maxSyncMillis() {
        return byTask.values().stream().mapToLong(Task::maxSyncMillis).max().orElse(0);
    }
}
