package io.certflow.sandbox.api;

/** Parameter lists with maximum lengths, from the reference texts ('+' stands for a space). */
final class ApiParameters {

    private static final String LOGIN = "loginName:64 loginPassword:128 ";
    private static final String ORGANIZATION = "organizationName:64 organizationalUnitName:64 postOfficeBox:40 "
            + "streetAddress1:128 streetAddress2:128 streetAddress3:128 localityName:128 "
            + "stateOrProvinceName:128 postalCode:40 countryName:2 dunsNumber:20 companyNumber:64 ";

    static final ParameterSpec AUTO_APPLY = ParameterSpec.of(LOGIN + ORGANIZATION
            + "product:64 days years serverSoftware domainNames:32767 primaryDomainName:64 maxSubjectCNs "
            + "csr:32767 uniqueValue:20 prioritiseCSRValues:1 joiLocalityName:128 joiStateOrProvinceName:128 "
            + "joiCountryName:2 dateOfIncorporation:10 assumedName:64 businessCategory:1 emailAddress:255 "
            + "validationEmailAddress:255 contactEmailAddress:255 dcvMethod:32 dcvEmailAddress:255 "
            + "dcvEmailAddresses:32767 dcvTemplateID validationTokens:32767 caCertificateID isCustomerValidated:1 "
            + "showCertificateID:1 foreignOrderNumber:64 checkFONIsUnique:1 responseFormat:1 test:1 "
            + "idaEmailAddress:255 idaTelephoneNumber:32 idaFaxNumber:32 appRepForename:64 appRepSurname:64 "
            + "appRepEmailAddress:255 appRepTelephone:32 appRepTitle:64 appRepFax:32 "
            + "appRepOrganizationName:255 appRepOrganizationalUnitName:64 appRepStreetAddress1:128 "
            + "appRepStreetAddress2:128 appRepStreetAddress3:128 appRepPostOfficeBox:128 "
            + "appRepLocalityName:128 appRepStateOrProvinceName:128 appRepPostalCode:40 appRepCountryName:2 "
            + "callbackMethod:1 isAppRepValidated:1 isCallbackCompleted:1 showCertificateState:1 "
            + "omitAdditionalFQDN:1 appRepLoginName:64 IP+Addresses domains languageName:2 "
            + "callbackTemplateID eaTemplateID saTemplateID excludeSiteLock:1 ignoreEASettings:1 "
            + "signerTitle:64 signerForename:64 signerSurname:64 signerEmailAddress:255 signerTelephone:32 "
            + "cspName:255");

    static final ParameterSpec PLACE_ORDER = ParameterSpec.withItems(LOGIN + ORGANIZATION
                    + "ap:64 reseller:1 errorURL:255 successURL:255 region:64 isReturningCustomer:1 product "
                    + "offerCode:64 country:2 businessCategory:1 title:64 name:128 foreName:64 surName:64 "
                    + "emailAddress:255 telephoneNumber:32 faxNumber:32 SMIMEVerificationTemplateID "
                    + "SMIMERequestTemplateID SMIMECollectionTemplateID shippingTemplateID languageName:2 "
                    + "foreignOrderNumber:64 checkFONIsUnique:1 test:1",
            "ID|PPP|visibility|days|seats|users|servers|quantity|zones|smimeEmailAddresses|smimeSubjectCN"
                    + "|smimeSubjectEmail|csr|organizationIdentifier|showCollectionCode|MACAddress");

    static final ParameterSpec AUTO_AUTHORIZE = ParameterSpec.of(LOGIN + "orderNumber:128 responseFormat:1");

    static final ParameterSpec REPLACE_SMIME = ParameterSpec.of(LOGIN + "orderNumber:128 csr:32767 "
            + "signatureHash:64 caCertificateID revokeOldOrder:1 responseFormat:1 languageName:2 "
            + "SMIMEVerificationTemplateID SMIMERequestTemplateID SMIMECollectionTemplateID");

    static final ParameterSpec REPLACE_SSL = ParameterSpec.of(LOGIN + "orderNumber:128 csr:32767 "
            + "serverSoftware dcvMethod:32 "
            + "dcvEmailAddress:255 uniqueValue:20 "
            + "signatureHash:64 caCertificateID responseFormat:1 showCertificateID:1");

    static final ParameterSpec REVOKE = ParameterSpec.of(LOGIN + "orderNumber:128 certificateID:16 "
            + "revocationReason:256 responseFormat:1");

    static final ParameterSpec COLLECT = ParameterSpec.of(LOGIN + "orderNumber:128 certificateID:16 "
            + "baseOrderNumber queryType responseType responseEncoding responseMimeType showExtStatus "
            + "responseFormat:1");

    static final ParameterSpec WEB_HOST_REPORT = ParameterSpec.of(LOGIN + "notBefore notAfter firstResultNo "
            + "lastResultNo organizationName:64 fqdn:255 orderNumber:32767 foreignOrderNumber:64 "
            + "responseFormat:1");

    private ApiParameters() {
    }
}
