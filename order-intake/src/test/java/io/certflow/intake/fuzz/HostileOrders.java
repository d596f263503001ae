package io.certflow.intake.fuzz;

import io.certflow.intake.order.Orders;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Order bodies an attacker could send, each made from one seed: a valid order of each kind with
 * one to three mutations (a field removed or given the wrong type, a huge or unicode string, deep
 * nesting, a hostile CSR, an unknown field) and sometimes the JSON text itself cut or corrupted.
 */
final class HostileOrders {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final List<String> VALID = Stream.of(Orders.dv(), Orders.ov(), Orders.ovMultiDomain(),
            Orders.ev(), Orders.smime()).map(order -> write(order.build())).toList();

    private HostileOrders() {
    }

    static String from(long seed) {
        Random random = new Random(seed);
        Map<String, Object> order = read(VALID.get(random.nextInt(VALID.size())));
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            mutate(randomObject(order, random), random);
        }
        String text = write(order);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> insert(text, random);
            case 2 -> text.replaceFirst("\\{", "{\"deep\":" + "[".repeat(random.nextInt(5_000)));
            default -> text;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> randomObject(Map<String, Object> order, Random random) {
        Map<String, Object> object = order;
        while (random.nextBoolean()) {
            List<Object> children = object.values().stream().filter(Map.class::isInstance).toList();
            if (children.isEmpty()) {
                return object;
            }
            object = (Map<String, Object>) children.get(random.nextInt(children.size()));
        }
        return object;
    }

    private static void mutate(Map<String, Object> object, Random random) {
        List<String> keys = new ArrayList<>(object.keySet());
        String key = keys.isEmpty() || random.nextInt(8) == 0 ? Noise.text(random, 1 + random.nextInt(20))
                : keys.get(random.nextInt(keys.size()));
        if (random.nextInt(6) == 0) {
            object.remove(key);
        } else {
            object.put(key, value(random));
        }
    }

    private static Object value(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> new BigInteger(200, random);
            case 4 -> random.nextDouble() * Double.MAX_VALUE;
            case 5 -> "x".repeat(random.nextInt(200_000));
            case 6 -> Noise.text(random, random.nextInt(300));
            case 7 -> nested(random.nextInt(2) == 0 ? random.nextInt(40) : random.nextInt(900));
            case 8 -> HostileCsrs.from(random.nextLong());
            case 9 -> new ArrayList<>(List.of(Noise.text(random, 10), random.nextInt()));
            case 10 -> new LinkedHashMap<>(Map.of(Noise.text(random, 5), Noise.text(random, 5)));
            default -> String.valueOf(random.nextInt());
        };
    }

    private static Object nested(int depth) {
        Object value = List.of();
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    private static String insert(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + Noise.text(random, 1 + random.nextInt(5)) + text.substring(at);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
