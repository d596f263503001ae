package io.certflow.sandbox.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

/** Common ground of the HTTP tests: a client on the running sandbox, reset before each test. */
public abstract class SandboxTest {

    public static final String LOGIN = "mypartnerusername";
    public static final String PASSWORD = "th15ISNOTas3ns!blePassW0rd!";
    public static final String AUTO_APPLY = "/products/!AutoApplyOrder";

    @Inject
    protected EmbeddedServer server;

    protected SandboxClient client;

    @BeforeEach
    void connectAndReset() {
        client = new SandboxClient(server.getURI());
        client.post("/sandbox/reset", Map.of());
    }

    /** Example 5.1 of the v2.0 text: a SectigoSSL DV certificate for sectigo.com. */
    protected static Map<String, String> dvRequest(String csr) {
        return SandboxClient.form("loginName", LOGIN, "loginPassword", PASSWORD, "isCustomerValidated", "N",
                "serverSoftware", "-1", "days", "365", "product", "488", "csr", csr,
                "dcvEmailAddress", "admin@sectigo.com");
    }

    /** Example 5.1 for another name, with a DCV email address that fits it. */
    protected static Map<String, String> dv(String commonName) {
        return SandboxClient.with(dvRequest(Csrs.rsa(commonName)), "dcvEmailAddress",
                "admin@" + commonName.replace("*.", ""));
    }

    /** Example 5.2 of the v2.0 text: a SectigoSSL OV Multi-Domain certificate (postalCode spelled right). */
    protected static Map<String, String> ovMultiDomainRequest(String csr) {
        return SandboxClient.form("loginName", LOGIN, "loginPassword", PASSWORD, "isCustomerValidated", "N",
                "serverSoftware", "-1", "days", "730", "product", "583",
                "appRepEmailAddress", "seniorstaffmember@sectigo.com", "organizationName", "Sectigo",
                "streetAddress1", "5 Becker Farm Road", "localityName", "Roseland", "stateOrProvinceName", "NJ",
                "countryName", "US", "postalCode", "07068", "csr", csr,
                "domainNames", "sectigo.com,www.sectigo.com,secure.sectigo.com", "primaryDomainName", "sectigo.com",
                "validationTokens", "ALLCNAMECSRHASH");
    }

    /** The EV order of the push tests: a SectigoSSL EV certificate (562) for one name. */
    protected static Map<String, String> evRequest(String commonName) {
        return SandboxClient.form("loginName", LOGIN, "loginPassword", PASSWORD, "isCustomerValidated", "N",
                "serverSoftware", "-1", "days", "365", "product", "562", "appRepEmailAddress", "rep@sectigo.com",
                "organizationName", "Sectigo", "countryName", "US", "joiCountryName", "US",
                "csr", Csrs.rsa(commonName));
    }

    /** A mailbox-validated S/MIME order (2411) through !PlaceOrder; answers its order number. */
    protected String placeSmime(String email) {
        return client.post("/products/!PlaceOrder", SandboxClient.form("loginName", LOGIN, "loginPassword",
                PASSWORD, "ap", "certflow", "reseller", "N", "emailAddress", email, "1_PPP", "2411",
                "1_smimeEmailAddresses", email, "1_csr", Csrs.rsa(email))).form().get("orderNumber");
    }

    protected SandboxClient.Response autoApply(Map<String, String> form) {
        return client.post(AUTO_APPLY, form);
    }

    protected void setAccount(String json) {
        client.json("PUT", "/sandbox/accounts/" + LOGIN, json);
    }

    protected void setFaults(String json) {
        client.json("PUT", "/sandbox/faults", json);
    }

    protected void setSettings(String json) {
        client.json("PUT", "/sandbox/settings", json);
    }

    protected SandboxClient.Response completeValidation(String orderNumber) {
        return orderAction(orderNumber, "complete-validation");
    }

    /** POST /sandbox/orders/{orderNumber}/{actionAndQuery}, e.g. "fail?stage=post". */
    protected SandboxClient.Response orderAction(String orderNumber, String actionAndQuery) {
        return client.post("/sandbox/orders/" + orderNumber.replace("#", "%23") + "/" + actionAndQuery, Map.of());
    }

    protected String order(String orderNumber) {
        return client.get("/sandbox/orders/" + orderNumber.replace("#", "%23")).body();
    }
}
