package io.certflow.sandbox.protocol;

/** Sectigo's error codes with the messages printed in the reference texts. */
public final class Errors {

    public static final String PERMISSION_DENIED_LOGIN =
            "Incorrect login details, account is locked, password has expired or your source IP is blocked.";
    /** Not a Sectigo code: chosen for a duplicate foreignOrderNumber, see README. */
    public static final int DUPLICATE_FOREIGN_ORDER_NUMBER = -64;

    private Errors() {
    }

    public static SectigoException notHttps() {
        return fail(-1, "Request was not made over https!", null);
    }

    public static SectigoException unknownArgument(String name) {
        return fail(-2, "'" + name + "' is an unrecognised argument!", name);
    }

    public static SectigoException missing(String name) {
        return fail(-3, "The '" + name + "' argument is missing!", name);
    }

    public static SectigoException invalid(String name) {
        return fail(-4, "The value of the '" + name + "' argument is invalid!", name);
    }

    public static SectigoException wildcardNotAllowed() {
        return fail(-5, "The CSR's Common Name may NOT contain a wildcard!", "csr");
    }

    public static SectigoException wildcardRequired() {
        return fail(-6, "The CSR's Common Name MUST contain ONE wildcard!", "csr");
    }

    public static SectigoException badCountry(String value, String field) {
        return fail(-7, "'" + value + "' is not a valid ISO-3166 country!", field);
    }

    public static SectigoException unknownError() {
        return fail(-14, "An unknown error occurred!", null);
    }

    public static SectigoException notEnoughCredit() {
        return fail(-15, "Not enough credit!", null);
    }

    public static SectigoException permissionDenied(String endpoint) {
        return fail(-16, "Permission denied! Contact Sectigo Support to have your account enabled for the "
                + endpoint + " API.", null);
    }

    public static SectigoException loginFailed() {
        return fail(-16, PERMISSION_DENIED_LOGIN, null);
    }

    public static SectigoException getInsteadOfPost() {
        return fail(-17, "Request used GET rather than POST!", null);
    }

    public static SectigoException cnIsFqdn() {
        return fail(-18, "The CSR's Common Name may not be a Fully-Qualified Domain Name!", "csr");
    }

    public static SectigoException cnIsPublicIp() {
        return fail(-19, "The CSR's Common Name may not be an Internet-accessible IP Address!", "csr");
    }

    public static SectigoException certificateRevoked() {
        return fail(-20, "The Certificate has been Revoked!", null);
    }

    public static SectigoException beingIssued() {
        return fail(-22, "The certificate is currently being issued!", null);
    }

    public static SectigoException cnIsIp() {
        return fail(-35, "The CSR's Common Name may not be an IP Address!", "csr");
    }

    public static SectigoException compromisedKey() {
        return fail(-40, "The CSR uses a key that is believed to have been compromised!", "csr");
    }

    public static SectigoException callLimit() {
        return fail(-42, "Call limit reached, please try again later", null);
    }

    public static SectigoException requestTokenNotUnique() {
        return fail(-55, "This Request Token is not unique!", "uniqueValue");
    }

    public static SectigoException companyNameMissing() {
        return fail(-62, "Company name is required but missing.", "organizationName");
    }

    public static SectigoException duplicateForeignOrderNumber() {
        return fail(DUPLICATE_FOREIGN_ORDER_NUMBER,
                "The 'foreignOrderNumber' has already been used for another order!", "foreignOrderNumber");
    }

    public static SectigoException itemMissing() {
        return fail(-39, "At least 1 item is missing from this order!", null);
    }

    public static SectigoException invalidEmail(String field) {
        return fail(-70, "Invalid Email Address!", field);
    }

    public static SectigoException notApplicable(String name) {
        return fail(-83, "'" + name + "' is not applicable to this order!", name);
    }

    public static SectigoException wrongState() {
        return fail(-136, "Wrong certificate state", null);
    }

    public static SectigoException fail(int code, String message, String field) {
        return new SectigoException(new SectigoError(code, message, field));
    }
}
