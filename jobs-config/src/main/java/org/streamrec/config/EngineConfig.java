package org.streamrec.config;

import java.io.Serializable;

/**
 * The whole typed configuration. Every key has a default in {@code defaults.yaml} (which is also
 * the reference documentation); environment files in jobs-config/ override some of them.
 */
public record EngineConfig(
        KafkaConfig kafka,
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
        SyntheticShopConfig syntheticShop,
        EvalConfig eval,
        ReminderEvalConfig reminderEval) implements Serializable {

    /** The same configuration with other runtime settings. */
    public EngineConfig withRuntime(RuntimeConfig other) {
        return new EngineConfig(kafka, other, profile, similarity, ranking, reminders, contact, triggers, intent, identity, offer, syntheticShop, eval, reminderEval);
    }

    /** Every problem, each naming its key; empty when the configuration is usable. */
    public java.util.List<String> problems() {
        Problems p = new Problems();
        kafka.validate(p.section("kafka"));
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
        syntheticShop.validate(p.section("syntheticShop"));
        eval.validate(p.section("eval"));
        reminderEval.validate(p.section("reminderEval"));
        return p.messages();
    }
}
