package org.streamrec.tools;

import org.streamrec.tools.demo.DemoCommand;
import org.streamrec.tools.drift.DriftCommand;
import org.streamrec.tools.eval.EvalCommand;
import org.streamrec.tools.eval.TuneCommand;
import org.streamrec.config.ConfigException;
import org.streamrec.tools.bench.BenchCommand;
import org.streamrec.tools.cluster.ClusterCommand;
import org.streamrec.tools.monitor.MonitorCommand;
import org.streamrec.tools.ops.PanelsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher behind ./recs. */
@Command(name = "recs", mixinStandardHelpOptions = true,
        description = "Real-time recommendation engine on Apache Flink.",
        subcommands = {DemoCommand.class, ClusterCommand.class, EvalCommand.class, BenchCommand.class, DriftCommand.class,
            TuneCommand.class, MonitorCommand.class, PanelsCommand.class})
public final class Recs implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Recs());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }
}
