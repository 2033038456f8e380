using SocialServices.Domain.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Auditing;

/// <summary>
/// Writes the append-only audit log. <see cref="Add"/> stages an entry in the request's
/// <see cref="AppDbContext"/> so it commits together with the change it describes;
/// <see cref="WriteAsync"/> saves at once (reads, sign-ins, exports).
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Add(string action, string? entityType = null, string? entityId = null, string? details = null, string? actorName = null) =>
        Stage(action, entityType, entityId, details, actorName);

    /// <summary>Stages an entry about a client (and case), committed with the caller's SaveChanges.</summary>
    public void AddForClient(string action, int clientId, int? caseFileId = null, string? details = null, string? reason = null) =>
        Stage(action, caseFileId is null ? "client" : "case", (caseFileId ?? clientId).ToString(System.Globalization.CultureInfo.InvariantCulture), details, null)
            .About(clientId, caseFileId, reason);

    /// <summary>Writes an entry about a client (and case) at once: reads and exports.</summary>
    public async Task WriteForClientAsync(string action, int clientId, int? caseFileId = null, string? details = null, string? reason = null, CancellationToken ct = default)
    {
        AddForClient(action, clientId, caseFileId, details, reason);
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Stage(string action, string? entityType, string? entityId, string? details, string? actorName)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var entry = new AuditEntry(
            clock.GetUtcNow(),
            user?.UserId(),
            actorName ?? user?.Identity?.Name ?? "system",
            action,
            entityType,
            entityId,
            details).FromAddress(context?.Connection.RemoteIpAddress?.ToString());
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task WriteAsync(string action, string? entityType = null, string? entityId = null, string? details = null, string? actorName = null, CancellationToken ct = default)
    {
        Add(action, entityType, entityId, details, actorName);
        await db.SaveChangesAsync(ct);
    }
}
