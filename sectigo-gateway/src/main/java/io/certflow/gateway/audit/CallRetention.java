package io.certflow.gateway.audit;

import io.certflow.messaging.retention.RetentionRule;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The audit of Sectigo calls outlives their personal data: after
 * {@code certflow.retention.personal-data} every parameter value becomes {@value #REMOVED} (the
 * names stay, so the call still shows what was asked) and the answer shrinks to Sectigo's
 * {@code errorCode=…} line, or nothing. Endpoint, order, time, HTTP status, transport error and
 * duration stay for the audit trail.
 */
@Factory
class CallRetention {

    static final String REMOVED = "removed";

    @Singleton
    RetentionRule sectigoCalls() {
        return RetentionRule.scrub("sectigo_call", RetentionRule.Age.PERSONAL_DATA, "sectigo_call", """
                parameters = (SELECT COALESCE(jsonb_object_agg(key, '%s'), '{}'::jsonb)
                              FROM jsonb_each(sectigo_call.parameters::jsonb))::text,
                response_body = substring(response_body FROM 'errorCode=-{0,1}[0-9]+')""".formatted(REMOVED),
                "called_at < ?");
    }
}
