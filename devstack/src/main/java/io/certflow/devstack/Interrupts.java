package io.certflow.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C twice: the first starts the orderly stop (the shutdown hook), the second kills every child
 * at once and ends devstack. The JVM's own handler ignores a second SIGINT while its hooks run, so
 * devstack takes SIGINT over; SIGTERM keeps the JVM's handling (the orderly stop).
 */
final class Interrupts {

    private static final Logger LOG = LoggerFactory.getLogger(Interrupts.class);
    private static final int EXIT_CODE = 130;

    private Interrupts() {
    }

    static void install(Stack stack, Runnable announceKill) {
        AtomicInteger count = new AtomicInteger();
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (count.incrementAndGet() == 1) {
                    Thread exit = new Thread(() -> System.exit(EXIT_CODE), "devstack-exit");
                    exit.start();
                } else {
                    announceKill.run();
                    stack.kill();
                    Runtime.getRuntime().halt(EXIT_CODE);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.info("a second Ctrl-C cannot be told apart here ({}); the first one stops everything", e.toString());
        }
    }
}
