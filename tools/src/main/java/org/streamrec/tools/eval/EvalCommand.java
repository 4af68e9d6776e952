package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** ./recs eval: its options are parsed and documented by {@link EvalRunner} (./recs eval --help). */
@Command(name = "eval", description = "Replays a dataset through the job and scores it prequentially against baselines (--help for options).")
public final class EvalCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return new EvalRunner(new FlinkEngineReplay(System.out), System.out, System.err).run(args.toArray(String[]::new));
    }
}
