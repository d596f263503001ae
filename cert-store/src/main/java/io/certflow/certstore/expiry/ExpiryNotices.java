package io.certflow.certstore.expiry;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateRepository;
import io.certflow.events.CertificateExpiring;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The expiry_notice table and the reminders it guards. One certificate is one transaction: its row
 * is locked ({@code FOR UPDATE}), so two scanning instances take turns and the second sees what the
 * first recorded; the notice rows and the outbox row commit together, and the primary key
 * (certificate, threshold) refuses a second notice even if the lock were bypassed.
 */
@Singleton
class ExpiryNotices {

    static final String SOURCE = "cert-store";
    private static final String DUE = """
            SELECT c.id, c.not_after FROM certificate c
            WHERE c.status = 'VALID' AND c.not_after > CAST(? AS timestamptz)
              AND c.not_after <= CAST(? AS timestamptz) AND (c.not_after, c.id) > (CAST(? AS timestamptz), ?)
              AND EXISTS (SELECT 1 FROM unnest(?) AS t(days)
                          WHERE c.not_after <= CAST(? AS timestamptz) + make_interval(days => t.days)
                            AND NOT EXISTS (SELECT 1 FROM expiry_notice n
                                            WHERE n.certificate_id = c.id AND n.threshold_days = t.days))
            ORDER BY c.not_after, c.id LIMIT ?""";
    private static final String RECORDED = "SELECT threshold_days FROM expiry_notice WHERE certificate_id = ?";
    private static final String RECORD = """
            INSERT INTO expiry_notice (certificate_id, threshold_days, notified, days_left, recorded_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final CertificateRepository certificates;
    private final JdbcOperations jdbc;
    private final Outbox outbox;

    ExpiryNotices(CertificateRepository certificates, JdbcOperations jdbc, Outbox outbox) {
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Certificates past {@code after} (notAfter, id) that reached a threshold not yet recorded, soonest first. */
    @ReadOnly
    List<Due> due(Instant now, List<Integer> thresholds, Due after, int limit) {
        return jdbc.prepareStatement(DUE, statement -> {
            statement.setObject(1, now.atOffset(ZoneOffset.UTC));
            statement.setObject(2, now.plus(Duration.ofDays(thresholds.get(0))).atOffset(ZoneOffset.UTC));
            statement.setObject(3, after.notAfter().atOffset(ZoneOffset.UTC));
            statement.setObject(4, after.id());
            statement.setArray(5, statement.getConnection().createArrayOf("integer", thresholds.toArray()));
            statement.setObject(6, now.atOffset(ZoneOffset.UTC));
            statement.setInt(7, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class)
                            .toInstant()));
                }
            }
            return due;
        });
    }

    /** @return whether a reminder was sent for this certificate */
    @Transactional
    boolean remind(UUID certificateId, Instant now, List<Integer> thresholds) {
        Certificate certificate = certificates.findByIdForUpdate(certificateId).orElse(null);
        if (certificate == null || !certificate.isCurrent()) {
            return false;
        }
        ExpiryPlan plan = ExpiryPlan.of(certificate.notAfter(), now, thresholds, recorded(certificateId));
        boolean reminded = false;
        for (int threshold : plan.reached()) {
            if (record(certificateId, threshold, plan, now) && plan.notifies(threshold)) {
                outbox.append(CertificateExpiring.of(SOURCE, certificate.orderId(), certificateId,
                        commonName(certificate.subject()), certificate.subjectAlternativeNames(),
                        certificate.notAfter(), plan.daysLeft(), threshold));
                reminded = true;
            }
        }
        return reminded;
    }

    private Set<Integer> recorded(UUID certificateId) {
        return jdbc.prepareStatement(RECORDED, statement -> {
            statement.setObject(1, certificateId);
            Set<Integer> days = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getInt(1));
                }
            }
            return days;
        });
    }

    private boolean record(UUID certificateId, int threshold, ExpiryPlan plan, Instant now) {
        return jdbc.prepareStatement(RECORD, statement -> {
            statement.setObject(1, certificateId);
            statement.setInt(2, threshold);
            statement.setBoolean(3, plan.notifies(threshold));
            statement.setInt(4, plan.daysLeft());
            statement.setObject(5, now.atOffset(ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        });
    }

    @Nullable
    private static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    /** A certificate due for a look, and the keyset position of the next page. */
    record Due(UUID id, Instant notAfter) {
    }
}
