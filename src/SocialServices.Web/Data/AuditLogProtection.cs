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
}
