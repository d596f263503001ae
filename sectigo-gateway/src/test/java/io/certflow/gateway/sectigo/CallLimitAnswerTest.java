package io.certflow.gateway.sectigo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallLimitAnswerTest {

    @ParameterizedTest
    @ValueSource(strings = {"errorCode=-42&errorMessage=Call+limit+reached%2C+please+try+again+later",
            "errorCode=-42", "errorMessage=Call+limit+reached%21&errorCode=-42",
            "-42\nCall limit reached, please try again later\n", "-42\r\nCall limit reached\r\n", "-42"})
    void shouldSeeTheCallLimitWhenSectigoAnswersMinusFortyTwoInEitherFormat(String body) {
        assertThat(SectigoClient.isCallLimitAnswer(new CallResult(200, body, null))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"errorCode=-4&errorMessage=Invalid+argument", "errorCode=-420", "errorCode=-421&x=1",
            "errorCode=0&orderNumber=-42", "-14\nAn unknown error occurred!\n", "1\n-42\n35.00\n", "xerrorCode=-42"})
    void shouldNotSeeTheCallLimitWhenAnotherAnswerMerelyContainsFortyTwo(String body) {
        assertThat(SectigoClient.isCallLimitAnswer(new CallResult(200, body, null))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void shouldNotSeeTheCallLimitWhenSectigoAnsweredNoForm(int status) {
        assertThat(SectigoClient.isCallLimitAnswer(new CallResult(status, "errorCode=-42", null))).isFalse();
        assertThat(SectigoClient.isCallLimitAnswer(new CallResult(null, null, "ReadTimeoutException"))).isFalse();
    }
}
