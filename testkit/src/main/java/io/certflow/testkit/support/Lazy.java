package io.certflow.testkit.support;

import java.util.function.Supplier;

/**
 * A value computed once, on first use, by exactly one thread. A failure is remembered too, so a
 * broken start fails every later caller at once instead of being retried per test class.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;
    private volatile RuntimeException failure;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = compute();
                }
            }
        }
        return current;
    }

    private T compute() {
        if (failure != null) {
            throw new IllegalStateException("failed earlier in this JVM", failure);
        }
        try {
            value = factory.get();
            return value;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }
}
