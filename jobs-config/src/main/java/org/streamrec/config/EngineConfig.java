package org.streamrec.config;

import java.io.Serializable;

/**
 * The job's whole typed configuration. Every key has a default in {@code defaults.yaml} (which is
 * also the reference documentation); environment files in jobs-config/ override some of them. The
 * tools' settings (synthetic shop, evaluation) are not here: they are the tools module's ToolsConfig.
 */
public record EngineConfig(
        KafkaConfig kafka,
        IngestConfig ingest,
        RuntimeConfig runtime,
        ProfileConfig profile,
        SimilarityConfig similarity,
        RankingConfig ranking,
        ReminderConfig reminders,
        ContactConfig contact,
        TriggerConfig triggers,
        IntentConfig intent,
        IdentityConfig identity,
        OfferConfig offer,
        AttributionConfig attribution,
        ExperimentConfig experiment) implements ValidatedConfig, Serializable {

    /** The same configuration with other runtime settings. */
    public EngineConfig withRuntime(RuntimeConfig other) {
        return new EngineConfig(kafka, ingest, other, profile, similarity, ranking, reminders, contact, triggers, intent, identity,
                offer, attribution, experiment);
    }

    /** The same configuration with every shopper getting the engine's lists ({@code experiment.holdoutPercent} 0). */
    public EngineConfig withoutHoldout() {
        ExperimentConfig none = new ExperimentConfig(0, experiment.salt(), experiment.holdoutPolicy());
        return new EngineConfig(kafka, ingest, runtime, profile, similarity, ranking, reminders, contact, triggers, intent, identity,
                offer, attribution, none);
    }

    @Override
    public java.util.List<String> problems() {
        Problems p = new Problems();
        kafka.validate(p.section("kafka"));
        ingest.validate(p.section("ingest"));
        runtime.validate(p.section("runtime"));
        profile.validate(p.section("profile"));
        similarity.validate(p.section("similarity"));
        ranking.validate(p.section("ranking"));
        reminders.validate(p.section("reminders"));
        contact.validate(p.section("contact"));
        triggers.validate(p.section("triggers"));
        intent.validate(p.section("intent"));
        identity.validate(p.section("identity"));
        offer.validate(p.section("offer"));
        attribution.validate(p.section("attribution"));
        experiment.validate(p.section("experiment"));
        return p.messages();
    }
}
