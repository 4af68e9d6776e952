package org.streamrec.tools.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.streamrec.config.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./recs panels: evaluates the dashboard's and the alerts' queries on a running Prometheus. */
@Command(name = "panels", mixinStandardHelpOptions = true,
        description = {
            "Evaluates every query of the Grafana dashboard on a Prometheus over the last --range, as Grafana's panels",
            "do (a range query), and says which return data (every panel must); and every alert rule's expression now",
            "(which must evaluate; it returns data only while firing).",
            "Exits 1 when a panel query returns nothing or any query fails. tools/scripts/check-dashboard runs it",
            "against ./recs demo (docs/operations.md)."})
public final class PanelsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--prometheus", required = true, paramLabel = "URL", description = "Prometheus base URL, e.g. http://127.0.0.1:9090")
    URI prometheus;

    @Option(names = "--range", defaultValue = "5m",
            description = "The dashboard's time range: panels are evaluated over it, and it is what Grafana's $__range stands for. Default: ${DEFAULT-VALUE}.")
    String range;

    @Option(names = "--step", defaultValue = "5", description = "Seconds between the points of a panel's range query. Default: ${DEFAULT-VALUE}.")
    int step;

    @Option(names = "--dashboard", defaultValue = "helm/streamrec/files/grafana-dashboard.json", description = "Default: ${DEFAULT-VALUE}.")
    Path dashboard;

    @Option(names = "--rules", defaultValue = "helm/streamrec/files/alert-rules.yaml", description = "Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        HttpClient http = HttpClient.newHttpClient();
        List<OpsQueries.Query> queries = OpsQueries.read(dashboard, rules);
        int panelsWithData = 0;
        int panels = 0;
        int failures = 0;
        for (OpsQueries.Query q : queries) {
            boolean panel = q.source().startsWith("panel ");
            JsonNode answer = panel ? queryRange(http, q.forPrometheus(range)) : query(http, q.forPrometheus(range));
            String verdict;
            if (!"success".equals(answer.path("status").asText())) {
                failures++;
                verdict = "ERROR    " + answer.path("error").asText(answer.toString());
            } else {
                int series = answer.path("data").path("result").size();
                if (panel) {
                    panels++;
                    if (series > 0) panelsWithData++;
                    else failures++;
                    verdict = series > 0 ? String.format("data     %d series", series) : "NO DATA";
                } else {
                    verdict = series > 0 ? "firing   " + series + " series" : "silent";
                }
            }
            out.printf("%-24s %s%n    %s%n", verdict, q.source(), q.forPrometheus(range));
        }
        out.printf("%d of %d panel queries returned data; %d queries failed or returned nothing.%n",
                panelsWithData, panels, failures);
        return failures == 0 ? 0 : 1;
    }

    private JsonNode query(HttpClient http, String promql) throws IOException, InterruptedException {
        return get(http, "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    private JsonNode queryRange(HttpClient http, String promql) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() / 1000;
        long start = end - Durations.parse(range).toSeconds();
        return get(http, "/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&start=" + start + "&end=" + end + "&step=" + step);
    }

    private JsonNode get(HttpClient http, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(prometheus.resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
