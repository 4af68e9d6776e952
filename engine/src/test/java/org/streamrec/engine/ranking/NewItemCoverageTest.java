package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NewItemCoverageTest {
    @Test
    void startsAtThePriorAndMovesToWhatItSees() {
        NewItemCoverage coverage = new NewItemCoverage(0.5, 10, 1_000_000);
        assertEquals(0.5, coverage.value(), 1e-12);
        for (int i = 0; i < 10; i++) coverage.observe(i < 2);
        assertEquals((2 + 5) / 20.0, coverage.value(), 1e-4);
        for (int i = 0; i < 10_000; i++) coverage.observe(i % 5 == 0);
        assertEquals(0.2, coverage.value(), 0.002);
    }

    @Test
    void forgetsWhatItSawLongAgo() {
        NewItemCoverage coverage = new NewItemCoverage(0.5, 10, 1_000);
        for (int i = 0; i < 20_000; i++) coverage.observe(true);
        for (int i = 0; i < 10_000; i++) coverage.observe(false);
        assertEquals(0, coverage.value(), 0.01, "ten memories later the old coverage is gone");
    }

    @Test
    void withoutMemoryThePriorHolds() {
        NewItemCoverage coverage = new NewItemCoverage(0.3, 10, 0);
        for (int i = 0; i < 100; i++) coverage.observe(true);
        assertEquals(0.3, coverage.value(), 1e-12);
    }

    @Test
    void restoredCountsOfSeveralInstancesPool() {
        NewItemCoverage a = new NewItemCoverage(0.5, 0, 1_000_000);
        NewItemCoverage b = new NewItemCoverage(0.5, 0, 1_000_000);
        for (int i = 0; i < 100; i++) a.observe(true);
        for (int i = 0; i < 300; i++) b.observe(false);
        NewItemCoverage merged = new NewItemCoverage(0.5, 0, 1_000_000);
        merged.restore(a.counts());
        merged.restore(b.counts());
        assertEquals(0.25, merged.value(), 1e-3);
    }
}
