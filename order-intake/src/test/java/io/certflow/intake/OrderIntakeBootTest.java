package io.certflow.intake;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class OrderIntakeBootTest extends ServiceBootContract {

    @Override
    protected String database() {
        return "order_intake";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.intake";
    }
}
