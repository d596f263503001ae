package io.certflow.sandbox.control;

import io.certflow.sandbox.ca.CertificateAuthority;
import io.certflow.sandbox.csr.CsrParser;
import io.certflow.sandbox.protocol.SectigoException;
import io.certflow.sandbox.validation.CompromisedKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;

/** The sandbox CA's certificates as PEM, and the list of compromised keys (-40). */
@Controller("/sandbox")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaController {

    @Serdeable
    public record CompromisedKey(@Nullable String csr, @Nullable String sha256) {
    }

    private static final String PEM = "application/x-pem-file";

    private final CertificateAuthority authority;
    private final CompromisedKeys compromisedKeys;
    private final CsrParser parser;

    public CaController(CertificateAuthority authority, CompromisedKeys compromisedKeys, CsrParser parser) {
        this.authority = authority;
        this.compromisedKeys = compromisedKeys;
        this.parser = parser;
    }

    @Get("/ca/root.pem")
    @Produces(PEM)
    public String root() {
        return authority.rootPem();
    }

    @Get("/ca/chain.pem")
    @Produces(PEM)
    public String chain() {
        return authority.chainPem();
    }

    @Get("/compromised-keys")
    public Collection<String> compromisedKeys() {
        return compromisedKeys.all();
    }

    /** Marks a key compromised, given as a CSR that uses it or as the SHA-256 of its SubjectPublicKeyInfo. */
    @Post(value = "/compromised-keys", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> addCompromisedKey(@Body CompromisedKey key) {
        if (key.csr() == null && (key.sha256() == null || !key.sha256().matches("[0-9a-fA-F]{64}"))) {
            return HttpResponse.badRequest("A valid csr or sha256 is required");
        }
        try {
            compromisedKeys.add(key.csr() != null ? parser.parse(key.csr()).keyFingerprint() : key.sha256());
        } catch (SectigoException e) {
            return HttpResponse.badRequest("A valid csr or sha256 is required");
        }
        return HttpResponse.noContent();
    }
}
