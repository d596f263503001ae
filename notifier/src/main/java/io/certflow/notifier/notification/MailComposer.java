package io.certflow.notifier.notification;

import io.certflow.access.DownloadLinks;
import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.notifier.mail.MailAttachment;
import io.certflow.notifier.mail.OutgoingMail;
import io.certflow.notifier.recipient.OrderFacts;
import io.certflow.notifier.template.LifecycleMailModels;
import io.certflow.notifier.template.MailModels;
import io.certflow.notifier.template.MailTemplates;
import io.certflow.notifier.template.RenderedMail;
import io.certflow.notifier.template.StatusMailModels;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a notification for its order into an email ready for the queue. The "issued" email links
 * the full chain with a signed, expiring link ({@link DownloadLinks}), so the customer needs no token.
 */
@Singleton
public class MailComposer {

    static final String CERTIFICATE_TYPE = "application/pkix-cert";
    static final String CHAIN_TYPE = "application/x-pem-file";
    static final String LINKED_FORMAT = "fullchain";

    private final MailTemplates templates;
    private final LinkProperties links;
    private final DownloadLinks downloadLinks;

    public MailComposer(MailTemplates templates, LinkProperties links, DownloadLinks downloadLinks) {
        this.templates = templates;
        this.links = links;
        this.downloadLinks = downloadLinks;
    }

    /**
     * @param now   when it is queued
     * @param dueAt when it is to go out
     */
    public OutgoingMail compose(Notification notification, OrderFacts facts, Instant now, Instant dueAt) {
        List<MailAttachment> attachments = new ArrayList<>();
        Map<String, Object> model = model(notification, facts, attachments, now);
        String template = notification.kind().template();
        RenderedMail mail = templates.render(template, facts.recipient().language(), model);
        return OutgoingMail.queue(notification.eventId(), notification.orderId(), template, notification.news(),
                facts.recipient().email(), mail.subject(), mail.body(), attachments, now, dueAt);
    }

    private Map<String, Object> model(Notification notification, OrderFacts facts,
                                      List<MailAttachment> attachments, Instant now) {
        return switch (notification.kind()) {
            case ORDER_PLACED -> MailModels.placed((OrderPlaced) notification.event(), facts);
            case ORDER_FAILED -> MailModels.failed((OrderFailed) notification.event(), facts);
            case CERTIFICATE_ISSUED -> issued((CertificateStored) notification.event(), facts, attachments, now);
            case VERIFICATION_NEEDED, CLICK_THROUGH_NEEDED -> StatusMailModels.nextStep(status(notification), facts);
            case BRAND_VALIDATION -> StatusMailModels.brandValidation(status(notification), facts);
            case ISSUANCE_FAILED -> StatusMailModels.issuanceFailed(status(notification), facts);
            case ORDER_REJECTED -> StatusMailModels.rejected(status(notification), facts);
            case REVOKED_STATUS -> StatusMailModels.revoked(status(notification), facts);
            case CERTIFICATE_REVOKED -> LifecycleMailModels.revoked((CertificateRevoked) notification.event(), facts);
            case REVOCATION_FAILED ->
                    LifecycleMailModels.revocationFailed((OrderRevocationFailed) notification.event(), facts);
            case CERTIFICATE_EXPIRING ->
                    LifecycleMailModels.expiring((CertificateExpiring) notification.event(), facts);
        };
    }

    private static CertificateStatusChanged status(Notification notification) {
        return (CertificateStatusChanged) notification.event();
    }

    private Map<String, Object> issued(CertificateStored stored, OrderFacts facts, List<MailAttachment> attachments,
                                       Instant now) {
        String base = FileNames.forCertificate(stored.subject(), facts.recipient().commonName());
        String certificateFile = base + ".crt";
        attachments.add(new MailAttachment(certificateFile, CERTIFICATE_TYPE, stored.certificatePem()));
        String chainFile = "";
        if (!stored.chainPems().isEmpty()) {
            chainFile = base + "-chain.pem";
            attachments.add(new MailAttachment(chainFile, CHAIN_TYPE, Pems.join(stored.chainPems())));
        }
        String download = links.certStore(downloadLinks.signedPath(stored.certificateId(), LINKED_FORMAT, now));
        return MailModels.issued(stored, facts, download, certificateFile, chainFile);
    }
}
