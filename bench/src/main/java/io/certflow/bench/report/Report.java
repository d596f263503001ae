package io.certflow.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The whole benchmark: where and on what it ran, and every scenario's runs and summary. */
public record Report(Map<String, Object> environment, List<ScenarioResult> scenarios) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void writeJson(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            JSON.writeValue(file.toFile(), toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("environment", JSON.valueToTree(environment));
        var list = root.putArray("scenarios");
        for (ScenarioResult scenario : scenarios) {
            ObjectNode node = list.addObject();
            node.put("id", scenario.id());
            node.put("title", scenario.title());
            var runs = node.putArray("runs");
            scenario.runs().forEach(run -> runs.add(JSON.valueToTree(run.asMap())));
            ObjectNode summary = node.putObject("summary");
            scenario.summary().forEach((name, spread) -> {
                ObjectNode figure = summary.putObject(name);
                figure.put("median", spread.median());
                figure.put("min", spread.min());
                figure.put("max", spread.max());
                Target target = scenario.targetOf(name);
                if (target != null) {
                    figure.put("target", target.describe());
                    figure.put("met", target.metBy(spread.median()));
                }
            });
            var notes = node.putArray("notes");
            scenario.notes().forEach(notes::add);
        }
        return root;
    }

    /** One line per figure: median, spread over the runs, the target and whether the median meets it. */
    public void printTable(PrintStream out) {
        String format = "%-4s %-34s %12s %25s %12s %s%n";
        out.printf(format, "", "figure", "median", "min .. max (runs)", "target", "");
        for (ScenarioResult scenario : scenarios) {
            out.printf("%s. %s (%d runs)%n", scenario.id(), scenario.title(), scenario.runs().size());
            scenario.summary().forEach((name, spread) -> {
                Target target = scenario.targetOf(name);
                out.printf(format, "", name, Format.number(spread.median()),
                        Format.number(spread.min()) + " .. " + Format.number(spread.max()),
                        target == null ? "" : target.describe(),
                        target == null ? "" : target.metBy(spread.median()) ? "met" : "MISSED");
            });
            scenario.notes().forEach(note -> out.println("     note: " + note));
        }
    }
}
