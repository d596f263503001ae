package io.certflow.notifier.mail;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link MailSender} on a thread of its own from application start to shutdown: at once
 * when an email was queued ({@link #wakeUp()}), otherwise every {@code certflow.notifier.mail.poll-interval}
 * for retries that became due. Stopping it before the datasource closes keeps shutdown clean.
 */
@Singleton
public class MailSenderRunner implements ApplicationEventListener<StartupEvent> {

    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final MailSender sender;
    private final MailQueueProperties settings;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public MailSenderRunner(MailSender sender, MailQueueProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (worker == null) {
            running = true;
            worker = new Thread(this::work, "mail-sender");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** An email was committed to the queue: send it now rather than at the next poll. */
    public void wakeUp() {
        wake.release();
    }

    @PreDestroy
    public synchronized void stop() throws InterruptedException {
        running = false;
        wake.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS));
        }
    }

    private void work() {
        try {
            while (running) {
                sender.sendDueMail();
                if (wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
