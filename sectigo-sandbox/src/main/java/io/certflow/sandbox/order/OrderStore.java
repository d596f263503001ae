package io.certflow.sandbox.order;

import io.certflow.sandbox.protocol.Errors;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All orders, in memory. Numbers keep counting across resets (and start from the clock), so a
 * caller's ledger never sees one order number twice.
 */
@Singleton
public class OrderStore {

    private final AtomicLong orderNumbers = new AtomicLong(System.currentTimeMillis() / 1000);
    private final AtomicLong certificateIds = new AtomicLong(System.currentTimeMillis());
    private final Map<String, Order> byNumber = new ConcurrentHashMap<>();
    private final Map<Long, Order> byCertificateId = new ConcurrentHashMap<>();
    private final Set<String> foreignOrderNumbers = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> requestTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> replacements = new ConcurrentHashMap<>();

    public String nextOrderNumber() {
        return String.valueOf(orderNumbers.incrementAndGet());
    }

    public long nextCertificateId() {
        return certificateIds.incrementAndGet();
    }

    /** {@code 1234567repl#1}, {@code 1234567repl#2}, … as in the push example of the v2.0 text. */
    public String nextReplacementNumber(String orderNumber) {
        String base = orderNumber.contains("repl#") ? orderNumber.substring(0, orderNumber.indexOf("repl#"))
                : orderNumber;
        return base + "repl#" + replacements.computeIfAbsent(base, b -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Records a foreignOrderNumber for an account; with {@code mustBeUnique} (checkFONIsUnique=Y)
     * fails when the account used it before.
     */
    public void claimForeignOrderNumber(String loginName, String foreignOrderNumber, boolean mustBeUnique) {
        if (!foreignOrderNumbers.add(loginName + "\n" + foreignOrderNumber) && mustBeUnique) {
            throw Errors.duplicateForeignOrderNumber();
        }
    }

    public void releaseForeignOrderNumber(String loginName, String foreignOrderNumber) {
        foreignOrderNumbers.remove(loginName + "\n" + foreignOrderNumber);
    }

    public boolean csrUsedBefore(String csrFingerprint) {
        return requestTokens.containsKey(csrFingerprint);
    }

    public boolean requestTokenUsed(String csrFingerprint, String uniqueValue) {
        Set<String> used = requestTokens.get(csrFingerprint);
        return used != null && used.contains(uniqueValue == null ? "" : uniqueValue);
    }

    /** Records a CSR + uniqueValue combination; false when it was used before (-55). */
    public boolean claimRequestToken(String csrFingerprint, String uniqueValue) {
        return requestTokens.computeIfAbsent(csrFingerprint, f -> ConcurrentHashMap.newKeySet())
                .add(uniqueValue == null ? "" : uniqueValue);
    }

    public void save(Order order) {
        byNumber.put(order.number(), order);
        byCertificateId.put(order.details().certificateId(), order);
    }

    public Optional<Order> find(String orderNumber) {
        return Optional.ofNullable(byNumber.get(orderNumber));
    }

    public Optional<Order> findByCertificateId(long certificateId) {
        return Optional.ofNullable(byCertificateId.get(certificateId));
    }

    public List<Order> all() {
        List<Order> orders = new ArrayList<>(byNumber.values());
        orders.sort(Comparator.comparing((Order o) -> o.details().placedAt()).thenComparing(Order::number));
        return orders;
    }

    public void reset() {
        byNumber.clear();
        byCertificateId.clear();
        foreignOrderNumbers.clear();
        requestTokens.clear();
        replacements.clear();
    }
}
