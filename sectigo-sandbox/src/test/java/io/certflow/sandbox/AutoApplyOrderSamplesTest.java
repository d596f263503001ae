package io.certflow.sandbox;

import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.certflow.sandbox.support.SandboxTest;
import io.certflow.testkit.http.Forms;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.certflow.sandbox.support.SandboxClient.form;
import static io.certflow.sandbox.support.SandboxClient.with;
import static io.certflow.sandbox.support.SandboxClient.without;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples and the curl sample of the reference texts, answered in the documented shapes. */
@MicronautTest
class AutoApplyOrderSamplesTest extends SandboxTest {

    @Test
    void shouldAnswerNewlineLinesWhenDvExampleIsSent() {
        Response response = autoApply(dvRequest(Csrs.rsa("sectigo.com")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.lines()).hasSize(5);
        assertThat(response.lines().get(0)).isEqualTo("0");
        assertThat(response.lines().get(1)).matches("[0-9]+");
        assertThat(response.lines().subList(2, 5)).containsExactly("35.00", "1", "");
    }

    @Test
    void shouldAddGeneratedUniqueValueLineWhenCsrIsReused() {
        String csr = Csrs.rsa("reused.sectigo.com");
        autoApply(dvRequest(csr));

        Response second = autoApply(with(dvRequest(csr), "dcvEmailAddress", "admin@sectigo.com"));

        assertThat(second.lines()).hasSize(6);
        assertThat(second.lines().get(4)).matches("[A-Za-z0-9]{1,20}");
    }

    @Test
    void shouldPrintCertificateIdStateAndUniqueValueInDocumentedOrderWhenAsked() {
        Response response = autoApply(with(dvRequest(Csrs.rsa("lines.sectigo.com")), "showCertificateID", "Y",
                "showCertificateState", "Y", "uniqueValue", "abc123XYZ", "dcvEmailAddress", "admin@sectigo.com"));

        assertThat(response.lines()).hasSize(8);
        assertThat(response.lines().get(4)).matches("[0-9]{1,16}");
        assertThat(response.lines().get(5)).isEqualTo("Awaiting Validation");
        assertThat(response.lines().get(6)).isEqualTo("abc123XYZ");
    }

    @Test
    void shouldAnswerUrlEncodedWhenCurlSampleAsksForResponseFormat1() {
        Map<String, String> sample = form("loginName", LOGIN, "loginPassword", PASSWORD, "days", "365",
                "product", "287", "responseFormat", "1", "serverSoftware", "-1",
                "csr", Csrs.rsa("vps-qa.com"), "isCustomerValidated", "N", "dcvEmailAddress", "admin@vps-qa.com");

        Response response = autoApply(sample);

        assertThat(response.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(response.formNames()).containsExactly("errorCode", "orderNumber", "totalCost",
                "expectedDeliveryTime");
        assertThat(response.form()).containsEntry("errorCode", "0").containsEntry("totalCost", "30.00")
                .containsEntry("expectedDeliveryTime", "1");
    }

    @Test
    void shouldAnswer210WhenOvMultiDomainExampleIsSent() {
        Response response = autoApply(ovMultiDomainRequest(Csrs.rsa("sectigo.com")));

        assertThat(response.lines().get(0)).isEqualTo("0");
        assertThat(response.lines().subList(2, 4)).containsExactly("210.00", "1");
    }

    @Test
    void shouldRejectPotsalCodeTypoWhenOvExampleIsSentAsPrinted() {
        Map<String, String> asPrinted = with(without(ovMultiDomainRequest(Csrs.rsa("sectigo.com")), "postalCode"),
                "potsalCode", "07068");

        Response response = autoApply(asPrinted);

        assertThat(response.body()).isEqualTo("-2\n'potsalCode' is an unrecognised argument!\n");
    }

    @Test
    void shouldAnswer240HoursWhenEvExampleIsSent() {
        Map<String, String> ev = with(ovMultiDomainRequest(Csrs.rsa("sectigo.com")), "days", "365",
                "product", "562", "appRepForename", "John", "appRepSurname", "Smith", "joiCountryName", "US");

        Response response = autoApply(without(ev, "domainNames", "primaryDomainName", "validationTokens"));

        assertThat(response.lines().subList(0, 1)).containsExactly("0");
        assertThat(response.lines().subList(2, 4)).containsExactly("210.00", "240");
    }

    @Test
    void shouldChargeBundleWhenDvAndCodeGuardAreOrderedTogether() {
        Response response = autoApply(with(dvRequest(Csrs.rsa("sectigo.com")), "product", "488,700",
                "appRepEmailAddress", "John.Doe@sectigo.com", "domains", "1"));

        assertThat(response.lines().subList(2, 4)).containsExactly("85.00", "1");
    }

    @Test
    void shouldAcceptEvHackerGuardianBundleWhenAppRepLoginNameIsGiven() {
        Map<String, String> bundle = with(ovMultiDomainRequest(Csrs.rsa("sectigo.com")), "days", "365",
                "product", "562,346", "appRepForename", "John", "appRepSurname", "Smith", "joiCountryName", "US",
                "appRepLoginName", "sectigoHGusername");

        Response response = autoApply(without(bundle, "domainNames", "primaryDomainName", "validationTokens"));

        assertThat(response.lines().subList(0, 1)).containsExactly("0");
        assertThat(response.lines().get(2)).isEqualTo("210.00");
    }

    @Test
    void shouldAnswerOnAliasWhenAutoApplySslIsCalled() {
        Response response = client.post("/products/!AutoApplySSL", dvRequest(Csrs.rsa("alias.sectigo.com")));

        assertThat(response.lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerWhenClientAcceptsOnlyPlainText() {
        Response response = client.post("/products/!AutoApplyOrder",
                Forms.encode(dvRequest(Csrs.rsa("accept.sectigo.com"))), Map.of("Accept", "text/plain"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldReadParameterNamesCaseInsensitivelyWhenNamesAreUpperCase() {
        Map<String, String> upper = new java.util.LinkedHashMap<>();
        dvRequest(Csrs.rsa("upper.sectigo.com")).forEach((k, v) -> upper.put(k.toUpperCase(), v));

        assertThat(autoApply(upper).lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerPaymentRequiredWhenAccountIsSetUpSo() {
        setAccount("{\"paymentRequired\":true,\"balance\":0}");

        Response lines = autoApply(dvRequest(Csrs.rsa("pay.sectigo.com")));
        Response encoded = autoApply(with(dvRequest(Csrs.rsa("pay2.sectigo.com")), "responseFormat", "1"));

        assertThat(lines.lines().get(0)).isEqualTo("1");
        assertThat(lines.lines().get(2)).isEqualTo("35.00");
        assertThat(encoded.formNames()).startsWith("errorCode", "errorMessage", "orderNumber", "totalCost");
        assertThat(encoded.form()).containsEntry("errorCode", "1");
    }

    @Test
    void shouldNotChargeWhenTestOrder() {
        setAccount("{\"balance\":10}");

        Response response = autoApply(with(dvRequest(Csrs.rsa("test.sectigo.com")), "test", "Y"));

        assertThat(response.lines().subList(0, 1)).containsExactly("0");
        assertThat(response.lines().get(2)).isEqualTo("0.00");
        assertThat(client.get("/sandbox/accounts/" + LOGIN).body()).contains("\"balance\":10");
    }

    @Test
    void shouldDebitBalanceWhenOrderIsPlaced() {
        setAccount("{\"balance\":100}");

        autoApply(dvRequest(Csrs.rsa("debit.sectigo.com")));

        assertThat(client.get("/sandbox/accounts/" + LOGIN).body()).contains("\"balance\":65");
    }

    @Test
    void shouldAnswerMinus4WhenAutoApplyOrderIsAskedForJson() {
        Response response = autoApply(with(dvRequest(Csrs.rsa("json.sectigo.com")), "responseFormat", "2"));

        assertThat(response.body()).isEqualTo("-4\nThe value of the 'responseFormat' argument is invalid!\n");
    }

    @Test
    void shouldListOrderWithForeignOrderNumberWhenControlApiIsAsked() {
        autoApply(with(dvRequest(Csrs.rsa("fon.sectigo.com")), "foreignOrderNumber", "certflow-42"));

        Response orders = client.get("/sandbox/orders?foreignOrderNumber=certflow-42");

        assertThat(orders.body()).contains("\"foreignOrderNumber\":\"certflow-42\"")
                .contains("\"status\":\"AWAITING_VALIDATION\"");
    }
}
