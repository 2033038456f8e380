using Npgsql;

namespace SocialServices.TestInfrastructure;

/// <summary>
/// Empties every table between tests except the migrations history and the reference data the
/// application seeds at start-up (roles). TRUNCATE with triggers disabled (superuser,
/// <c>session_replication_role = replica</c>) because the audit table refuses DELETE by design.
/// </summary>
public static class DatabaseReset
{
    private static readonly string[] Kept = ["__ef_migrations_history", "asp_net_roles"];

    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(0);
                if (!Kept.Contains(name))
                {
                    tables.Add("\"" + name + "\"");
                }
            }
        }

        if (tables.Count == 0)
        {
            return;
        }

        await using var truncate = new NpgsqlCommand(
            "SET session_replication_role = replica; TRUNCATE " + string.Join(", ", tables) + " RESTART IDENTITY CASCADE; SET session_replication_role = origin;",
            connection);
        await truncate.ExecuteNonQueryAsync();
    }
}
