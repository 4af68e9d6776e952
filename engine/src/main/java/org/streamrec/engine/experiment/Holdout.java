package org.streamrec.engine.experiment;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.streamrec.config.ExperimentConfig;

/**
 * Which shoppers are held out of the engine's lists. A shopper's bucket is the first 8 bytes of
 * SHA-256({@code salt + ":" + userId}) as an unsigned number, modulo 10,000; the first
 * {@code holdoutPercent x 100} buckets are held out. It depends on nothing but the user id and the
 * salt, so it is the same on every restart, parallelism and machine, and BI can recompute it
 * (e.g. in SQL) to join sales with the arm.
 */
public final class Holdout implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The variant of held-out shoppers' lists and of their counters. */
    public static final String VARIANT = "holdout";
    public static final int BUCKETS = 10_000;

    private final String salt;
    private final int heldOutBuckets;
    private final ExperimentConfig.HoldoutPolicy policy;
    /** Reused: the user operator asks once per interaction. An instance serves one task thread. */
    private transient MessageDigest sha256;

    public Holdout(ExperimentConfig config) {
        salt = config.salt();
        heldOutBuckets = (int) Math.round(config.holdoutPercent() * BUCKETS / 100);
        policy = config.holdoutPolicy();
    }

    /** The shopper's bucket, 0 to 9,999. */
    public int bucket(String userId) {
        if (sha256 == null) sha256 = newSha256();
        byte[] digest = sha256.digest((salt + ":" + userId).getBytes(StandardCharsets.UTF_8));
        return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, Long.BYTES).getLong(), BUCKETS);
    }

    public boolean heldOut(String userId) {
        return heldOutBuckets > 0 && bucket(userId) < heldOutBuckets;
    }

    /** {@link #VARIANT} for a held-out shopper, else the variant the engine runs. */
    public String variantOf(String userId, String liveVariant) {
        return heldOut(userId) ? VARIANT : liveVariant;
    }

    /** What held-out shoppers get instead of the engine's lists. */
    public ExperimentConfig.HoldoutPolicy policy() {
        return policy;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
