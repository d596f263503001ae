package io.certflow.notifier.template;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.notifier.recipient.OrderFacts;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatusMailTemplatesTest {

    private static final UUID ORDER = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");
    private static final String NUMBER = Fixtures.SECTIGO_ORDER;

    private final MailTemplates templates = new MailTemplates();
    private final OrderFacts facts = OrderFacts.of(Fixtures.recipient(ORDER, "Ada Lovelace", "en"));

    @Test
    void shouldGiveCallbackLinkAndCodeWhenOvOrderAwaitsVerification() {
        RenderedMail mail = render("verification-needed", StatusMailModels.nextStep(LifecycleFixtures.pushed(ORDER,
                NUMBER, CertificateStatus.AWAITING_VERIFICATION, "Phone number verified",
                LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.callbackLink(NUMBER)), facts));

        assertThat(mail.subject()).isEqualTo("Action needed: complete the callback for shop.example.com, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("    " + LifecycleFixtures.callbackLink(NUMBER) + "\n",
                "Verification code: " + LifecycleFixtures.VERIFICATION_CODE,
                "The link only confirms the callback for this order").doesNotContain("{{", "AWAITING");
    }

    @Test
    void shouldPointToSectigosPageWhenVerificationCameWithoutLink() {
        RenderedMail mail = render("verification-needed", StatusMailModels.nextStep(LifecycleFixtures.pushed(ORDER,
                NUMBER, CertificateStatus.AWAITING_VERIFICATION, "Phone number verified", "c0de", null), facts));

        assertThat(mail.body()).contains("Enter the verification code on Sectigo's callback page",
                "Verification code: c0de").doesNotContain("Open this link");
    }

    @Test
    void shouldGiveClickThroughLinkWhenEvOrderAwaitsAgreement() {
        RenderedMail mail = render("click-through-needed", StatusMailModels.nextStep(LifecycleFixtures.pushed(ORDER,
                NUMBER, CertificateStatus.AWAITING_CLICK_THROUGH, "EV click-through e-mail sent",
                LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.clickThroughLink(NUMBER)), facts));

        assertThat(mail.subject()).isEqualTo("Action needed: accept the certificate agreement for shop.example.com, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("Open this link, read the agreement and accept it:\n    "
                + LifecycleFixtures.clickThroughLink(NUMBER) + "\n", "Extended Validation (EV)");
    }

    @Test
    void shouldSayNothingIsToBeDoneWhenSectigoReviewsBrand() {
        RenderedMail mail = render("brand-validation", StatusMailModels.brandValidation(LifecycleFixtures.pushed(
                ORDER, NUMBER, CertificateStatus.AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)"), facts));

        assertThat(mail.subject()).isEqualTo("Sectigo is reviewing the brand for shop.example.com, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("There is nothing you need to do.");
    }

    @Test
    void shouldExplainCaaAndTheRecordToAddWhenIssuanceFailedOnCaa() {
        RenderedMail mail = failed(facts, LifecycleFixtures.CAA_FAILURE);

        assertThat(mail.subject()).isEqualTo("No certificate will be issued for shop.example.com, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("no certificate will be issued for\nthis order",
                "CAA records (a DNS record of type CAA)", "none of them names\n  Sectigo",
                "    shop.example.com.  CAA  0 issue \"sectigo.com\"\n", "Sectigo's words: CAA: Not authorized to issue",
                "this order cannot be resumed").doesNotContain("issuewild", "PRE-SIGN", "contact us and quote");
    }

    @Test
    void shouldAllowWildcardIssuanceAtParentWhenWildcardOrderFailedOnCaa() {
        Recipient wildcard = new Recipient(ORDER, "ops@example.com", null, "en", "*.example.com",
                List.of("*.example.com"), 287, Instant.EPOCH, null, null, null);

        RenderedMail mail = failed(OrderFacts.of(wildcard), LifecycleFixtures.CAA_FAILURE);

        assertThat(mail.body()).contains("    example.com.  CAA  0 issue \"sectigo.com\"\n",
                "    example.com.  CAA  0 issuewild \"sectigo.com\"\n");
    }

    @Test
    void shouldSayChecksAfterSigningFailedWhenFailureIsPostSign() {
        RenderedMail mail = failed(facts, "POST-SIGN FAILED");

        assertThat(mail.body()).contains("final checks after signing", "contact us and quote the references")
                .doesNotContain("CAA", "Sectigo's words");
    }

    @Test
    void shouldQuoteSectigosReasonWhenOrderIsRejected() {
        RenderedMail mail = render("order-rejected", StatusMailModels.rejected(LifecycleFixtures.pushed(ORDER, NUMBER,
                CertificateStatus.REJECTED, "Rejected: Organization could not be verified"), facts));

        assertThat(mail.subject()).isEqualTo("Sectigo rejected the certificate order for shop.example.com, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("Sectigo's reason: Organization could not be verified",
                "no certificate will be issued for\nthis order");
    }

    @Test
    void shouldSayNoReasonWasGivenWhenOrderIsRejectedWithoutOne() {
        RenderedMail mail = render("order-rejected", StatusMailModels.rejected(LifecycleFixtures.pushed(ORDER, NUMBER,
                CertificateStatus.REJECTED, "Rejected"), facts));

        assertThat(mail.body()).contains("Sectigo gave no reason.").doesNotContain("Sectigo's reason:");
    }

    @Test
    void shouldSayRevokedWithoutReasonWhenOnlySectigosStatusTellsIt() {
        CertificateStatusChanged revoked = LifecycleFixtures.pushed(ORDER, NUMBER, CertificateStatus.REVOKED,
                "Revoked");

        RenderedMail mail = render("certificate-revoked", StatusMailModels.revoked(revoked, facts));

        assertThat(mail.subject()).isEqualTo("Your certificate for shop.example.com was revoked, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("Sectigo reported the revocation without a reason.",
                "Remove the certificate from every server").doesNotContain("Its words");
    }

    private RenderedMail failed(OrderFacts order, String description) {
        return render("issuance-failed", StatusMailModels.issuanceFailed(LifecycleFixtures.pushed(ORDER, NUMBER,
                CertificateStatus.FAILED, description), order));
    }

    private RenderedMail render(String template, Map<String, Object> model) {
        return templates.render(template, "en", model);
    }
}
