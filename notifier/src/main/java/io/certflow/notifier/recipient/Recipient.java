package io.certflow.notifier.recipient;

import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRequested;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Whom the notifier writes to about an order, and what the order is for, as far as the emails
 * need it. Learnt once from {@code order.requested}; never changes afterwards.
 *
 * @param orderId     certflow's order id
 * @param email       the customer's address
 * @param name        how to address the customer, if given
 * @param language    BCP 47 tag for the emails, if given
 * @param commonName  the name the certificate is known by: the first of {@code facts.orderedNames}
 *                    (the primary domain, else the CSR's CN; for S/MIME the first mailbox)
 * @param domainNames {@code facts.orderedNames}: every name ordered (domains, or S/MIME mailboxes), the
 *                    common name first; rows stored before the facts existed keep the names as written
 * @param product     Sectigo's product code
 * @param createdAt   when the order was learnt
 * @param certificateType SSL or S/MIME; absent for orders learnt before certflow knew S/MIME
 * @param replacesOrderId for a replacement: the order it replaces
 * @param revokeReplaced  for a replacement: whether the replaced certificate is revoked
 */
@MappedEntity("recipient")
public record Recipient(
        @Id UUID orderId,
        String email,
        @Nullable String name,
        @Nullable String language,
        String commonName,
        @TypeDef(type = DataType.JSON) List<String> domainNames,
        @Nullable Integer product,
        Instant createdAt,
        @Nullable CertificateType certificateType,
        @Nullable UUID replacesOrderId,
        @Nullable Boolean revokeReplaced) {

    private static final String UNNAMED = "your certificate";

    public Recipient {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(commonName, "commonName");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
    }

    /** The customer of a requested order; fails naming the field when the event lacks it. */
    public static Recipient of(OrderRequested requested, Instant now) {
        OrderDetails order = requested.order();
        Customer customer = Objects.requireNonNull(order.customer(), "order.customer is missing");
        Objects.requireNonNull(customer.email(), "order.customer.email is missing");
        List<String> names = requested.requireFacts().orderedNames();
        return new Recipient(requested.orderId(), customer.email(), customer.name(), customer.language(),
                names.isEmpty() ? UNNAMED : names.get(0), names, order.product(), now, order.type(),
                requested.replacesOrderId(), requested.revokeReplaced());
    }

    public boolean isSmime() {
        return certificateType == CertificateType.SMIME;
    }
}
