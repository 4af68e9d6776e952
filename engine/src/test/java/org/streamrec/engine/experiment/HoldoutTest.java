package org.streamrec.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.streamrec.config.ExperimentConfig;
import org.streamrec.config.ExperimentConfig.HoldoutPolicy;

class HoldoutTest {
    private static Holdout holdout(double percent, String salt) {
        return new Holdout(new ExperimentConfig(percent, salt, HoldoutPolicy.TRENDING));
    }

    @Test
    void bucketIsTheDocumentedHashSoOtherToolsCanRecomputeIt() {
        // Computed independently: python3 -c "import hashlib; d=hashlib.sha256(b'streamrec-holdout-1:u-17').digest();
        // print(int.from_bytes(d[:8],'big') % 10000)"
        assertEquals(5169, holdout(10, "streamrec-holdout-1").bucket("u-17"));
        assertEquals(5824, holdout(10, "streamrec-holdout-1").bucket("u-18"));
        assertEquals(4763, holdout(10, "other-salt").bucket("u-17"));
    }

    @Test
    void holdsOutTheFirstBucketsInTheConfiguredShare() {
        Holdout h = holdout(10, "s");
        int users = 100_000;
        int held = 0;
        for (int u = 0; u < users; u++) {
            String user = "user-" + u;
            boolean out = h.heldOut(user);
            assertEquals(h.bucket(user) < 1_000, out);
            assertEquals(out, holdout(10, "s").heldOut(user), "a new instance (a restart) assigns the same");
            if (out) held++;
        }
        // Binomial(100000, 0.1): sd ~95, so 600 is more than 6 sd.
        assertEquals(10_000, held, 600);
    }

    @Test
    void anotherSaltDrawsAnotherHoldout() {
        Holdout a = holdout(50, "a");
        Holdout b = holdout(50, "b");
        int same = 0;
        for (int u = 0; u < 10_000; u++) if (a.heldOut("u" + u) == b.heldOut("u" + u)) same++;
        assertEquals(5_000, same, 300, "independent halves agree about half the time");
    }

    @Test
    void zeroHoldsNobodyOutAndAHundredEverybody() {
        for (int u = 0; u < 1_000; u++) {
            assertFalse(holdout(0, "s").heldOut("u" + u));
            assertTrue(holdout(100, "s").heldOut("u" + u));
        }
        assertEquals("cooc-v1", holdout(0, "s").variantOf("u1", "cooc-v1"));
        assertEquals(Holdout.VARIANT, holdout(100, "s").variantOf("u1", "cooc-v1"));
    }
}
