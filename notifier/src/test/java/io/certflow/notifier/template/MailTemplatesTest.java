package io.certflow.notifier.template;

import com.samskivert.mustache.MustacheException;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.FailureReason;
import io.certflow.notifier.recipient.OrderFacts;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.notifier.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private static final UUID ORDER = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");

    private final MailTemplates templates = new MailTemplates();
    private final Recipient recipient = Fixtures.recipient(ORDER, "Ada Lovelace", "en");

    @Test
    void shouldShowCnameRecordWhenOrderIsPlacedWithCnameValidation() {
        RenderedMail mail = placed(recipient, new DcvInstruction("shop.example.com", DcvMethod.CNAME_CSR_HASH, null,
                null, null, "_abc.shop.example.com", "def.sectigo.com"));

        assertThat(mail.subject()).isEqualTo(
                "Action needed: validate shop.example.com for your certificate (Sectigo order 1234567)");
        assertThat(mail.body()).startsWith("Hello Ada Lovelace,\n\nyour order for a certificate for shop.example.com")
                .contains("* shop.example.com\n  Create this DNS record:\n    Type:   CNAME\n"
                        + "    Name:   _abc.shop.example.com\n    Value:  def.sectigo.com\n")
                .contains("Our reference:  " + ORDER)
                .doesNotContain("{{", "approval email", "Publish a file");
    }

    @Test
    void shouldShowFileAddressAndContentWhenOrderIsPlacedWithHttpValidation() {
        String content = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\ncomodoca.com\na&b<c>";

        RenderedMail mail = placed(recipient, new DcvInstruction("shop.example.com", DcvMethod.HTTP_CSR_HASH, null,
                "http://shop.example.com/.well-known/pki-validation/ABC.txt", content, null, null));

        assertThat(mail.body()).contains("  Publish a file at exactly this address:\n"
                + "    http://shop.example.com/.well-known/pki-validation/ABC.txt\n"
                + "  with exactly this content (between the lines):\n  ----\n" + content + "\n  ----\n");
    }

    @Test
    void shouldNameApproverAddressWhenOrderIsPlacedWithEmailValidation() {
        RenderedMail mail = placed(recipient, new DcvInstruction("shop.example.com", DcvMethod.EMAIL,
                "admin@shop.example.com", null, null, null, null));

        assertThat(mail.body()).contains("Sectigo sends an approval email to admin@shop.example.com.");
    }

    @Test
    void shouldSayNothingIsToBeDoneWhenOrderIsPlacedWithoutInstructions() {
        RenderedMail mail = placed(recipient);

        assertThat(mail.subject()).isEqualTo("Your certificate order for shop.example.com was placed "
                + "(Sectigo order 1234567)");
        assertThat(mail.body()).contains("There is nothing you need to do now.").doesNotContain("Action");
    }

    @Test
    void shouldExplainEachFailureReasonInItsOwnWordsWhenOrderFailed() {
        Set<String> bodies = Arrays.stream(FailureReason.values()).map(this::failedBody).collect(Collectors.toSet());

        assertThat(bodies).hasSize(FailureReason.values().length);
        for (FailureReason reason : FailureReason.values()) {
            String body = failedBody(reason);
            assertThat(body).doesNotContain(reason.name());
            assertThat(section(body, "What happened:", "Details:")).isNotBlank();
            assertThat(section(body, "What you can do:", "Our reference:")).isNotBlank();
        }
    }

    @Test
    void shouldGreetWithoutNameWhenCustomerGaveNone() {
        RenderedMail mail = placed(Fixtures.recipient(ORDER, null, null));

        assertThat(mail.body()).startsWith("Hello,\n");
    }

    @Test
    void shouldFallBackToEnglishWhenLanguageHasNoTemplates() {
        RenderedMail english = placed(recipient);

        assertThat(placed(Fixtures.recipient(ORDER, "Ada Lovelace", "de-CH"))).isEqualTo(english);
        assertThat(placed(Fixtures.recipient(ORDER, "Ada Lovelace", "../../etc/passwd"))).isEqualTo(english);
        assertThat(MailTemplates.candidates("de_CH")).containsExactly("de-ch", "de", "en");
        assertThat(MailTemplates.candidates("../x")).containsExactly("en");
    }

    @Test
    void shouldShowLinkAndAttachmentNamesWhenCertificateIsIssued() {
        UUID certificateId = UUID.randomUUID();

        RenderedMail mail = templates.render("certificate-issued", "en", MailModels.issued(
                Fixtures.stored(ORDER, certificateId), OrderFacts.of(recipient),
                "https://certs.example.net/x/fullchain", "shop.example.com.crt", ""));

        assertThat(mail.subject()).isEqualTo("Your certificate for shop.example.com is ready");
        assertThat(mail.body()).contains("  shop.example.com.crt  your certificate (PEM)\n\n",
                "  https://certs.example.net/x/fullchain\n", "Valid from:     2026-11-22 00:00 UTC",
                "SHA-256:        9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .doesNotContain("intermediate certificates");
    }

    @Test
    void shouldFailRatherThanLeaveGapWhenTemplateNamesUnknownVariable() {
        Map<String, Object> model = MailModels.placed(Fixtures.placed(ORDER), OrderFacts.of(recipient));

        assertThatThrownBy(() -> templates.render("test-unknown-variable", "en", model))
                .isInstanceOf(MustacheException.class).hasMessageContaining("aVariableNoModelHas");
        assertThatThrownBy(() -> templates.render("no-such-template", "en", model))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-template");
    }

    private RenderedMail placed(Recipient to, DcvInstruction... instructions) {
        return templates.render("order-placed", to.language(),
                MailModels.placed(Fixtures.placed(ORDER, instructions), OrderFacts.of(to)));
    }

    private String failedBody(FailureReason reason) {
        return templates.render("order-failed", "en", MailModels.failed(Fixtures.failed(ORDER, reason),
                OrderFacts.of(recipient)))
                .body();
    }

    private static String section(String body, String from, String to) {
        return body.substring(body.indexOf(from) + from.length(), body.indexOf(to));
    }
}
