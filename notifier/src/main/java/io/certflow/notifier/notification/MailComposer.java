package io.certflow.notifier.notification;

import io.certflow.events.CertificateStored;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.notifier.mail.MailAttachment;
import io.certflow.notifier.mail.OutgoingMail;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.template.MailModels;
import io.certflow.notifier.template.MailTemplates;
import io.certflow.notifier.template.RenderedMail;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a notification for its recipient into an email ready for the queue. */
@Singleton
public class MailComposer {

    static final String CERTIFICATE_TYPE = "application/pkix-cert";
    static final String CHAIN_TYPE = "application/x-pem-file";

    private final MailTemplates templates;
    private final LinkSettings links;

    public MailComposer(MailTemplates templates, LinkSettings links) {
        this.templates = templates;
        this.links = links;
    }

    public OutgoingMail compose(Notification notification, Recipient recipient, Instant now) {
        List<MailAttachment> attachments = new ArrayList<>();
        Map<String, Object> model = model(notification, recipient, attachments);
        RenderedMail mail = templates.render(notification.kind().template(), recipient.language(), model);
        return OutgoingMail.queue(notification.eventId(), notification.orderId(), notification.kind().template(),
                recipient.email(), mail.subject(), mail.body(), attachments, now);
    }

    private Map<String, Object> model(Notification notification, Recipient recipient,
                                      List<MailAttachment> attachments) {
        switch (notification.kind()) {
            case ORDER_PLACED:
                return MailModels.placed((OrderPlaced) notification.event(), recipient);
            case ORDER_FAILED:
                return MailModels.failed((OrderFailed) notification.event(), recipient);
            case CERTIFICATE_ISSUED:
                return issued((CertificateStored) notification.event(), recipient, attachments);
            default:
                throw new IllegalStateException("no email for " + notification.kind());
        }
    }

    private Map<String, Object> issued(CertificateStored stored, Recipient recipient,
                                       List<MailAttachment> attachments) {
        String base = FileNames.forCertificate(stored.subject(), recipient.commonName());
        String certificateFile = base + ".crt";
        attachments.add(new MailAttachment(certificateFile, CERTIFICATE_TYPE, stored.certificatePem()));
        String chainFile = "";
        if (!stored.chainPems().isEmpty()) {
            chainFile = base + "-chain.pem";
            attachments.add(new MailAttachment(chainFile, CHAIN_TYPE, Pems.join(stored.chainPems())));
        }
        return MailModels.issued(stored, recipient, links.fullChainDownload(stored.certificateId()), certificateFile,
                chainFile);
    }
}
