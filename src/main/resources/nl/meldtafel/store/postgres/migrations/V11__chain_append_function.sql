-- Version 11: an entry is appended to the chain in one call. The append holds the chain's lock until its
-- transaction commits, so every round trip between desk and server while it is held limits how many
-- alerts all desks together can record. Taking the lock, reading the head and writing the entry used to
-- be three round trips; in this function they are one. It computes the entry as AuditHashing does for
-- the current form (2), as meldtafel_redact already did; the desk checks the hash against its own.
-- It runs with the caller's rights: a desk may insert chain entries, never change them.
CREATE FUNCTION meldtafel_append_entry(p_event text, p_alert_id bigint, p_subject_id bigint, p_at bigint,
                                       p_officer_id bigint, p_actor_name text, p_actor_number text,
                                       p_os_account text, p_details text, p_content_hash text)
    RETURNS TABLE (seq bigint, prev_hash text, entry_hash text)
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
DECLARE
    v_seq  bigint;
    v_prev text;
    v_hash text;
BEGIN
    -- the chain's lock, as meldtafel_redact takes it; the head below is read after it is held (in read
    -- committed each statement of a function sees what committed before it began)
    PERFORM pg_advisory_xact_lock(21749767072923974);
    SELECT e.seq, e.entry_hash INTO v_seq, v_prev FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_seq := 0;
        v_prev := repeat('0', 64);
    END IF;
    v_seq := v_seq + 1;
    v_hash := encode(sha256(meldtafel_hash_field('meldtafel-audit-v2/entry') || meldtafel_hash_field(v_seq::text)
                            || meldtafel_hash_field(v_prev) || meldtafel_hash_field(p_event)
                            || meldtafel_hash_field(p_alert_id::text) || meldtafel_hash_field(p_subject_id::text)
                            || meldtafel_hash_field(p_at::text) || meldtafel_hash_field(p_officer_id::text)
                            || meldtafel_hash_field(p_actor_name) || meldtafel_hash_field(p_actor_number)
                            || meldtafel_hash_field(p_os_account) || meldtafel_hash_field(p_details)
                            || meldtafel_hash_field(p_content_hash)), 'hex');
    INSERT INTO audit_entry (seq, event, alert_id, at, officer_id, os_account, details, content_hash, prev_hash, entry_hash,
                             form, subject_id, actor_name, actor_number)
    VALUES (v_seq, p_event, p_alert_id, p_at, p_officer_id, p_os_account, p_details, p_content_hash, v_prev, v_hash,
            2, p_subject_id, p_actor_name, p_actor_number);
    RETURN QUERY SELECT v_seq, v_prev, v_hash;
END
$$;
