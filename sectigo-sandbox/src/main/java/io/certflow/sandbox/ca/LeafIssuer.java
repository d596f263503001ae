package io.certflow.sandbox.ca;

import io.certflow.sandbox.csr.BouncyCastle;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs end-entity certificates with the intermediate: SANs, key usage / EKU, policies, AKI / SKI. */
@Singleton
public class LeafIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateAuthority authority;

    public LeafIssuer(CertificateAuthority authority) {
        this.authority = authority;
    }

    public IssuedCertificate issue(LeafSpec spec) {
        try {
            CaKeys issuer = authority.issuer();
            Instant now = Instant.now();
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    new BigInteger(1, randomSerial()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(Duration.ofDays(spec.days()))), spec.subject(), spec.publicKey());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, keyUsage(spec))
                    .addExtension(Extension.extendedKeyUsage, false, extendedKeyUsage(spec))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(spec.publicKey()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(issuer.certificate()))
                    .addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
                            new PolicyInformation(new ASN1ObjectIdentifier(spec.policy()))));
            if (!spec.names().isEmpty()) {
                boolean emptySubject = spec.subject().getRDNs().length == 0;
                builder.addExtension(Extension.subjectAlternativeName, emptySubject,
                        new GeneralNames(spec.names().toArray(GeneralName[]::new)));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(CaGenerator.SIGNATURE)
                            .setProvider(BouncyCastle.PROVIDER).build(issuer.privateKey())));
            return new IssuedCertificate(certificate, authority.chain());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot issue a certificate", e);
        }
    }

    private static byte[] randomSerial() {
        byte[] serial = new byte[16];
        RANDOM.nextBytes(serial);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }

    private static KeyUsage keyUsage(LeafSpec spec) {
        int bits = KeyUsage.digitalSignature;
        if (spec.rsa()) {
            bits |= KeyUsage.keyEncipherment;
        } else if (spec.usage() == LeafSpec.Usage.EMAIL_PROTECTION) {
            bits |= KeyUsage.keyAgreement;
        }
        return new KeyUsage(bits);
    }

    private static ExtendedKeyUsage extendedKeyUsage(LeafSpec spec) {
        return spec.usage() == LeafSpec.Usage.TLS_SERVER
                ? new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})
                : new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection);
    }
}
