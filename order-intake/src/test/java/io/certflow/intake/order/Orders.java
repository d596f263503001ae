package io.certflow.intake.order;

import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.Csrs;

/** Orders as customers send them: a valid single-domain DV order, to be varied per test. */
public final class Orders {

    public static final String DOMAIN = "shop.example.com";

    private Orders() {
    }

    public static OrderDetails.Builder dv() {
        return OrderDetails.builder()
                .type(CertificateType.SSL)
                .product(488)
                .days(365)
                .serverSoftware(-1)
                .csr(Csrs.rsa(DOMAIN))
                .dcv(Dcv.email("admin@example.com"))
                .customer(new Customer("ada@example.com", "Ada Lovelace", "en"));
    }
}
