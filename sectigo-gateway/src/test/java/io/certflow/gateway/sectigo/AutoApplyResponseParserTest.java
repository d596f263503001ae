package io.certflow.gateway.sectigo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both response formats, with the samples of the Sectigo texts and the sandbox's documented shapes. */
class AutoApplyResponseParserTest {

    private final AutoApplyResponseParser plain = new AutoApplyResponseParser(false, false);
    private final AutoApplyResponseParser withCertificateId = new AutoApplyResponseParser(true, false);
    private final AutoApplyResponseParser withIdAndState = new AutoApplyResponseParser(true, true);

    @Test
    void shouldReadTheV20DvExampleWhenFormatIsNewlines() {
        AutoApplyAnswer answer = plain.parse("0\n123456789\n35.00\n1\nImWhh1J1\n");

        assertThat(answer).isEqualTo(new AutoApplyAnswer(0, null, "123456789", new BigDecimal("35.00"), null, null,
                "ImWhh1J1"));
    }

    @Test
    void shouldReadTheWebSampleWhenTheDeliveryTimeLineIsMissing() {
        AutoApplyAnswer answer = plain.parse("0\n123456789\n35.00\nImWhh1J1");

        assertThat(answer.orderNumber()).isEqualTo("123456789");
        assertThat(answer.uniqueValue()).isEqualTo("ImWhh1J1");
    }

    @Test
    void shouldReadTheV20OvExampleWhenNothingOptionalFollows() {
        AutoApplyAnswer answer = plain.parse("0\n987654321\n210.00\n1\n");

        assertThat(answer).isEqualTo(new AutoApplyAnswer(0, null, "987654321", new BigDecimal("210.00"), null, null,
                null));
    }

    @Test
    void shouldTellCertificateIdStateAndUniqueValueApartWhenAllWereAskedFor() {
        AutoApplyAnswer answer = withIdAndState.parse("0\n1700000001\n0.00\n240\n1700000000123\nAwaiting Validation\n"
                + "a1b2c3d4e5\n");

        assertThat(answer.certificateId()).isEqualTo("1700000000123");
        assertThat(answer.certificateStatus()).isEqualTo("Awaiting Validation");
        assertThat(answer.uniqueValue()).isEqualTo("a1b2c3d4e5");
    }

    @Test
    void shouldTreatStatusOneAsSuccessWhenPaymentIsRequired() {
        AutoApplyAnswer lines = withCertificateId.parse("1\n1700000002\n35.00\n1\n1700000000999\n");
        AutoApplyAnswer encoded = withCertificateId.parse("errorCode=1&errorMessage=Successful%2C+Payment+Required"
                + "&orderNumber=1700000002&totalCost=35.00&expectedDeliveryTime=1&certificateID=1700000000999");

        assertThat(lines.successful()).isTrue();
        assertThat(lines.statusCode()).isEqualTo(1);
        assertThat(lines.certificateId()).isEqualTo("1700000000999");
        assertThat(encoded.successful()).isTrue();
        assertThat(encoded.orderNumber()).isEqualTo("1700000002");
        assertThat(encoded.totalCost()).isEqualByComparingTo("35.00");
    }

    @Test
    void shouldReadEveryFieldWhenFormatIsUrlEncoded() {
        AutoApplyAnswer answer = withCertificateId.parse("errorCode=0&orderNumber=1700000003&totalCost=49.50"
                + "&expectedDeliveryTime=1&certificateID=1700000000555&uniqueValue=3f0c6d528a1e4f4b9c2d\n");

        assertThat(answer).isEqualTo(new AutoApplyAnswer(0, null, "1700000003", new BigDecimal("49.50"),
                "1700000000555", null, "3f0c6d528a1e4f4b9c2d"));
    }

    @Test
    void shouldReadCodeAndMessageWhenAnErrorIsUrlEncoded() {
        AutoApplyAnswer answer = plain.parse("errorCode=-16&errorMessage=Incorrect+login+details%2C+account+is+"
                + "locked%2C+password+has+expired+or+your+source+IP+is+blocked.");

        assertThat(answer.successful()).isFalse();
        assertThat(answer.statusCode()).isEqualTo(-16);
        assertThat(answer.errorMessage()).startsWith("Incorrect login details, account is locked");
    }

    @Test
    void shouldReadCodeAndMessageWhenAnErrorComesAsLines() {
        AutoApplyAnswer answer = plain.parse("-4\nThe value of the 'days' argument is invalid!\n");

        assertThat(answer).isEqualTo(AutoApplyAnswer.error(-4, "The value of the 'days' argument is invalid!"));
    }

    @Test
    void shouldRefuseAnswersThatAreNeitherFormatWhenTheyCannotBeRead() {
        assertThatThrownBy(() -> plain.parse("<html>Bad gateway</html>")).isInstanceOf(UnreadableAnswerException.class);
        assertThatThrownBy(() -> plain.parse("")).isInstanceOf(UnreadableAnswerException.class);
        assertThatThrownBy(() -> plain.parse("0\n")).isInstanceOf(UnreadableAnswerException.class);
    }
}
