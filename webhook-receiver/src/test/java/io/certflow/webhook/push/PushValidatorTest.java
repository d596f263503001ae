package io.certflow.webhook.push;

import io.certflow.events.CertificateStatus;
import io.certflow.events.FieldError;
import io.certflow.webhook.support.Certificates;
import io.certflow.webhook.support.Pushes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PushValidatorTest {

    @ParameterizedTest
    @CsvSource({
            "issued, 6, ISSUED, issued/6",
            "issued, 9, ISSUED, issued/9",
            "revoked, 8, REVOKED, revoked/8",
            "replaced, 14, REPLACED, replaced/14",
            "awaitingbrandvalidation, 12, AWAITING_BRAND_VALIDATION, awaitingbrandvalidation/12",
            "failed, 5, FAILED, failed/5",
            "failed, 3, FAILED, failed/3",
            "rejected, 7, REJECTED, rejected/7",
            "verified, 12, AWAITING_VERIFICATION, verified/12",
            "click-through, 6, AWAITING_CLICK_THROUGH, click-through/6",
            "Verified, , AWAITING_VERIFICATION, verified"})
    void shouldMapSectigoStatusWhenPushIsValid(String status, String code, CertificateStatus expected,
                                               String providerStatus) {
        Pushes push = Pushes.revoked().with("status", status);
        if (code == null) {
            push.without("statusCode");
        } else {
            push.with("statusCode", code);
        }

        PushValidation validation = PushValidator.validate(PushParameters.decode(push.encoded()));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.push().certificateStatus()).isEqualTo(expected);
        assertThat(validation.push().providerStatus()).isEqualTo(providerStatus);
    }

    @Test
    void shouldNameEveryFaultWhenSeveralParametersAreBad() {
        String encoded = "status=&statusCode=6x&certificateID=abc&verificationCode=has+space&orderNumber="
                + "9".repeat(65);

        PushValidation validation = PushValidator.validate(PushParameters.decode(encoded));

        assertThat(validation.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("orderNumber", "status", "statusCode", "certificateID", "verificationCode");
    }

    @Test
    void shouldRefuseWhenCertificateHoldsTwoCertificates() {
        Certificates.Chain chain = Certificates.chainFor("two.example.com");
        Pushes push = Pushes.issued(chain).with("certificate", chain.leafPem() + chain.rootPem());

        PushValidation validation = PushValidator.validate(PushParameters.decode(push.encoded()));

        assertThat(validation.errors()).containsExactly(
                new FieldError("certificate", "must hold exactly one PEM certificate"));
    }

    @Test
    void shouldJoinRepeatedCaCertificatesWhenChainComesInSeveralFields() {
        Certificates.Chain chain = Certificates.chainFor("repeat.example.com");
        Pushes push = Pushes.issued(chain).with("caCertificate", chain.intermediatePem());

        PushValidation validation = PushValidator.validate(PushParameters.decode(
                push.encoded() + "&caCertificate=" + java.net.URLEncoder.encode(chain.rootPem(),
                        java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(validation.push().chainPems()).containsExactly(chain.intermediatePem(), chain.rootPem());
    }

    @Test
    void shouldReportParameterWhenEncodedBytesAreNotUtf8() {
        PushValidation validation = PushValidator.validate(PushParameters.decode("orderNumber=1%C3&status=issued"));

        assertThat(validation.errors()).contains(new FieldError("orderNumber", "is not correctly URL-encoded"));
    }

    @Test
    void shouldReportParameterWhenValueHoldsNul() {
        PushValidation validation = PushValidator.validate(PushParameters.decode(
                "orderNumber=1&status=issued&statusDesc=Valid%00"));

        assertThat(validation.errors()).containsExactly(new FieldError("statusDesc", "contains a NUL character"));
    }

    @Test
    void shouldReportParameterWhenEncodingIsBroken() {
        PushValidation validation = PushValidator.validate(PushParameters.decode("orderNumber=1%zz&status=issued"));

        assertThat(validation.errors()).contains(new FieldError("orderNumber", "is not correctly URL-encoded"));
    }

    @Test
    void shouldGiveSameDedupeKeyWhenSamePushIsDecodedTwice() {
        String encoded = Pushes.verified("code123").encoded();

        String first = PushValidator.validate(PushParameters.decode(encoded)).push().dedupeKey();
        String second = PushValidator.validate(PushParameters.decode(encoded)).push().dedupeKey();
        String other = PushValidator.validate(PushParameters.decode(encoded.replace("code123", "code124")))
                .push().dedupeKey();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void shouldKeepEventTypeWithoutInterpretingItWhenSmimePushCarriesOne() {
        PushValidation validation = PushValidator.validate(PushParameters.decode(
                Pushes.revoked().with("eventType", "pre-revocation notice").encoded()));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.push().certificateStatus()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(validation.push().eventType()).isEqualTo("pre-revocation notice");
    }

    @Test
    void shouldTakeStatusFromEventTypeWhenStatusIsAbsent() {
        PushValidation validation = PushValidator.validate(PushParameters.decode(
                Pushes.revoked().without("status").with("eventType", "Replaced").encoded()));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.push().certificateStatus()).isEqualTo(CertificateStatus.REPLACED);
    }

    @Test
    void shouldRequireStatusWhenEventTypeIsNoStatusWord() {
        PushValidation validation = PushValidator.validate(PushParameters.decode(
                Pushes.revoked().without("status").with("eventType", "something-new").encoded()));

        assertThat(validation.errors()).containsExactly(new FieldError("status", "is required"));
    }

    @Test
    void shouldRefuseNamingEventTypeWhenItIsOversized() {
        PushValidation validation = PushValidator.validate(PushParameters.decode(
                Pushes.revoked().with("eventType", "x".repeat(65)).encoded()));

        assertThat(validation.errors()).containsExactly(new FieldError("eventType", "is longer than 64 characters"));
    }

    @Test
    void shouldKeepDedupeKeyOfPushWithoutEventTypeAndSeparateOneWithIt() throws Exception {
        String without = "orderNumber=1&status=issued&statusCode=6";

        String keyWithout = PushValidator.validate(PushParameters.decode(without)).push().dedupeKey();
        String keyWith = PushValidator.validate(PushParameters.decode(without + "&eventType=issued")).push()
                .dedupeKey();

        assertThat(keyWithout).as("key as stored before eventType existed")
                .isEqualTo(sha256("1:1\n-1:\n6:issued\n1:6\n-1:\n-1:\n-1:\n0:\n"));
        assertThat(keyWith).isNotEqualTo(keyWithout);
    }

    private static String sha256(String canonical) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
