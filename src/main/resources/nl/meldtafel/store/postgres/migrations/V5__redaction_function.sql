-- Version 5: redaction by retention runs through one function that writes its own chain entry.
--
-- The desks' role may no longer change an alert's content or its redaction time itself (desk-role.sql
-- grants UPDATE on the other columns only); this function, running with its owner's rights, removes the
-- content of the given sent alerts and appends the REDACTED entry in the same transaction, so content
-- never goes without a record. It computes the entry exactly as AuditHashing and AuditRecords do
-- (length-prefixed SHA-256 fields); the desk checks the result against its own computation.

-- One field as Sha256Fields writes it: the length as 4 big-endian bytes (-1 for null), then the bytes.
CREATE FUNCTION meldtafel_hash_field(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path FROM CURRENT
AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
$$;

CREATE FUNCTION meldtafel_redact(p_ids bigint[], p_at bigint, p_officer_id bigint, p_os_account text,
                                 p_actor_name text, p_actor_number text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$
DECLARE
    v_ids     bigint[] := ARRAY(SELECT DISTINCT id FROM unnest(p_ids) AS id ORDER BY id);
    v_count   integer  := coalesce(array_length(v_ids, 1), 0);
    v_changed integer;
    v_seq     bigint;
    v_prev    text;
    v_details text;
    v_content text;
    v_hash    text;
BEGIN
    IF v_count = 0 THEN
        RAISE EXCEPTION 'meldtafel_redact: no alerts given';
    END IF;
    -- a hold with more than a day to go (the desk's own check is exact, in its time zone)
    IF EXISTS (SELECT 1 FROM retention_hold h WHERE h.alert_id = ANY (v_ids) AND h.lifted_at IS NULL
               AND h.until_date > to_char((to_timestamp(p_at / 1000.0) AT TIME ZONE 'UTC') + interval '1 day', 'YYYY-MM-DD')) THEN
        RAISE EXCEPTION 'meldtafel_redact: an alert given is on hold' USING ERRCODE = '23000';
    END IF;
    UPDATE alert SET redacted_at = p_at, values_json = NULL, text = NULL, content_salt = NULL, close_reason = NULL,
                     close_salt = NULL
     WHERE id = ANY (v_ids) AND redacted_at IS NULL AND status <> 'PENDING';
    GET DIAGNOSTICS v_changed = ROW_COUNT;
    IF v_changed <> v_count THEN
        RAISE EXCEPTION 'meldtafel_redact: expected to redact % alerts, found %', v_count, v_changed USING ERRCODE = '23000';
    END IF;

    -- the chain's lock, as every append takes it (PostgresAuditLog.CHAIN_LOCK)
    PERFORM pg_advisory_xact_lock(21749767072923974);
    SELECT seq, entry_hash INTO v_seq, v_prev FROM audit_entry ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_seq := 0;
        v_prev := repeat('0', 64);
    END IF;
    v_seq := v_seq + 1;
    v_details := '{"count":' || v_count || ',"firstId":' || v_ids[1] || ',"lastId":' || v_ids[v_count] || '}';
    v_content := encode(sha256(meldtafel_hash_field('meldtafel-audit-v1/content') || int4send(0)
                               || meldtafel_hash_field(array_to_string(v_ids, ',') || ',')), 'hex');
    v_hash := encode(sha256(meldtafel_hash_field('meldtafel-audit-v2/entry') || meldtafel_hash_field(v_seq::text)
                            || meldtafel_hash_field(v_prev) || meldtafel_hash_field('REDACTED')
                            || meldtafel_hash_field(v_ids[1]::text) || meldtafel_hash_field('0')
                            || meldtafel_hash_field(p_at::text) || meldtafel_hash_field(p_officer_id::text)
                            || meldtafel_hash_field(p_actor_name) || meldtafel_hash_field(p_actor_number)
                            || meldtafel_hash_field(p_os_account) || meldtafel_hash_field(v_details)
                            || meldtafel_hash_field(v_content)), 'hex');
    INSERT INTO audit_entry (seq, event, alert_id, at, officer_id, os_account, details, content_hash, prev_hash, entry_hash,
                             form, subject_id, actor_name, actor_number)
    VALUES (v_seq, 'REDACTED', v_ids[1], p_at, p_officer_id, p_os_account, v_details, v_content, v_prev, v_hash,
            2, 0, p_actor_name, p_actor_number);
    RETURN v_seq;
END
$$;

-- functions are executable by everyone unless revoked; desk-role.sql grants this one to the desks
REVOKE EXECUTE ON FUNCTION meldtafel_redact(bigint[], bigint, bigint, text, text, text) FROM PUBLIC;
