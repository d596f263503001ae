package io.certflow.webhook.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the routes {@link PushGuardFilter} protects. Binding the guard to the matched route rather
 * than to a path pattern means no spelling of the path (trailing slash, a changed {@code PUSH_PATH})
 * reaches the controller unchecked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PushGuarded {
}
