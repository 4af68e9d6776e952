package org.streamrec.tools.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpsQueriesTest {
    @Test
    void findsMetricsMatchersAndGroupingLabels() {
        OpsQueries.Query q = OpsQueries.parse("panel p",
                "sum by (variant, kind) (rate(flink_a_b{job_name=~\"$job\",kind=\"list\"}[$__rate_interval]))"
                        + " / on() group_left sum(rate(streamrec_probe_x_total[5m])) + time()", Set.of("job_name"));
        assertEquals(List.of("flink_a_b", "streamrec_probe_x_total"), q.metrics().stream().map(OpsQueries.MetricUse::name).toList());
        assertEquals(List.of(new OpsQueries.LabelMatcher("job_name", "=~", ".*"), new OpsQueries.LabelMatcher("kind", "=", "list")),
                q.metrics().get(0).matchers());
        assertEquals(Set.of("job_name", "variant", "kind"), q.labels());
        assertEquals("sum by (variant, kind) (rate(flink_a_b{job_name=~\".*\",kind=\"list\"}[1m])) / on() group_left "
                + "sum(rate(streamrec_probe_x_total[5m])) + time()", q.forPrometheus("2m"));
    }

    @Test
    void matchersDecideAsPrometheusDoes() {
        assertTrue(new OpsQueries.LabelMatcher("a", "=~", "0.5|0.99").matches("0.99"));
        assertFalse(new OpsQueries.LabelMatcher("a", "=~", "0.5|0.99").matches("0.999"));
        assertTrue(new OpsQueries.LabelMatcher("a", "!=", "holdout").matches(null));
        assertFalse(new OpsQueries.LabelMatcher("a", "=", "x").matches(null));
    }

    @Test
    void readsEveryPanelAndAlertOfTheChart() throws IOException {
        List<OpsQueries.Query> all = OpsQueries.read(OpsFiles.existing(OpsFiles.DASHBOARD), OpsFiles.existing(OpsFiles.ALERT_RULES));
        assertTrue(all.stream().filter(q -> q.source().startsWith("panel ")).count() >= 30);
        assertEquals(10, all.stream().filter(q -> q.source().startsWith("alert ")).count());
        assertTrue(all.stream().allMatch(q -> !q.metrics().isEmpty()), "every query reads a streamrec or Flink metric");
    }
}
