using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Access;

/// <summary>What a user may do with one client's data.</summary>
public enum ClientAccess
{
    /// <summary>No such client, or one outside the user's scope (the two are indistinguishable on purpose).</summary>
    NotFound,

    /// <summary>Auditor: reads everything, changes nothing.</summary>
    Read,

    /// <summary>In scope, and the role may change client data.</summary>
    Edit,
}

/// <summary>
/// The access scope of restricted-access client information, enforced in queries (not in views):
/// a social worker or specialist sees the clients with a case where they are the responsible worker
/// or a team member, the clients they registered that have no case yet, and clients they opened by
/// emergency access (until it expires); a service manager sees every client of the organisation; an
/// auditor sees everything read-only; an administrator (without another role) sees no client data.
/// Every page that lists, counts, searches or opens clients or cases starts from these queries.
/// </summary>
public sealed class AccessScope(AppDbContext db, TimeProvider clock)
{
    /// <summary>How long an emergency ("break the glass") access lasts.</summary>
    public static readonly TimeSpan EmergencyAccessDuration = TimeSpan.FromHours(24);

    public static bool SeesEverything(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Auditor);
    }

    public static bool ReadsClients(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Specialist);
    }

    /// <summary>Social workers and managers change client data and case files; specialists and auditors read.</summary>
    public static bool EditsClients(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.SocialWorker);
    }

    /// <summary>Clients the user may see (archived ones included; pages filter them as they need).</summary>
    public IQueryable<Client> Clients(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SeesEverything(user) || !ReadsClients(user))
        {
            return OwnClients(user);
        }

        var userId = user.UserId() ?? string.Empty;
        var now = clock.GetUtcNow();
        return db.Clients.Where(c =>
            db.CaseFiles.Any(f => f.ClientId == c.Id && (f.ResponsibleWorkerId == userId || f.Team.Any(t => t.UserId == userId && t.RemovedAt == null)))
            || (c.RegisteredById == userId && !db.CaseFiles.Any(f => f.ClientId == c.Id))
            || db.EmergencyAccesses.Any(e => e.ClientId == c.Id && e.UserId == userId && e.Until > now));
    }

    /// <summary>
    /// Clients in the user's own scope, without emergency access: the ones they may change. An emergency
    /// access lets a worker read a file for 24 hours, never change it (or they could add themselves to the
    /// team and keep the access for good).
    /// </summary>
    public IQueryable<Client> OwnClients(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SeesEverything(user))
        {
            return db.Clients;
        }

        if (!ReadsClients(user))
        {
            return db.Clients.Where(_ => false);
        }

        var userId = user.UserId() ?? string.Empty;
        return db.Clients.Where(c =>
            db.CaseFiles.Any(f => f.ClientId == c.Id && (f.ResponsibleWorkerId == userId || f.Team.Any(t => t.UserId == userId && t.RemovedAt == null)))
            || (c.RegisteredById == userId && !db.CaseFiles.Any(f => f.ClientId == c.Id)));
    }

    /// <summary>Case files the user may see: those of clients in scope.</summary>
    public IQueryable<CaseFile> Cases(ClaimsPrincipal user)
    {
        var clients = Clients(user).Select(c => c.Id);
        return db.CaseFiles.Where(f => clients.Contains(f.ClientId));
    }

    public async Task<ClientAccess> ForClientAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await Clients(user).AnyAsync(c => c.Id == clientId, ct))
        {
            return ClientAccess.NotFound;
        }

        return await AccessToAsync(user, clientId, ct);
    }

    public async Task<(ClientAccess Access, int ClientId)> ForCaseAsync(ClaimsPrincipal user, int caseFileId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clientId = await Cases(user).Where(f => f.Id == caseFileId).Select(f => (int?)f.ClientId).FirstOrDefaultAsync(ct);
        if (clientId is null)
        {
            return (ClientAccess.NotFound, 0);
        }

        return (await AccessToAsync(user, clientId.Value, ct), clientId.Value);
    }

    /// <summary>Read or Edit for a client known to be in scope: editing needs the role and the client in the user's own scope.</summary>
    public async Task<ClientAccess> AccessToAsync(ClaimsPrincipal user, int clientId, CancellationToken ct) =>
        EditsClients(user) && await OwnClients(user).AnyAsync(c => c.Id == clientId, ct) ? ClientAccess.Edit : ClientAccess.Read;
}
