package io.certflow.gateway.sectigo;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.BusinessCategory;
import io.certflow.events.CallbackMethod;
import io.certflow.events.Incorporation;
import io.certflow.events.Organization;

import java.util.Map;

import static io.certflow.gateway.sectigo.FormParameters.put;
import static io.certflow.gateway.sectigo.FormParameters.putYesNo;

/**
 * The OV/EV subject ({@code organizationName} …, EV's {@code joi*}, {@code dateOfIncorporation},
 * {@code businessCategory} b/c/d) and the applicant representative ({@code appRep*},
 * {@code callbackMethod} T/L, {@code isAppRepValidated}, {@code isCallbackCompleted}) of
 * {@code !AutoApplyOrder}. The representative's own organization is sent only when the order names
 * one: Sectigo's text says to leave {@code appRepOrganizationName} out when it equals the subject's.
 */
final class AutoApplySubject {

    private AutoApplySubject() {
    }

    static void putOrganization(Map<String, String> p, Organization o) {
        if (o == null) {
            return;
        }
        putAddress(p, "", o);
        put(p, "assumedName", o.assumedName());
        put(p, "companyNumber", o.companyNumber());
        put(p, "dunsNumber", o.dunsNumber());
        putIncorporation(p, o.incorporation());
    }

    /** Name and address with Sectigo's names, each prefixed ({@code appRep} for the representative's). */
    static void putAddress(Map<String, String> p, String prefix, Organization o) {
        put(p, name(prefix, "organizationName"), o.organizationName());
        put(p, name(prefix, "organizationalUnitName"), o.organizationalUnitName());
        put(p, name(prefix, "postOfficeBox"), o.postOfficeBox());
        put(p, name(prefix, "streetAddress1"), o.streetAddress1());
        put(p, name(prefix, "streetAddress2"), o.streetAddress2());
        put(p, name(prefix, "streetAddress3"), o.streetAddress3());
        put(p, name(prefix, "localityName"), o.localityName());
        put(p, name(prefix, "stateOrProvinceName"), o.stateOrProvinceName());
        put(p, name(prefix, "postalCode"), o.postalCode());
        put(p, name(prefix, "countryName"), o.countryName());
    }

    private static void putIncorporation(Map<String, String> p, Incorporation incorporation) {
        if (incorporation == null) {
            return;
        }
        put(p, "joiLocalityName", incorporation.localityName());
        put(p, "joiStateOrProvinceName", incorporation.stateOrProvinceName());
        put(p, "joiCountryName", incorporation.countryName());
        put(p, "dateOfIncorporation", incorporation.dateOfIncorporation());
        if (incorporation.businessCategory() != null) {
            p.put("businessCategory", businessCategory(incorporation.businessCategory()));
        }
    }

    static void putApplicantRepresentative(Map<String, String> p, ApplicantRepresentative rep) {
        if (rep == null) {
            return;
        }
        put(p, "appRepForename", rep.forename());
        put(p, "appRepSurname", rep.surname());
        put(p, "appRepEmailAddress", rep.emailAddress());
        put(p, "appRepTelephone", rep.telephone());
        put(p, "appRepTitle", rep.title());
        put(p, "appRepFax", rep.fax());
        if (rep.organization() != null) {
            putAddress(p, "appRep", rep.organization());
        }
        if (rep.callbackMethod() != null) {
            p.put("callbackMethod", rep.callbackMethod() == CallbackMethod.TELEPHONE ? "T" : "L");
        }
        putYesNo(p, "isAppRepValidated", rep.validated());
        putYesNo(p, "isCallbackCompleted", rep.callbackCompleted());
    }

    /** Sectigo's letters, lower case as its table prints them. */
    static String businessCategory(BusinessCategory category) {
        return switch (category) {
            case PRIVATE_ORGANIZATION -> "b";
            case GOVERNMENT_ENTITY -> "c";
            case BUSINESS_ENTITY -> "d";
        };
    }

    private static String name(String prefix, String parameter) {
        return prefix.isEmpty() ? parameter
                : prefix + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
    }
}
