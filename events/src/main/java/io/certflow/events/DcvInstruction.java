package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * What the customer must do to prove control of one domain. Only the fields of the domain's
 * {@code method} are present.
 *
 * @param domain          the domain name this instruction is for
 * @param method          the DCV method
 * @param emailAddress    {@link DcvMethod#EMAIL}: the approver address the approval mail goes to
 * @param httpFileUrl     HTTP(S) methods: the URL the file must be served at
 * @param httpFileContent HTTP(S) methods: the exact file content
 * @param cnameHost       {@link DcvMethod#CNAME_CSR_HASH}: the record name to create
 * @param cnameTarget     {@link DcvMethod#CNAME_CSR_HASH}: the value it must point to
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DcvInstruction(
        String domain,
        DcvMethod method,
        String emailAddress,
        String httpFileUrl,
        String httpFileContent,
        String cnameHost,
        String cnameTarget) {

    public DcvInstruction {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(method, "method");
    }
}
