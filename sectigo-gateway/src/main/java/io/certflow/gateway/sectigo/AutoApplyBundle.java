package io.certflow.gateway.sectigo;

import io.certflow.events.Bundle;
import io.certflow.events.OrderDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.certflow.gateway.sectigo.FormParameters.put;

/**
 * Products ordered with the certificate in one {@code !AutoApplyOrder}: the {@code product} list
 * (certificate first, then TrustLogo 36, the CodeGuard plan, the HackerGuardian service and its IP pack
 * 356, e.g. {@code 316,36}) and each add-on's parameters: {@code ida*} (TrustLogo), {@code domains}
 * (CodeGuard; its account address is {@code appRepEmailAddress}), {@code appRepLoginName} and
 * {@code IP Addresses} (HackerGuardian).
 */
final class AutoApplyBundle {

    static final int TRUST_LOGO = 36;
    static final int IP_PACK = 356;

    private AutoApplyBundle() {
    }

    static String productList(OrderDetails order) {
        List<String> codes = new ArrayList<>(List.of(String.valueOf(order.product())));
        Bundle bundle = order.bundle();
        if (bundle != null) {
            if (bundle.trustLogo() != null) {
                codes.add(String.valueOf(TRUST_LOGO));
            }
            if (bundle.codeGuard() != null) {
                codes.add(String.valueOf(required(bundle.codeGuard().product(), "bundle.codeGuard.product")));
            }
            if (bundle.hackerGuardian() != null) {
                Bundle.HackerGuardian hackerGuardian = bundle.hackerGuardian();
                if (hackerGuardian.product() != null) {
                    codes.add(String.valueOf(hackerGuardian.product()));
                }
                if (hackerGuardian.additionalIpAddresses() != null) {
                    codes.add(String.valueOf(IP_PACK));
                }
            }
        }
        return String.join(",", codes);
    }

    static void putAddOns(Map<String, String> p, Bundle bundle) {
        if (bundle == null) {
            return;
        }
        if (bundle.trustLogo() != null) {
            put(p, "idaEmailAddress", bundle.trustLogo().idaEmailAddress());
            put(p, "idaTelephoneNumber", bundle.trustLogo().idaTelephoneNumber());
            put(p, "idaFaxNumber", bundle.trustLogo().idaFaxNumber());
        }
        if (bundle.codeGuard() != null) {
            put(p, "domains", bundle.codeGuard().domains());
        }
        if (bundle.hackerGuardian() != null) {
            put(p, "appRepLoginName", bundle.hackerGuardian().loginName());
            put(p, "IP Addresses", bundle.hackerGuardian().additionalIpAddresses());
        }
    }

    private static Integer required(Integer value, String field) {
        if (value == null) {
            throw new InvalidOrderException(field, "the add-on's product code is missing");
        }
        return value;
    }
}
