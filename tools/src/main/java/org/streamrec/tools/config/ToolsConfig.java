package org.streamrec.tools.config;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.streamrec.config.ConfigSchema;
import org.streamrec.config.Problems;
import org.streamrec.config.ValidatedConfig;

/**
 * The settings of the tools behind {@code ./recs} (never the job's): the synthetic shop, and how
 * {@code ./recs eval} scores recommendations and reminders. Every key has a default in
 * {@code tools-defaults.yaml}, which documents it; built-in environments may override some in
 * {@code tools-envs/NAME.yaml}. Loaded beside the job's configuration by {@link LaunchConfig}.
 */
public record ToolsConfig(
        SyntheticShopConfig syntheticShop,
        EvalConfig eval,
        ReminderEvalConfig reminderEval) implements ValidatedConfig, Serializable {

    public static final ConfigSchema<ToolsConfig> SCHEMA =
            new ConfigSchema<>(ToolsConfig.class, ToolsConfig.class, "/tools-defaults.yaml", "/tools-envs/");

    /** Whether a dotted key ({@code eval.scoreFrom}) is one of these settings rather than the job's. */
    public static boolean owns(String key) {
        String section = key.split("\\.", 2)[0];
        return Arrays.stream(ToolsConfig.class.getRecordComponents()).anyMatch(c -> c.getName().equals(section));
    }

    @Override
    public List<String> problems() {
        Problems p = new Problems();
        syntheticShop.validate(p.section("syntheticShop"));
        eval.validate(p.section("eval"));
        reminderEval.validate(p.section("reminderEval"));
        return p.messages();
    }
}
