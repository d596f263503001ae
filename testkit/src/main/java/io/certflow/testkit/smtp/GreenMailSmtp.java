package io.certflow.testkit.smtp;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.SmtpServer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** GreenMail in this JVM, SMTP only, accepting any sender and recipient without authentication. */
public final class GreenMailSmtp implements SmtpServer, AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GreenMailSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Port 0 means any free port. */
    public static GreenMailSmtp start(int port) {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        return new GreenMailSmtp(greenMail);
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return greenMail.getSmtp().getPort();
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
