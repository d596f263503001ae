-- Retention (io.certflow.intake.retention.OrderRetention): a final order's personal data is
-- scrubbed after the retention period; the CSR is then kept only as the SHA-256 of its DER (what
-- RequestFacts.csrSha256 is), and scrubbed_at marks the row done. The index holds only the rows
-- retention still has to visit.
ALTER TABLE orders ADD COLUMN csr_sha256 VARCHAR(64);
ALTER TABLE orders ADD COLUMN scrubbed_at TIMESTAMPTZ;

CREATE INDEX orders_to_scrub ON orders (updated_at)
    WHERE scrubbed_at IS NULL AND status IN ('FAILED', 'REJECTED', 'REVOKED', 'REPLACED');

-- SHA-256 of a PEM CSR's DER, hex: the armour lines and whitespace go, the base64 is decoded.
CREATE FUNCTION order_csr_sha256(pem TEXT) RETURNS VARCHAR(64)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT encode(sha256(decode(regexp_replace(pem, '-----[^-]*-----|\s', '', 'g'), 'base64')), 'hex')
$$;

-- The order details (OrderDetails JSON) without personal data: the CSR, the applicant
-- representative, the customer's name and address, the DCV and S/MIME mailboxes and the
-- TrustLogo contact. Type, product, days, names and organization (what a certificate shows) stay.
CREATE FUNCTION order_details_scrubbed(details TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE AS
$$
DECLARE
    scrubbed JSONB := details::jsonb - 'csr' - 'applicantRepresentative'
        #- '{customer,email}' #- '{customer,name}'
        #- '{dcv,emailAddress}' #- '{dcv,emailAddresses}'
        #- '{smime,emailAddresses}' #- '{smime,subjectEmail}'
        #- '{bundle,trustLogo}';
BEGIN
    IF jsonb_typeof(scrubbed #> '{dcv,domains}') = 'array' THEN
        scrubbed := jsonb_set(scrubbed, '{dcv,domains}', COALESCE(
            (SELECT jsonb_agg(domain - 'emailAddress') FROM jsonb_array_elements(scrubbed #> '{dcv,domains}') domain),
            '[]'::jsonb));
    END IF;
    RETURN scrubbed::text;
END;
$$;
