package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;

import static io.certflow.sandbox.support.SandboxClient.form;
import static io.certflow.sandbox.support.SandboxClient.with;
import static io.certflow.sandbox.support.SandboxClient.without;
import static org.assertj.core.api.Assertions.assertThat;

/** !PlaceOrder for S/MIME (the text's sample, errors, GET, redirects) and !AutoAuthorize. */
@MicronautTest
class PlaceOrderTest extends SandboxTest {

    private static final String PLACE_ORDER = "/products/!PlaceOrder";

    /** The curl sample of the text, with real addresses and a CSR (the text's item list has none). */
    private static Map<String, String> sample(String csr) {
        return form("loginName", LOGIN, "loginPassword", PASSWORD, "isReturningCustomer", "N",
                "ap", "reseller_brand_name", "reseller", "Y", "_1_PPP", "2411", "emailAddress", "jane@abc.example",
                "1_smimeEmailAddresses", "jane@abc.example", "organizationName", "ABC Company 3443695",
                "stateOrProvinceName", "California", "countryName", "US", "streetAddress1", "Elm Street 12",
                "1_organizationIdentifier", "VATDE-1234", "1_showCollectionCode", "Y", "1_csr", csr);
    }

    private Response authorize(String orderNumber) {
        return client.post("/products/!AutoAuthorize", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", orderNumber));
    }

    @Test
    void shouldAnswerOrderNumberAloneWhenSampleIsSent() {
        Response response = client.post(PLACE_ORDER, sample(Csrs.rsa("Jane")));

        assertThat(response.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(response.body()).matches("orderNumber=[0-9]+");
    }

    @Test
    void shouldWaitForAuthorizationAndChargeThenWhenResellerIsY() {
        setAccount("{\"balance\":100}");
        String number = client.post(PLACE_ORDER, sample(Csrs.rsa("Jane"))).form().get("orderNumber");
        assertThat(client.get("/sandbox/orders/" + number).body()).contains("\"status\":\"AWAITING_AUTHORIZATION\"");
        assertThat(completeValidation(number).status()).isEqualTo(409);

        Response authorized = authorize(number);

        assertThat(authorized.body()).isEqualTo("errorCode=0&orderNumber=" + number + "&totalCost=12.00");
        assertThat(client.get("/sandbox/accounts/" + LOGIN).body()).contains("\"balance\":88");
        assertThat(completeValidation(number).status()).isEqualTo(200);
    }

    @Test
    void shouldIssueOrganizationValidatedSmimeWithOrganizationInSubjectWhenProductIs243() {
        String number = client.post(PLACE_ORDER, with(sample(Csrs.ec("Org")), "_1_PPP", "243", "reseller", "N",
                "1_smimeSubjectCN", "Y")).form().get("orderNumber");

        completeValidation(number);

        String pem = client.post("/products/download/CollectSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number, "queryType", "2")).form().get("certificate");
        X509Certificate leaf = Certificates.one(pem);
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=ABC Company 3443695",
                "CN=ABC Company 3443695", "2.5.4.97=");
    }

    @Test
    void shouldAnswerMinus136WhenOrderIsAuthorizedTwice() {
        String number = client.post(PLACE_ORDER, sample(Csrs.rsa("Jane"))).form().get("orderNumber");
        authorize(number);

        assertThat(authorize(number).body()).isEqualTo("errorCode=-136&errorMessage=Wrong+certificate+state");
    }

    @Test
    void shouldAnswerMinus15WhenAuthorizingWithoutCredit() {
        setAccount("{\"balance\":1}");
        String number = client.post(PLACE_ORDER, sample(Csrs.rsa("Jane"))).form().get("orderNumber");

        assertThat(authorize(number).form()).containsEntry("errorCode", "-15");
    }

    @Test
    void shouldNameErrorItemWhenArgumentIsMissing() {
        Response response = client.post(PLACE_ORDER, without(sample(Csrs.rsa("Jane")), "loginName"));

        assertThat(response.body()).isEqualTo(
                "errorCode=-3&errorMessage=The+%27loginName%27+argument+is+missing%21&errorItem=loginName");
    }

    @Test
    void shouldSpellUnrecognizedAsPlaceOrderTextDoesWhenArgumentIsUnknown() {
        assertThat(client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")), "colour", "red")).body())
                .isEqualTo("errorCode=-2&errorMessage=%27colour%27+is+an+unrecognized+argument%21&errorItem=colour");
    }

    @Test
    void shouldAnswerMinus39WhenNoItemIsOrdered() {
        assertThat(client.post(PLACE_ORDER, without(sample(Csrs.rsa("Jane")), "_1_PPP")).form())
                .containsEntry("errorCode", "-39");
    }

    @Test
    void shouldAnswerMinus65WhenProductIsNotSmime() {
        assertThat(client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")), "_1_PPP", "488")).form())
                .containsEntry("errorCode", "-65").containsEntry("errorMessage", "PlanID for this product not found.");
    }

    @Test
    void shouldAnswerMinus70WhenEmailAddressIsInvalid() {
        assertThat(client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")), "emailAddress", "jane@")).form())
                .containsEntry("errorCode", "-70").containsEntry("errorItem", "emailAddress");
    }

    @Test
    void shouldAnswerMinus62WhenOrganizationValidatedOrderHasNoCompany() {
        Map<String, String> request = without(with(sample(Csrs.rsa("Jane")), "_1_PPP", "243"), "organizationName");

        assertThat(client.post(PLACE_ORDER, request).form()).containsEntry("errorCode", "-62");
    }

    @Test
    void shouldAnswerMinus83WhenSecondItemIsOrdered() {
        assertThat(client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")), "2_PPP", "2411")).form())
                .containsEntry("errorCode", "-83").containsEntry("errorItem", "2_PPP");
    }

    @Test
    void shouldAnswerMinus16WhenLoginIsWrong() {
        assertThat(client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")), "loginPassword", "x")).form())
                .containsEntry("errorCode", "-16");
    }

    @Test
    void shouldAcceptGetWhenCalledFromBrowserUrl() {
        String query = "ap=resellerbrand&reseller=n&emailAddress=fred%40example.org&name=Fred+Bloggs&1_PPP=2411"
                + "&1_smimeEmailAddresses=fred%40example.org&loginName=" + LOGIN + "&loginPassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&1_csr="
                + URLEncoder.encode(Csrs.rsa("Fred"), StandardCharsets.UTF_8);

        assertThat(client.get(PLACE_ORDER + "?" + query).body()).matches("orderNumber=[0-9]+");
    }

    @Test
    void shouldRedirectToSuccessUrlWhenGiven() {
        Response response = client.post(PLACE_ORDER, with(sample(Csrs.rsa("Jane")),
                "successURL", "http://www.mydomain.com/success_page.html"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).matches("http://www.mydomain.com/success_page.html\\?orderNumber=[0-9]+");
    }
}
