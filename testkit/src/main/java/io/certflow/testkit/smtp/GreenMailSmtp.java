package io.certflow.testkit.smtp;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.SmtpServer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GreenMail in this JVM, SMTP only (in clear text, or implicit TLS with {@link #startImplicitTls}),
 * accepting any sender and recipient without authentication. GreenMail offers no STARTTLS.
 */
public final class GreenMailSmtp implements SmtpServer, AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GreenMailSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Port 0 means any free port. */
    public static GreenMailSmtp start(int port) {
        return start(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * SMTPS on a free port, presenting {@code certificate}. GreenMail reads its key store from system
     * properties when its first TLS server starts, so a JVM's TLS servers share one certificate.
     */
    public static GreenMailSmtp startImplicitTls(SmtpTlsCertificate certificate) {
        System.setProperty("greenmail.tls.keystore.file", certificate.keyStore().toString());
        System.setProperty("greenmail.tls.keystore.password", certificate.password());
        return start(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTPS));
    }

    private static GreenMailSmtp start(ServerSetup setup) {
        GreenMail greenMail = new GreenMail(setup.getPort() == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        return new GreenMailSmtp(greenMail);
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return greenMail.getSmtp() != null ? greenMail.getSmtp().getPort() : greenMail.getSmtps().getPort();
    }

    @Override
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailReader::read).toList();
    }

    @Override
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("cannot purge received mail", e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            greenMail.stop();
        }
    }
}
