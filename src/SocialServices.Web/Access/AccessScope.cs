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
public sealed class AccessScope
{
    /// <summary>How long an emergency ("break the glass") access lasts.</summary>
    public static readonly TimeSpan EmergencyAccessDuration = TimeSpan.FromHours(24);

    /// <summary>How long a remembered answer holds (a request; a test's fake clock that moves further forgets them).</summary>
    private static readonly TimeSpan RememberFor = TimeSpan.FromSeconds(10);

    private readonly AppDbContext _db;
    private readonly TimeProvider _clock;

    // Per request (the service is scoped): the case page's sections each ask about the same case and client, so the
    // answers are remembered, keyed by the principal object, until anything is saved through this context.
    private readonly Dictionary<(ClaimsPrincipal User, int Id), CaseInScope?> _cases = [];
    private readonly Dictionary<(ClaimsPrincipal User, int Id), bool> _own = [];
    private readonly Dictionary<(ClaimsPrincipal User, int Id), bool> _clients = [];
    private DateTimeOffset _rememberedAt;

    public AccessScope(AppDbContext db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _clock = clock;
        db.SavedChanges += (_, _) => Forget();
    }

    /// <summary>A case in the user's scope: what the case page's sections need to decide what they show.</summary>
    public sealed record CaseInScope(int Id, int ClientId, CaseStatus Status, bool IsArchived);

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
        var now = _clock.GetUtcNow();
        var visible = OwnClientIds(userId).Union(_db.EmergencyAccesses.Where(e => e.UserId == userId && e.Until > now).Select(e => e.ClientId));
        return _db.Clients.Where(c => visible.Contains(c.Id));
    }

    /// <summary>
    /// The ids of the clients in the user's own scope as one set, a UNION of indexed reads: the clients of the cases where
    /// the user is the responsible worker, those where they are an active team member, and the clients they registered
    /// that have no case. PostgreSQL reads the few hundred ids first and joins the clients by key, instead of testing an
    /// OR of EXISTS on every candidate client (issue 9, finding 4: a search walked all 100,000 clients that way).
    /// </summary>
    private IQueryable<int> OwnClientIds(string userId) =>
        _db.CaseFiles.Where(f => f.ResponsibleWorkerId == userId).Select(f => f.ClientId)
            .Union(_db.CaseTeamMembers.Where(t => t.UserId == userId && t.RemovedAt == null).Join(_db.CaseFiles, t => t.CaseFileId, f => f.Id, (t, f) => f.ClientId))
            .Union(_db.Clients.Where(k => k.RegisteredById == userId && !_db.CaseFiles.Any(f => f.ClientId == k.Id)).Select(k => k.Id));

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
            return _db.Clients;
        }

        if (!ReadsClients(user))
        {
            return _db.Clients.Where(_ => false);
        }

        var userId = user.UserId() ?? string.Empty;
        var own = OwnClientIds(userId);
        return _db.Clients.Where(c => own.Contains(c.Id));
    }

    /// <summary>Case files the user may see: those of clients in scope.</summary>
    public IQueryable<CaseFile> Cases(ClaimsPrincipal user)
    {
        var clients = Clients(user).Select(c => c.Id);
        return _db.CaseFiles.Where(f => clients.Contains(f.ClientId));
    }

    public async Task<ClientAccess> ForClientAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await InScopeAsync(user, clientId, ct))
        {
            return ClientAccess.NotFound;
        }

        return await AccessToAsync(user, clientId, ct);
    }

    public async Task<(ClientAccess Access, int ClientId)> ForCaseAsync(ClaimsPrincipal user, int caseFileId, CancellationToken ct)
    {
        var caseFile = await CaseAsync(user, caseFileId, ct);
        if (caseFile is null)
        {
            return (ClientAccess.NotFound, 0);
        }

        return (await AccessToAsync(user, caseFile.ClientId, ct), caseFile.ClientId);
    }

    /// <summary>The case when it is in the user's scope (asked once per request and case), otherwise null.</summary>
    public async Task<CaseInScope?> CaseAsync(ClaimsPrincipal user, int caseFileId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var caseFile = await RememberAsync(_cases, user, caseFileId, () => Cases(user).AsNoTracking().Where(f => f.Id == caseFileId)
            .Select(f => new CaseInScope(f.Id, f.ClientId, f.Status, f.IsArchived)).FirstOrDefaultAsync(ct));
        if (caseFile is not null)
        {
            _clients[(user, caseFile.ClientId)] = true;
        }

        return caseFile;
    }

    /// <summary>Whether the client is in the user's scope (asked once per request and client).</summary>
    public async Task<bool> InScopeAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await RememberAsync(_clients, user, clientId, () => Clients(user).AnyAsync(c => c.Id == clientId, ct));
    }

    /// <summary>Read or Edit for a client known to be in scope: editing needs the role and the client in the user's own scope.</summary>
    public async Task<ClientAccess> AccessToAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!EditsClients(user))
        {
            return ClientAccess.Read;
        }

        return await InOwnScopeAsync(user, clientId, ct) ? ClientAccess.Edit : ClientAccess.Read;
    }

    /// <summary>Whether the client is in the user's own scope (<see cref="OwnClients"/>; asked once per request and client).</summary>
    public async Task<bool> InOwnScopeAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await RememberAsync(_own, user, clientId, () => OwnClients(user).AnyAsync(c => c.Id == clientId, ct));
    }

    /// <summary>The remembered answer for the user and id, or the answer of <paramref name="ask"/> (then remembered).</summary>
    private async Task<TValue> RememberAsync<TValue>(Dictionary<(ClaimsPrincipal User, int Id), TValue> answers, ClaimsPrincipal user, int id, Func<Task<TValue>> ask)
    {
        var now = _clock.GetUtcNow();
        if (now < _rememberedAt || now - _rememberedAt > RememberFor)
        {
            Forget();
            _rememberedAt = now;
        }

        if (answers.TryGetValue((user, id), out var known))
        {
            return known;
        }

        var answer = await ask();
        answers[(user, id)] = answer;
        return answer;
    }

    private void Forget()
    {
        _cases.Clear();
        _own.Clear();
        _clients.Clear();
    }
}
