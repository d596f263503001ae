-- order.requested now carries the CSR's facts, and the gateway no longer decodes the CSR: it keeps what
-- its DCV instructions need (csrMd5, csrSha256 as lower-case hex, commonName) beside the order.
ALTER TABLE placement ADD COLUMN dcv_facts TEXT;

-- Orders requested before and not placed yet get the two hashes of their CSR's DER here, so that their
-- order.placed still carries CSR-hash instructions. Their Common Name cannot be derived in SQL: an order
-- that names its domain only there (no domainNames, no primaryDomainName) gets no instruction for it.
UPDATE placement p
   SET dcv_facts = json_build_object('csrMd5', md5(d.der), 'csrSha256', encode(sha256(d.der), 'hex'))::text
  FROM (SELECT order_id,
               decode(regexp_replace(details::jsonb ->> 'csr', '-----[^-]*-----|\s', '', 'g'), 'base64') AS der
          FROM placement
         WHERE state NOT IN ('PLACED', 'FAILED') AND details::jsonb ->> 'csr' IS NOT NULL) d
 WHERE p.order_id = d.order_id;
