namespace SocialServices.Web.Data;

/// <summary>
/// SQL that makes <c>audit_entries</c> append-only for every database role the application uses:
/// UPDATE, DELETE and TRUNCATE raise an error. (Only a superuser disabling triggers can bypass it,
/// which the test reset does on its throwaway database.)
/// </summary>
internal static class AuditLogProtection
{
    public const string CreateSql = """
        CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
        DROP TRIGGER IF EXISTS audit_entries_no_update_delete ON audit_entries;
        DROP FUNCTION IF EXISTS audit_entries_append_only();
        """;

    /// <summary>
    /// The hash of one entry: SHA-256 over its fields (unit-separated, NULL as empty) and the previous
    /// entry's hash. Used by the insert trigger and by the verification query, so both always agree.
    /// </summary>
    public const string HashExpression = """
        encode(sha256(convert_to(concat_ws(E'\x1f',
            e.sequence::text,
            to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
            coalesce(e.actor_id, ''), e.actor_name, e.action,
            coalesce(e.entity_type, ''), coalesce(e.entity_id, ''), coalesce(e.details, ''), coalesce(e.ip_address, ''),
            coalesce(e.client_id::text, ''), coalesce(e.case_file_id::text, ''), coalesce(e.reason, ''),
            e.previous_hash), 'UTF8')), 'hex')
        """;

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public const string CreateChainSql = $"""
        CREATE FUNCTION audit_entry_hash(e audit_entries) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT {HashExpression}
        $$;

        -- Existing entries get their place in the chain in the order they were written.
        ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete;
        DO $$
        DECLARE r audit_entries; seq bigint := 0; prev text := '{GenesisHash}';
        BEGIN
            FOR r IN SELECT * FROM audit_entries ORDER BY id LOOP
                seq := seq + 1;
                r.sequence := seq;
                r.previous_hash := prev;
                r.hash := audit_entry_hash(r);
                UPDATE audit_entries SET sequence = r.sequence, previous_hash = r.previous_hash, hash = r.hash WHERE id = r.id;
                prev := r.hash;
            END LOOP;
        END $$;
        ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete;

        CREATE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last audit_entries;
        BEGIN
            -- One writer at a time extends the chain; the lock is held until the transaction ends.
            PERFORM pg_advisory_xact_lock(72610001);
            SELECT * INTO last FROM audit_entries ORDER BY sequence DESC LIMIT 1;
            NEW.sequence := coalesce(last.sequence, 0) + 1;
            NEW.previous_hash := coalesce(last.hash, '{GenesisHash}');
            NEW.hash := audit_entry_hash(NEW);
            RETURN NEW;
        END;
        $$;
        CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();
        """;

    public const string DropChainSql = """
        DROP TRIGGER IF EXISTS audit_entries_chain ON audit_entries;
        DROP FUNCTION IF EXISTS audit_entries_chain();
        DROP FUNCTION IF EXISTS audit_entry_hash(audit_entries);
        """;
}
