package io.certflow.devstack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.certflow.testkit.SmtpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The caught mail over HTTP: {@code GET /messages} lists every message the SMTP server received,
 * oldest first, as JSON ({@code to}, {@code from}, {@code subject}, {@code text}, {@code attachments});
 * {@code ?to=<address>} keeps one recipient's; {@code DELETE /messages} forgets them all.
 */
public final class MailHttpApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final HttpServer server;

    private MailHttpApi(HttpServer server) {
        this.server = server;
    }

    public static MailHttpApi start(int port, SmtpServer smtp) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/messages", exchange -> handle(exchange, smtp));
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "mail-http");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return new MailHttpApi(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve caught mail on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void handle(HttpExchange exchange, SmtpServer smtp) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, JSON.writeValueAsBytes(messages(smtp, recipient(exchange))));
                case "DELETE" -> {
                    smtp.reset();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> {
                    exchange.getResponseHeaders().add("Allow", "GET, DELETE");
                    exchange.sendResponseHeaders(405, -1);
                }
            }
        }
    }

    private static List<MailJson> messages(SmtpServer smtp, String recipient) {
        return smtp.received().stream()
                .filter(mail -> recipient == null || mail.to().stream().anyMatch(recipient::equalsIgnoreCase))
                .map(MailJson::of)
                .toList();
    }

    private static String recipient(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].equals("to")) {
                return URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
