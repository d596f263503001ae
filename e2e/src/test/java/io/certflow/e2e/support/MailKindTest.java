package io.certflow.e2e.support;

import io.certflow.e2e.support.Mailbox.MailKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every subject line of the notifier's English templates (rendered as its README lists them) is
 * one kind of mail and only that one, so that counting one kind never counts another. Needs no stack.
 */
class MailKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your certificate order for shop.example.com was placed (Sectigo order 1234)|PLACED",
        "Your replacement certificate order for shop.example.com was placed (Sectigo order 1234repl#1)|PLACED",
        "Action needed: validate shop.example.com for your certificate (Sectigo order 1234)|PLACED",
        "Action needed: validate shop.example.com for your replacement certificate (Sectigo order 1234)|PLACED",
        "Action needed: confirm ada@example.com for your certificate (Sectigo order 1234)|PLACED",
        "Your certificate for shop.example.com is ready|ISSUED",
        "Your certificate for ada@example.com is ready|ISSUED",
        "Your replacement certificate for shop.example.com is ready, Sectigo order 1234repl#1|REPLACEMENT_ISSUED",
        "Your certificate order for shop.example.com could not be completed|FAILED",
        "Action needed: complete the callback for shop.example.com, Sectigo order 1234|CALLBACK_NEEDED",
        "Action needed: accept the certificate agreement for shop.example.com, Sectigo order 1234|CLICK_THROUGH_NEEDED",
        "Sectigo is reviewing the brand for shop.example.com, Sectigo order 1234|BRAND_VALIDATION",
        "No certificate will be issued for shop.example.com, Sectigo order 1234|ISSUANCE_FAILED",
        "Sectigo rejected the certificate order for shop.example.com, Sectigo order 1234|REJECTED",
        "Your certificate for shop.example.com was revoked, Sectigo order 1234|REVOKED",
        "Reminder: your certificate for shop.example.com expires in 29 days, Sectigo order 1234|EXPIRING",
        "Reminder: your certificate for shop.example.com expires in 1 day|EXPIRING",
        "Reminder: your certificate for shop.example.com expires in less than a day, Sectigo order 1234|EXPIRING",
        "Reminder: your certificate for shop.example.com has expired, Sectigo order 1234|EXPIRING"
    })
    void shouldMatchExactlyOneKindWhenSubjectIsOneOfTheNotifiersTemplates(String subject, MailKind expected) {
        assertThat(Arrays.stream(MailKind.values()).filter(kind -> kind.matches(subject)))
                .as(subject).containsExactly(expected);
    }
}
