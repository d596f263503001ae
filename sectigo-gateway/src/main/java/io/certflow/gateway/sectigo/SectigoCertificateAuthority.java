package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.events.RevocationReason;
import io.certflow.gateway.ca.CertificateAuthority;
import io.certflow.gateway.ca.Collected;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import io.certflow.gateway.ca.RevocationOutcome;
import io.certflow.gateway.ca.Unknown;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Sectigo adapter behind the gateway's {@link CertificateAuthority} port: SSL orders go to
 * {@code !AutoApplyOrder}, S/MIME ones to {@code !PlaceOrder}; what Sectigo answers is turned into the
 * port's outcomes here and in the classes this one delegates to, which are the only ones that know
 * Sectigo's parameters and codes.
 */
@Singleton
public class SectigoCertificateAuthority implements CertificateAuthority {

    private final SectigoOrders ssl;
    private final SmimeOrders smime;
    private final SectigoReplacements replacements;
    private final ReplacementLookup replacementLookup;
    private final SectigoRevocations revocations;
    private final SectigoCollector collector;

    SectigoCertificateAuthority(SectigoOrders ssl, SmimeOrders smime, SectigoReplacements replacements,
                                ReplacementLookup replacementLookup, SectigoRevocations revocations,
                                SectigoCollector collector) {
        this.ssl = ssl;
        this.smime = smime;
        this.replacements = replacements;
        this.replacementLookup = replacementLookup;
        this.revocations = revocations;
        this.collector = collector;
    }

    @Override
    public OrderOutcome place(UUID orderId, OrderDetails order) {
        return isSmime(order) ? smime.place(orderId, order) : ssl.place(orderId, order);
    }

    @Override
    public OrderOutcome find(UUID orderId, OrderDetails order, Unknown lastOutcome) {
        SectigoError lastError = SectigoError.of(lastOutcome);
        return isSmime(order) ? smime.lookUp(orderId, lastError) : ssl.lookUp(orderId, lastError);
    }

    @Override
    public OrderOutcome authorize(UUID orderId, String orderNumber) {
        return smime.authorize(orderId, orderNumber);
    }

    @Override
    public OrderOutcome replace(UUID orderId, OrderDetails order, String replacedNumber, boolean revokeReplaced) {
        return replacements.replace(orderId, order, replacedNumber, revokeReplaced);
    }

    @Override
    public Optional<List<Placed>> replacementsOf(UUID orderId, OrderDetails order, String replacedNumber,
                                                Instant since) {
        String uniqueValue = isSmime(order) ? null : AutoApplyRequest.uniqueValueOf(orderId);
        return replacementLookup.replacementsOf(orderId, replacedNumber, since)
                .map(numbers -> numbers.stream().map(number -> Placed.of(number, uniqueValue)).toList());
    }

    @Override
    public RevocationOutcome revoke(UUID orderId, String orderNumber, RevocationReason reason,
                                    @Nullable String comment) {
        return revocations.revoke(orderId, orderNumber, reason, comment);
    }

    @Override
    public Collected collect(UUID orderId, String orderNumber) {
        return collector.collect(orderId, orderNumber);
    }

    private static boolean isSmime(OrderDetails order) {
        return order.type() == CertificateType.SMIME;
    }
}
