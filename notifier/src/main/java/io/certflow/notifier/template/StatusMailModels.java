package io.certflow.notifier.template;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.RevocationReason;
import io.certflow.notifier.recipient.OrderFacts;

import java.util.Map;

import static io.certflow.notifier.template.MailModels.common;
import static io.certflow.notifier.template.MailModels.date;
import static io.certflow.notifier.template.MailModels.flags;
import static io.certflow.notifier.template.MailModels.text;

/** The models of the emails caused by Sectigo's status changes ({@code certificate.status-changed}). */
public final class StatusMailModels {

    private static final String WILDCARD = "*.";

    private StatusMailModels() {
    }

    /** OV callback or EV click-through: the link the producer built, and the code it carries. */
    public static Map<String, Object> nextStep(CertificateStatusChanged changed, OrderFacts facts) {
        Map<String, Object> model = of(changed, facts);
        model.put("verificationCode", text(changed.verificationCode()));
        model.put("link", text(changed.nextStepUrl()));
        return model;
    }

    public static Map<String, Object> brandValidation(CertificateStatusChanged changed, OrderFacts facts) {
        return of(changed, facts);
    }

    public static Map<String, Object> issuanceFailed(CertificateStatusChanged changed, OrderFacts facts) {
        Map<String, Object> model = of(changed, facts);
        boolean caa = StatusReasons.blamesCaa(changed.description());
        model.put("caa", caa ? Map.of("domain", caaDomain(facts.recipient().commonName()),
                "wildcard", facts.recipient().commonName().startsWith(WILDCARD)) : "");
        model.put("afterSigning", StatusReasons.afterSigning(changed.description()));
        return model;
    }

    public static Map<String, Object> rejected(CertificateStatusChanged changed, OrderFacts facts) {
        return of(changed, facts);
    }

    /** Sectigo said "revoked": no reason (unless its description has one) and only when we heard of it. */
    public static Map<String, Object> revoked(CertificateStatusChanged changed, OrderFacts facts) {
        Map<String, Object> model = of(changed, facts);
        model.put("revokedAt", date(changed.metadata().occurredAt()));
        model.put("reason", flags(RevocationReason.values(), null));
        model.put("reasonUnknown", true);
        return model;
    }

    private static Map<String, Object> of(CertificateStatusChanged changed, OrderFacts facts) {
        Map<String, Object> model = common(facts);
        model.put("sectigoOrderNumber", changed.sectigoOrderNumber());
        model.put("sectigoReason", StatusReasons.reason(changed.description()));
        return model;
    }

    /** A wildcard's CAA record lives at the name below the star. */
    private static String caaDomain(String commonName) {
        return commonName.startsWith(WILDCARD) ? commonName.substring(WILDCARD.length()) : commonName;
    }
}
