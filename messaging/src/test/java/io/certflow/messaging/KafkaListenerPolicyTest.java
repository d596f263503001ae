package io.certflow.messaging;

import io.certflow.testkit.KafkaListenerPolicy;
import org.junit.jupiter.api.Test;

class KafkaListenerPolicyTest {

    @Test
    void shouldFindNoListenerWithDefaultStrategiesWhenScanningCertflowClasses() {
        KafkaListenerPolicy.assertNoDefaultStrategies("io.certflow");
    }
}
