package io.certflow.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Single-domain DV orders (product 488, e-mail DCV), each for a name of its own under
 * {@code bench.example.com}, as JSON for {@code POST /orders} or as an {@code order.submissions}
 * event.
 */
public final class OrderBodies {

    public static final String CUSTOMER = "bench@example.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CsrFactory csrs;
    private final String tenant;

    /** {@code tenant}: whose orders the submissions are (REST orders take the token's). */
    public OrderBodies(CsrFactory csrs, String tenant) {
        this.csrs = csrs;
        this.tenant = tenant;
    }

    /** {@code count} order JSONs for REST, made in parallel (signing is the cost). */
    public List<String> rest(String tag, int count) {
        return IntStream.range(0, count).parallel().mapToObj(i -> order(tag, i).toString()).toList();
    }

    /** The submission event for order {@code index}, keyed by {@link #requestId}. */
    public String submission(String tag, int index) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode metadata = event.putObject("metadata");
        metadata.put("eventId", UUID.randomUUID().toString());
        metadata.put("type", "certflow.order.submissions.v1");
        metadata.put("occurredAt", Instant.now().toString());
        metadata.put("source", "certflow-bench");
        event.put("requestId", requestId(tag, index));
        event.set("order", order(tag, index));
        event.put("tenant", tenant);
        return event.toString();
    }

    public static String requestId(String tag, int index) {
        return requestIdPrefix(tag) + index;
    }

    public static String requestIdPrefix(String tag) {
        return "bench-" + tag + "-";
    }

    private ObjectNode order(String tag, int index) {
        ObjectNode order = JSON.createObjectNode();
        order.put("type", "SSL");
        order.put("product", 488);
        order.put("days", 365);
        order.put("serverSoftware", -1);
        order.put("csr", csrs.csr(index, "b" + tag + "-" + index + ".bench.example.com"));
        order.putObject("dcv").put("method", "EMAIL").put("emailAddress", "admin@example.com");
        order.putObject("customer").put("email", CUSTOMER).put("name", "Bench Customer").put("language", "en");
        return order;
    }
}
