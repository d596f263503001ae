package io.certflow.gateway.sectigo;

import io.certflow.events.FailureReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorClassifierTest {

    @ParameterizedTest
    @CsvSource({"-14", "-42"})
    void shouldRetryWhenSectigoIsBusyOrConfused(int code) {
        assertThat(ErrorClassifier.classify(code, "try again").kind()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @ParameterizedTest
    @CsvSource({"-55", "-64"})
    void shouldReconcileWhenAnEarlierAttemptGotThrough(int code) {
        SectigoError error = ErrorClassifier.classify(code, "already used");

        assertThat(error.kind()).isEqualTo(ErrorKind.ALREADY_SUBMITTED);
        assertThat(error.reason()).isEqualTo(FailureReason.DUPLICATE_ORDER);
    }

    @ParameterizedTest
    @CsvSource({
            "-5, CSR_REJECTED, csr", "-6, CSR_REJECTED, csr", "-8, CSR_REJECTED, csr", "-9, CSR_REJECTED, csr",
            "-10, CSR_REJECTED, csr", "-11, CSR_REJECTED, csr", "-12, CSR_REJECTED, csr", "-13, CSR_REJECTED, csr",
            "-18, CSR_REJECTED, csr", "-19, CSR_REJECTED, csr", "-35, CSR_REJECTED, csr",
            "-40, KEY_COMPROMISED, csr", "-7, INVALID_REQUEST, organization.countryName",
            "-15, INSUFFICIENT_CREDIT, ", "-16, NOT_AUTHORIZED, ", "-1, INVALID_REQUEST, ", "-17, INVALID_REQUEST, ",
            "-99, UNKNOWN, "})
    void shouldFailForGoodWhenTheErrorIsPermanent(int code, FailureReason reason, String field) {
        SectigoError error = ErrorClassifier.classify(code, "message");

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.providerCode()).isEqualTo(Integer.toString(code));
        assertThat(error.message()).isEqualTo("message");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-4|The value of the 'days' argument is invalid!|days",
            "-3|The 'csr' argument is missing!|csr",
            "-4|The value of the ‘dcvEmailAddress’ argument is invalid!|dcv.emailAddress",
            "-4|The value of the 'domainNames' argument is invalid!|domainNames",
            "-4|The value of the 'countryName' argument is invalid!|organization.countryName",
            "-2|'colour' is an unrecognised argument!|",
            "-3|The 'loginName' argument is missing!|"})
    void shouldNameOurFieldWhenAnArgumentErrorQuotesSectigosName(int code, String message, String field) {
        SectigoError error = ErrorClassifier.classify(code, message);

        assertThat(error.reason()).isEqualTo(FailureReason.INVALID_REQUEST);
        assertThat(error.field()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503", "504", "408", "429"})
    void shouldRetryWhenTheHttpStatusIsTransient(int status) {
        assertThat(ErrorClassifier.classifyHttpStatus(status).kind()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void shouldFailForGoodWhenTheHttpStatusSaysTheRequestIsWrong() {
        SectigoError error = ErrorClassifier.classifyHttpStatus(404);

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.reason()).isEqualTo(FailureReason.UNKNOWN);
    }
}
