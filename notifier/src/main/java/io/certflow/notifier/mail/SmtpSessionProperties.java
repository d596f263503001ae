package io.certflow.notifier.mail;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Properties;

/**
 * The Jakarta Mail session properties of {@link SmtpProperties}. With TLS the server's name is
 * always checked against its certificate; a trust store replaces the JVM's trusted roots (for a
 * private CA), it never turns checking off.
 */
final class SmtpSessionProperties {

    private SmtpSessionProperties() {
    }

    static Properties of(SmtpProperties settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
        boolean starttls = settings.tls() == SmtpTls.STARTTLS;
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.ssl.enable", String.valueOf(settings.tls() == SmtpTls.IMPLICIT));
        if (settings.tls() != SmtpTls.NONE) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
            if (settings.hasTrustStore()) {
                properties.put("mail.smtp.ssl.socketFactory", socketFactory(settings));
            }
        }
        return properties;
    }

    private static SSLSocketFactory socketFactory(SmtpProperties settings) {
        try {
            char[] password = settings.trustStorePassword() == null ? null : settings.trustStorePassword().toCharArray();
            KeyStore trusted = KeyStore.getInstance(new File(settings.trustStore()), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("certflow.notifier.smtp.trust-store (SMTP_TRUST_STORE) cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
