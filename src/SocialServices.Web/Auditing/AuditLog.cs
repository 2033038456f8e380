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
    public void Add(string action, string? entityType = null, string? entityId = null, string? details = null, string? actorName = null)
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
    }

    public async Task WriteAsync(string action, string? entityType = null, string? entityId = null, string? details = null, string? actorName = null, CancellationToken ct = default)
    {
        Add(action, entityType, entityId, details, actorName);
        await db.SaveChangesAsync(ct);
    }
}
