package io.certflow.devstack;

import io.certflow.testkit.process.PortHolders;
import io.certflow.testkit.support.Ports;

import java.util.ArrayList;
import java.util.List;

/** The fixed ports devstack needs that something else holds, each with who holds it where that can be known. */
final class TakenPorts {

    private TakenPorts() {
    }

    static List<String> of(StackSettings settings) {
        List<String> taken = new ArrayList<>();
        for (App app : App.values()) {
            if (app != App.SECTIGO_SANDBOX || settings.usesSandbox()) {
                settings.ports(app).forEach(port -> check(taken, port, app.module()));
            }
        }
        check(taken, settings.kafkaPort(), "Kafka");
        check(taken, settings.mailHttpPort(), "mail HTTP API");
        check(taken, settings.issuerPort(), "token issuer");
        return taken;
    }

    private static void check(List<String> taken, int port, String what) {
        if (!Ports.isFree(port)) {
            taken.add("port " + port + " (" + what + ") is held by " + PortHolders.describe(port));
        }
    }
}
