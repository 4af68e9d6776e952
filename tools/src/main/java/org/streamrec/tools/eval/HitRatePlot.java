package org.streamrec.tools.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** hitrate_at_k.html: HitRate@K for K = 1..20, one inline SVG chart per target, one line per model. No scripts, no external files. */
final class HitRatePlot {
    private static final String[] COLOURS = {"#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 230;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private HitRatePlot() {}

    static String render(List<TargetScores> scores, BootstrapIntervals.Result intervals, String title) {
        Map<Target, List<TargetScores>> byTarget = new LinkedHashMap<>();
        for (Target t : Target.values()) {
            List<TargetScores> ofTarget = scores.stream().filter(s -> s.target() == t && s.eventsScored() > 0).toList();
            if (!ofTarget.isEmpty()) byTarget.put(t, ofTarget);
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>HitRate@K: ")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "svg text{font-size:12px}</style>\n</head>\n<body>\n<h1>HitRate@K: ").append(escape(title)).append("</h1>\n");
        if (byTarget.isEmpty()) html.append("<p>Nothing was scored.</p>\n");
        byTarget.forEach((target, ofTarget) -> html.append(chart(target, ofTarget)));
        if (!byTarget.isEmpty()) html.append(intervalTables(scores, intervals));
        return html.append("</body>\n</html>\n").toString();
    }

    private static String chart(Target target, List<TargetScores> scores) {
        double max = scores.stream().mapToDouble(s -> s.hitRate(TargetScores.MAX_K)).max().orElse(0);
        double yMax = niceCeiling(max);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<h2>%s</h2>%n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"HitRate@K for %s\">%n", target.label(), WIDTH, HEIGHT, WIDTH, HEIGHT, target.label()));
        for (int i = 0; i <= 5; i++) {
            double value = yMax * i / 5;
            double y = TOP + plotH - plotH * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotW, y, LEFT - 6, y + 4, label(value, yMax)));
        }
        for (int k = 1; k <= TargetScores.MAX_K; k++) {
            if (k == 1 || k % 5 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x(k, plotW), TOP + plotH + 18, k));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, LEFT, TOP, LEFT, TOP + plotH));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">K</text>"
                + "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">HitRate@K</text>%n",
                LEFT + plotW / 2, HEIGHT - 12, TOP + plotH / 2, TOP + plotH / 2));
        for (int m = 0; m < scores.size(); m++) {
            TargetScores s = scores.get(m);
            String colour = COLOURS[m % COLOURS.length];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int k = 1; k <= TargetScores.MAX_K; k++) {
                double x = x(k, plotW);
                double y = TOP + plotH - plotH * s.hitRate(k) / yMax;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s HitRate@%d = %.4f</title></circle>",
                        x, y, colour, escape(s.model()), k, s.hitRate(k)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n%s%n",
                    colour, points.toString().trim(), dots));
            int legendY = TOP + 10 + 20 * m;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s (%.3f @10)</text>%n",
                    LEFT + plotW + 12, legendY, LEFT + plotW + 32, legendY, colour, LEFT + plotW + 38, legendY + 4,
                    escape(s.model()), s.hitRate(TargetScores.REPORTED_K)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** HitRate@10 and NDCG@10 with their intervals, and the engine's paired difference to each baseline with the verdict. */
    private static String intervalTables(List<TargetScores> scores, BootstrapIntervals.Result intervals) {
        StringBuilder html = new StringBuilder("<h2>At 10, with 95% bootstrap intervals over users</h2>\n<table border=\"1\" "
                + "cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr><th>model</th><th>target</th><th>HitRate@10</th>"
                + "<th>NDCG@10</th><th>engine - model, HitRate@10</th><th>engine - model, NDCG@10</th><th>verdict</th></tr>\n");
        for (TargetScores s : scores) {
            if (s.eventsScored() == 0) continue;
            var ci = intervals.of(s.model(), s.target()).intervals();
            var comparison = intervals.comparison(s.model(), s.target());
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    escape(s.model()), s.target().label(),
                    cell(s.hitRate(TargetScores.REPORTED_K), ci.get(UserTotals.Metric.HIT_RATE)),
                    cell(s.ndcg(TargetScores.REPORTED_K), ci.get(UserTotals.Metric.NDCG)),
                    comparison.map(c -> cell(c.differences().get(UserTotals.Metric.HIT_RATE))).orElse(""),
                    comparison.map(c -> cell(c.differences().get(UserTotals.Metric.NDCG))).orElse(""),
                    comparison.map(c -> escape(c.verdict())).orElse("")));
        }
        return html.append("</table>\n").toString();
    }

    private static String cell(double value, BootstrapIntervals.Interval interval) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", value, interval.low(), interval.high());
    }

    private static String cell(BootstrapIntervals.Difference d) {
        return String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", d.value(), d.interval().low(), d.interval().high());
    }

    private static double x(int k, int plotW) {
        return LEFT + plotW * (k - 1) / (double) (TargetScores.MAX_K - 1);
    }

    /** The smallest of 1, 2, 2.5, 5 x 10^n at or above the value (0.1 for 0). */
    static double niceCeiling(double value) {
        if (!(value > 0)) return 0.1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value - 1e-12) return step * magnitude;
        }
        return 10 * magnitude;
    }

    private static String label(double value, double yMax) {
        return String.format(Locale.ROOT, yMax < 0.05 ? "%.3f" : "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
