using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialServices.Web.Data.Configurations;

/// <summary>
/// A summary row kept by PostgreSQL triggers (migration <c>WipScaleYearly</c>): how many HELD sessions (attendance
/// recorded, not cancelled) of a group a client was present at in a calendar year. Read-only for the app: attendance
/// and session writes keep it, whoever makes them; <see cref="ClientGroupYears.Rebuild"/> recomputes it all.
/// </summary>
internal sealed class ClientGroupYear
{
    public int Year { get; private set; }
    public int GroupId { get; private set; }
    public int ClientId { get; private set; }
    public int PresentSessions { get; private set; }
}

/// <summary>The database objects that keep <see cref="ClientGroupYear"/> (names used by the generator and tests).</summary>
public static class ClientGroupYears
{
    public const string Table = "client_group_years";
    public const string AttendanceTrigger = "client_group_years_attendance";
    public const string SessionTrigger = "client_group_years_session";
    public const string Rebuild = "SELECT rebuild_client_group_years()";
}

internal sealed class ClientGroupYearConfiguration : IEntityTypeConfiguration<ClientGroupYear>
{
    public void Configure(EntityTypeBuilder<ClientGroupYear> builder)
    {
        builder.ToTable(ClientGroupYears.Table);
        // The key's order serves the annual report's lookup (year, the contract's groups) as well as the triggers' upsert,
        // so the table has one index. No foreign keys: it is derived data, and the triggers write it on every save.
        builder.HasKey(c => new { c.Year, c.GroupId, c.ClientId });
    }
}
