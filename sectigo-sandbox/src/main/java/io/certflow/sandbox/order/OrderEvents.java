package io.certflow.sandbox.order;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.ca.IssuedCertificate;
import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.push.PushEvent;
import io.certflow.sandbox.push.PushNotifier;
import jakarta.inject.Singleton;

/**
 * Turns a state change of an order into the push Sectigo would send for it. With the setting
 * {@code smimePush} off, S/MIME orders push nothing (their certificates are only collected).
 */
@Singleton
public class OrderEvents {

    private final PushNotifier notifier;
    private final AccountStore accounts;
    private final RuntimeSettings settings;

    public OrderEvents(PushNotifier notifier, AccountStore accounts, RuntimeSettings settings) {
        this.notifier = notifier;
        this.accounts = accounts;
        this.settings = settings;
    }

    public void raise(Order order, PushStatus status, String reason) {
        OrderDetails details = order.details();
        if (details.smime() && Boolean.FALSE.equals(settings.get().smimePush())) {
            return;
        }
        String description = reason == null ? status.description() : status.description() + reason;
        boolean verification = status == PushStatus.VERIFIED || status == PushStatus.CLICK_THROUGH;
        IssuedCertificate issued = order.certificate().orElse(null);
        notifier.notify(details.loginName(), new PushEvent(order.number(), details.certificateId(), status.status(),
                status.code(), description, verification ? order.verificationCode() : null,
                details.smime() ? status.status() : null, issued == null ? null : issued.pem(),
                issued == null ? null : issued.chainPem()));
    }

    /** 6 "Valid" when the certificate travels with the push, 9 "not yet collected" when it does not. */
    public void issued(Order order) {
        boolean certificatePush = accounts.find(order.details().loginName()).map(Account::certificatePush)
                .orElse(false);
        raise(order, certificatePush ? PushStatus.ISSUED_VALID : PushStatus.ISSUED_NOT_COLLECTED, null);
    }
}
