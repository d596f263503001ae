package io.certflow.e2e.support;

import io.certflow.devstack.App;
import io.certflow.devstack.Stack;
import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.apps.AppProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for secrets everywhere a stack keeps or sends text: every service's log and the broker's, every
 * record (key, value, headers) on every topic (dead letters included), every row of every service's
 * database, every URL the gateway called Sectigo with (the sandbox records query strings as called),
 * and every mail sent. The sandbox's own log is not searched: it stands for Sectigo, which is given the
 * password by design.
 */
public final class SecretSearch {

    private final Stack stack;
    private final Evidence evidence;

    public SecretSearch(Stack stack) {
        this.stack = stack;
        this.evidence = new Evidence(stack);
    }

    /** Each place a secret was found, as "place: secret name"; empty when none occurs anywhere. */
    public List<String> occurrences(Map<String, String> secrets) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (App service : App.services()) {
            for (AppProcess process : stack.processes(service)) {
                places.put("log of " + service.module() + ":" + process.port(), List.of(read(process.log())));
            }
            places.put("tables of " + service.database(), evidence.allRows(service.database()));
        }
        places.put("kafka log", List.of(read(stack.embeddedKafka().logFile())));
        evidence.topics().forEach(topic -> places.put("topic " + topic, evidence.recordTexts(topic)));
        places.put("URLs called at Sectigo", List.of(Http.get(stack.baseUrl(App.SECTIGO_SANDBOX)
                + "/sandbox/calls").body()));
        places.put("mail", stack.smtp().received().stream().map(ReceivedMail::text).toList());
        List<String> found = new ArrayList<>();
        places.forEach((place, texts) -> secrets.forEach((name, secret) -> {
            if (texts.stream().anyMatch(text -> text != null && text.contains(secret))) {
                found.add(place + ": " + name);
            }
        }));
        return found;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
