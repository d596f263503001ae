package io.certflow.notifier.template;

import io.certflow.events.CertificateStored;
import io.certflow.events.DcvInstruction;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.notifier.recipient.OrderFacts;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.recipient.Replacement;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each template may show, built from an event and what is known about its order. Values are
 * never null: absent ones are empty strings, which the templates' sections treat as false.
 * {@link StatusMailModels} and {@link LifecycleMailModels} build the models of the later steps.
 */
public final class MailModels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MailModels() {
    }

    public static Map<String, Object> placed(OrderPlaced placed, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        model.put("sectigoOrderNumber", placed.sectigoOrderNumber());
        model.put("instructions", placed.dcvInstructions().stream().map(MailModels::instruction).toList());
        model.put("hasInstructions", !placed.dcvInstructions().isEmpty());
        return model;
    }

    public static Map<String, Object> failed(OrderFailed failed, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        model.put("reason", flags(FailureReason.values(), failed.reason()));
        model.put("message", failed.message());
        model.put("field", text(failed.field()));
        model.put("providerCode", text(failed.providerCode()));
        return model;
    }

    /**
     * @param downloadUrl     where the full chain can be fetched again
     * @param certificateFile the attachment's name of the certificate
     * @param chainFile       the attachment's name of the chain; empty when there is no chain
     */
    public static Map<String, Object> issued(CertificateStored stored, OrderFacts facts, String downloadUrl,
                                             String certificateFile, String chainFile) {
        Map<String, Object> model = common(facts);
        model.put("sectigoOrderNumber", stored.sectigoOrderNumber());
        model.put("certificateNames", names(stored.subjectAlternativeNames(), facts.recipient()));
        model.put("notBefore", date(stored.notBefore()));
        model.put("notAfter", date(stored.notAfter()));
        model.put("serialNumber", stored.serialNumber());
        model.put("fingerprint", stored.sha256Fingerprint());
        model.put("downloadUrl", downloadUrl);
        model.put("certificateFile", certificateFile);
        model.put("chainFile", chainFile);
        return model;
    }

    /** What every template may show: the customer, the order's names and references, a replacement. */
    static Map<String, Object> common(OrderFacts facts) {
        Recipient recipient = facts.recipient();
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", text(recipient.name()));
        model.put("commonName", recipient.commonName());
        model.put("domainList", names(List.of(), recipient));
        model.put("orderId", recipient.orderId().toString());
        model.put("smime", recipient.isSmime());
        model.put("sectigoOrderNumber", text(facts.sectigoOrderNumber()));
        model.put("replacement", facts.replacementIfAny().<Object>map(MailModels::replacement).orElse(""));
        return model;
    }

    /** The certificate's names if it has any, else the ordered ones. */
    static String names(List<String> certificateNames, Recipient recipient) {
        if (!certificateNames.isEmpty()) {
            return String.join(", ", certificateNames);
        }
        return String.join(", ", recipient.domainNames().isEmpty()
                ? List.of(recipient.commonName()) : recipient.domainNames());
    }

    /** One boolean per enum value, true for {@code actual}: the templates word each value in a section. */
    static <E extends Enum<E>> Map<String, Object> flags(E[] values, @Nullable E actual) {
        Map<String, Object> flags = new HashMap<>();
        for (E each : values) {
            flags.put(each.name(), each == actual);
        }
        return flags;
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Map<String, Object> replacement(Replacement replacement) {
        return Map.of("replacedOrderId", replacement.replacedOrderId().toString(),
                "replacedSectigoOrderNumber", text(replacement.replacedSectigoOrderNumber()),
                "revokesReplaced", replacement.revokesReplaced());
    }

    private static Map<String, Object> instruction(DcvInstruction instruction) {
        Map<String, Object> model = new HashMap<>();
        model.put("domain", instruction.domain());
        model.put("email", instruction.emailAddress() == null ? "" : Map.of("address", instruction.emailAddress()));
        model.put("http", instruction.httpFileUrl() == null ? "" : Map.of("url", instruction.httpFileUrl(),
                "content", text(instruction.httpFileContent())));
        model.put("cname", instruction.cnameHost() == null ? "" : Map.of("host", instruction.cnameHost(),
                "target", text(instruction.cnameTarget())));
        return model;
    }
}
