package io.certflow.notifier.template;

import io.certflow.events.CertificateStored;
import io.certflow.events.DcvInstruction;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.notifier.recipient.Recipient;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each template may show, built from an event and its recipient. Values are never null:
 * absent ones are empty strings, which the templates' sections treat as false.
 */
public final class MailModels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MailModels() {
    }

    public static Map<String, Object> placed(OrderPlaced placed, Recipient recipient) {
        Map<String, Object> model = common(recipient);
        model.put("sectigoOrderNumber", placed.sectigoOrderNumber());
        model.put("instructions", placed.dcvInstructions().stream().map(MailModels::instruction).toList());
        model.put("hasInstructions", !placed.dcvInstructions().isEmpty());
        return model;
    }

    public static Map<String, Object> failed(OrderFailed failed, Recipient recipient) {
        Map<String, Object> model = common(recipient);
        Map<String, Object> reason = new HashMap<>();
        for (FailureReason each : FailureReason.values()) {
            reason.put(each.name(), each == failed.reason());
        }
        model.put("reason", reason);
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
    public static Map<String, Object> issued(CertificateStored stored, Recipient recipient, String downloadUrl,
                                             String certificateFile, String chainFile) {
        Map<String, Object> model = common(recipient);
        model.put("sectigoOrderNumber", stored.sectigoOrderNumber());
        model.put("certificateNames", String.join(", ", stored.subjectAlternativeNames().isEmpty()
                ? recipient.domainNames() : stored.subjectAlternativeNames()));
        model.put("notBefore", date(stored.notBefore()));
        model.put("notAfter", date(stored.notAfter()));
        model.put("serialNumber", stored.serialNumber());
        model.put("fingerprint", stored.sha256Fingerprint());
        model.put("downloadUrl", downloadUrl);
        model.put("certificateFile", certificateFile);
        model.put("chainFile", chainFile);
        return model;
    }

    private static Map<String, Object> common(Recipient recipient) {
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", text(recipient.name()));
        model.put("commonName", recipient.commonName());
        model.put("domainList", String.join(", ", recipient.domainNames().isEmpty()
                ? List.of(recipient.commonName()) : recipient.domainNames()));
        model.put("orderId", recipient.orderId().toString());
        return model;
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

    private static String date(Instant instant) {
        return DATE.format(instant);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
