package org.streamrec.tools.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --compare against a git repository whose two commits hold stand-in launchers: the old one knows
 * only the old options and writes the old bench.json, the new one also knows --parallelisms.
 */
class BuildComparisonTest {
    @TempDir
    Path repo;

    @TempDir
    Path out;

    /** A ./recs that prints its options for --help, and otherwise logs its arguments and writes bench.json. */
    private void launcher(String extraHelp, double figure, String extraKey) throws Exception {
        Path recs = repo.resolve("recs");
        Files.writeString(recs, String.join("\n",
                "#!/usr/bin/env bash",
                "set -euo pipefail",
                "if [[ \"$*\" == *--help* ]]; then echo \"Usage: recs bench [--events N] [--null-events N] " + extraHelp + "\"; exit 0; fi",
                "echo \"$*\" >> \"$(dirname \"$0\")/calls.log\"",
                "while [[ $# -gt 0 ]]; do if [[ $1 == --out ]]; then dir=$2; fi; shift; done",
                "mkdir -p \"$dir\"",
                "echo '{\"full_events_per_sec_per_core\" : " + figure + ", " + extraKey + " : 1}' > \"$dir/bench.json\"",
                ""), UTF_8);
        Files.setPosixFilePermissions(recs, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, p.waitFor(), output);
    }

    @Test
    void runsBothBuildsInAlternatingPairsAndRatiosTheirFigures() throws Exception {
        git("init", "-q");
        Files.writeString(repo.resolve(".gitignore"), "calls.log\n");
        launcher("", 1000, "\"null_events_per_sec_per_core\"");
        git("add", "-A");
        git("commit", "-q", "-m", "old layout");
        git("tag", "old");
        launcher("[--parallelisms P]", 2500, "\"full_lists_per_event\"");
        git("commit", "-q", "-am", "new layout");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        BuildComparison.ComparisonSummary summary = new BuildComparison(repo, "old", 3, List.of("--events", "500"), 2, out,
                new PrintStream(console, true, UTF_8)).run();

        assertEquals(3, summary.pairs().size());
        assertEquals(2.5, summary.median(), 1e-9);
        assertEquals(List.of(true, false, true), summary.pairs().stream().map(BuildComparison.Pair::thisBuildFirst).toList());
        List<String> calls = Files.readAllLines(repo.resolve("calls.log"), UTF_8);
        assertEquals(3, calls.size(), "this build's runs log here; the old build's in its own worktree");
        assertTrue(calls.stream().allMatch(c -> c.startsWith("bench --events 500 --parallelisms 2 --out ")), calls.toString());
        assertTrue(Files.exists(out.resolve("compare.json")));
        assertTrue(console.toString(UTF_8).contains("median ratio 2.500, spread 2.500 to 2.500"), console.toString(UTF_8));
        Process list = new ProcessBuilder("git", "worktree", "list").directory(repo.toFile()).start();
        String worktrees = new String(list.getInputStream().readAllBytes(), UTF_8);
        assertEquals(1, worktrees.strip().lines().count(), "the temporary worktree is gone: " + worktrees);
    }

    @Test
    void theMedianOfAnEvenNumberOfPairsIsTheMeanOfTheMiddleTwo() {
        BuildComparison.ComparisonSummary summary = BuildComparison.ComparisonSummary.of("a", "b", List.of(
                new BuildComparison.Pair(1, true, 300, 100), new BuildComparison.Pair(2, false, 100, 100),
                new BuildComparison.Pair(3, true, 200, 100), new BuildComparison.Pair(4, false, 500, 100)));

        assertEquals(2.5, summary.median(), 1e-9);
        assertEquals(1.0, summary.min(), 1e-9);
        assertEquals(5.0, summary.max(), 1e-9);
        assertFalse(summary.json().isEmpty());
    }
}
