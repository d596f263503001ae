package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateType;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderDetails;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A replacement in {@code !AutoReplaceSSL} / {@code !AutoReplaceSMIME} parameters (without the login):
 * the replaced order's number and the new CSR. SSL adds {@code serverSoftware}, the DCV method (one for
 * all names: AutoReplaceSSL takes no per-name list) and the new order's {@code uniqueValue}; S/MIME adds
 * {@code revokeOldOrder}.
 */
final class ReplaceRequest {

    private ReplaceRequest() {
    }

    public static String endpoint(OrderDetails order) {
        return order.type() == CertificateType.SMIME ? "!AutoReplaceSMIME" : "!AutoReplaceSSL";
    }

    public static Map<String, String> parameters(UUID orderId, OrderDetails order, String replacedNumber,
                                                 boolean revokeReplaced) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("orderNumber", replacedNumber);
        p.put("csr", order.csr());
        if (order.type() == CertificateType.SMIME) {
            p.put("revokeOldOrder", revokeReplaced ? "Y" : "N");
        } else {
            p.put("serverSoftware", AutoApplyRequest.serverSoftware(order));
            dcv(p, order.dcv(), order.domainNames().isEmpty());
            p.put("uniqueValue", AutoApplyRequest.uniqueValueOf(orderId));
            p.put("showCertificateID", "Y");
        }
        p.put("responseFormat", "1");
        return p;
    }

    private static void dcv(Map<String, String> p, Dcv dcv, boolean singleName) {
        if (dcv == null || dcv.method() == null) {
            return;
        }
        p.put("dcvMethod", dcv.method().name());
        if (singleName && dcv.method() == DcvMethod.EMAIL) {
            FormParameters.put(p, "dcvEmailAddress", dcv.emailAddress());
        }
    }
}
