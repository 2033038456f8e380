using Microsoft.EntityFrameworkCore;

namespace SocialServices.Web.Data;

public static class DatabaseSetup
{
    /// <summary>The one place that decides provider and naming (snake_case tables and columns).</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
    }
}
