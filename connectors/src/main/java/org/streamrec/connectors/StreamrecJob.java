package org.streamrec.connectors;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.ConfigException;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.job.RecommendationJob;

/**
 * The production entry point, the job jar's main class: reads the engine configuration, builds the
 * Kafka sources and sinks from it and runs the job on the cluster that started it ({@code flink run},
 * the REST API's {@code /jars/:id/run}, or the Flink Kubernetes Operator in application mode).
 *
 * <pre>
 * StreamrecJob [--config ENV|FILE] [--set KEY=VALUE]... [--validate]
 * </pre>
 *
 * {@code --validate} loads and checks everything that needs no broker (configuration, Kafka security
 * files), prints what the job would run with and exits without starting it; a start also checks the
 * brokers' access ({@link KafkaIO#jobIO}). Exit code 2: the arguments or the
 * configuration cannot be used (every problem is printed, named by its key).
 */
public final class StreamrecJob {
    public static final String JOB_NAME = "streamrec";

    private StreamrecJob() {}

    public static void main(String[] args) throws Exception {
        JobArguments arguments;
        EngineConfig config;
        try {
            arguments = JobArguments.parse(args);
            config = ConfigLoader.load(arguments.environment(), arguments.overrides());
            KafkaClientProperties.of(config.kafka()); // the security files, named by key
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(e.getMessage());
            if (e instanceof IllegalArgumentException) System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.validate()) {
            describe(arguments, config, System.out);
            return;
        }
        run(config);
    }

    /**
     * Checks the settings the cluster gives the job, then builds the Kafka sources and sinks (which
     * checks the brokers' access first: {@link KafkaIO#jobIO}) and the graph, and executes.
     */
    static void run(EngineConfig config) throws Exception {
        Configuration required = RecommendationJob.flinkConfiguration(config);
        // What the cluster gives a job that asks for nothing, to tell a refused setting from a default.
        Configuration cluster = Configuration.fromMap(StreamExecutionEnvironment.getExecutionEnvironment().getConfiguration().toMap());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(required);
        RequiredSettings.verify(required, cluster, env.getConfiguration());
        JobIO io = KafkaIO.jobIO(config.kafka(), EventCodec.of(config), transactionalIdPrefix(config.kafka()));
        RecommendationJob.assemble(env, config, io);
        env.execute(JOB_NAME);
    }

    /**
     * The reminders sink's transactional id prefix: the same on every start of one deployment, so a
     * restarted job fences and aborts its own earlier transactions; different per consumer group, so
     * two deployments sharing a broker never fence each other.
     */
    static String transactionalIdPrefix(KafkaConfig kafka) {
        return kafka.groupId() + "-reminders";
    }

    static void describe(JobArguments arguments, EngineConfig config, PrintStream out) {
        KafkaConfig kafka = config.kafka();
        out.printf("Configuration %s: valid.%n", arguments.environment() == null ? "(defaults)" : arguments.environment());
        out.printf("  kafka          %s (%s), group %s%n", kafka.bootstrapServers(), kafka.security().protocol(), kafka.groupId());
        out.printf("  reads          %s%n", kafka.inputTopics());
        out.printf("  writes         %s; rules from %s%n", String.join(", ", kafka.outputTopics()), kafka.rulesTopic());
        out.printf("  parallelism    %d, checkpoints every %s to %s%n", config.runtime().parallelism(),
                Durations.format(config.runtime().checkpointInterval()), config.runtime().checkpointDir());
        out.println("  Flink settings the job sets (checked: the cluster must let it have them):");
        Map<String, String> settings = new TreeMap<>(RecommendationJob.flinkConfiguration(config).toMap());
        settings.forEach((key, value) -> out.printf("    %s: %s%s%n", key, value, RequiredSettings.isChecked(key) ? " (checked)" : ""));
    }
}
