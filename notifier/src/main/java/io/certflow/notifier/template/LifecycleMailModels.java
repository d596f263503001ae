package io.certflow.notifier.template;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.RevocationReason;
import io.certflow.notifier.recipient.OrderFacts;

import java.util.Map;

import static io.certflow.notifier.template.MailModels.common;
import static io.certflow.notifier.template.MailModels.date;
import static io.certflow.notifier.template.MailModels.flags;
import static io.certflow.notifier.template.MailModels.names;
import static io.certflow.notifier.template.MailModels.text;

/** The models of the emails about an issued certificate's later life: revocation (done or not) and expiry. */
public final class LifecycleMailModels {

    private LifecycleMailModels() {
    }

    public static Map<String, Object> revoked(CertificateRevoked revoked, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        model.put("sectigoOrderNumber", revoked.sectigoOrderNumber());
        model.put("revokedAt", date(revoked.revokedAt()));
        model.put("reason", flags(RevocationReason.values(), revoked.reason()));
        model.put("reasonUnknown", false);
        model.put("sectigoReason", "");
        return model;
    }

    /**
     * A revocation the customer asked for did not happen. The event names Sectigo's number when the
     * order reached Sectigo; else the number {@code order.placed} gave, if any. {@code providerCode}
     * is shown only as a reference for support.
     */
    public static Map<String, Object> revocationFailed(OrderRevocationFailed failed, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        if (failed.sectigoOrderNumber() != null) {
            model.put("sectigoOrderNumber", failed.sectigoOrderNumber());
        }
        model.put("reason", flags(RevocationReason.values(), failed.reason()));
        model.put("message", failed.message().strip());
        model.put("providerCode", text(failed.providerCode()));
        return model;
    }

    public static Map<String, Object> expiring(CertificateExpiring expiring, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        if (expiring.commonName() != null && !expiring.commonName().isBlank()) {
            model.put("commonName", expiring.commonName());
        }
        model.put("certificateNames", names(expiring.subjectAlternativeNames(), facts.recipient()));
        model.put("notAfter", date(expiring.notAfter()));
        model.put("daysLeft", expiring.daysLeft());
        model.put("thresholdDays", expiring.thresholdDays());
        model.put("expired", expiring.daysLeft() < 0);
        model.put("lessThanADay", expiring.daysLeft() == 0);
        model.put("oneDay", expiring.daysLeft() == 1);
        model.put("days", expiring.daysLeft() > 1);
        model.put("certificateId", expiring.certificateId().toString());
        return model;
    }
}
