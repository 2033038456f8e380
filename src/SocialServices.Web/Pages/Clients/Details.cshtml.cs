using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Common;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Clients;

/// <summary>
/// The client page: personal data, household, case files. Every view is written to the audit log; a client
/// outside the user's scope is "not found". Editors archive (with a reason); a service manager restores.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler, AccessScope scope, AuditLog audit, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    public const int ArchiveReasonMaxLength = 1000;

    public ClientView Client { get; private set; } = null!;

    public ClientAccess Access { get; private set; }

    public bool CanEdit => Access == ClientAccess.Edit;

    public bool CanRestore => CanEdit && User.IsInRole(Roles.ServiceManager);

    public DateOnly Today { get; private set; }

    /// <summary>The client's applications for services, newest first.</summary>
    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    /// <summary>The concurrency token of the client as the page showed it.</summary>
    [BindProperty] public uint Version { get; set; }

    [BindProperty] public string? ArchiveReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Access = await scope.ForClientAsync(User, id, ct);
        if (Access == ClientAccess.NotFound)
        {
            return NotFound();
        }

        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken ct)
    {
        Access = await scope.ForClientAsync(User, id, ct);
        if (Access != ClientAccess.Edit)
        {
            return Access == ClientAccess.NotFound ? NotFound() : Forbid();
        }

        var reason = ArchiveReason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            ModelState.AddModelError(nameof(ArchiveReason), t["Clients.Archive.ReasonRequired"]);
        }
        else if (reason.Length > ArchiveReasonMaxLength)
        {
            ModelState.AddModelError(nameof(ArchiveReason), t["Clients.TooLong", ArchiveReasonMaxLength]);
        }
        else if (ClientText.HasForbiddenCharacters(reason, allowLineBreaks: true))
        {
            ModelState.AddModelError(nameof(ArchiveReason), t["Clients.ControlCharacters"]);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        return await OutcomeAsync(id, await handler.ArchiveAsync(id, Version, reason!, ct), t["Clients.Archive.Done"], ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.ServiceManager))
        {
            return Forbid();
        }

        Access = await scope.ForClientAsync(User, id, ct);
        if (Access == ClientAccess.NotFound)
        {
            return NotFound();
        }

        return await OutcomeAsync(id, await handler.RestoreAsync(id, Version, ct), t["Clients.Restore.Done"], ct);
    }

    private async Task<IActionResult> OutcomeAsync(int id, ChangeOutcome outcome, string success, CancellationToken ct)
    {
        switch (outcome)
        {
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = success;
                return RedirectToPage("Details", new { id });
            case ChangeOutcome.NotFound:
                return NotFound();
            default:
                ModelState.AddModelError(string.Empty, t["Clients.Archive." + outcome]);
                return await ShowAsync(id, ct);
        }
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Today = ClientText.Today(clock);
        var client = await handler.LoadAsync(id, User, Today, ct);
        if (client is null)
        {
            return NotFound();
        }

        Client = client;
        Applications = await handler.ApplicationsAsync(id, ct);
        ModelState.Remove(nameof(Version));
        Version = client.Version;
        await audit.WriteForClientAsync(AuditActions.ClientRead, id, ct: ct);
        return Page();
    }

    public enum ChangeOutcome
    {
        Saved,
        NotFound,
        Conflict,
        AlreadyArchived,
        NotArchived,
        HasOpenCases,
    }

    public sealed record ClientView(
        int Id,
        string? PersonalCode,
        string FirstName,
        string LastName,
        DateOnly? BirthDate,
        int? Age,
        Gender? Gender,
        string? Municipality,
        string? Address,
        string? Phone,
        string? Email,
        string? PreferredLanguage,
        DisabilityGroup? DisabilityGroup,
        DateOnly? DisabilityFrom,
        DateOnly? DisabilityTo,
        IReadOnlyList<TargetGroup> TargetGroups,
        string? Notes,
        DateOnly? InformedOn,
        string? InformedBy,
        string? RegisteredBy,
        DateTimeOffset RegisteredAt,
        bool IsArchived,
        DateTimeOffset? ArchivedAt,
        string? ArchiveReason,
        uint Version,
        IReadOnlyList<RelationView> Relations,
        IReadOnlyList<RelationView> EndedRelations,
        IReadOnlyList<ReverseRelationView> RelatedTo,
        IReadOnlyList<CaseView> Cases)
    {
        public string FullName => FirstName + " " + LastName;
    }

    /// <param name="ClientId">The related person's client page, when they are a client the user may open.</param>
    public sealed record RelationView(int Id, RelationKind Kind, string Name, int? ClientId, bool IsClient, bool IsLegalRepresentative, bool LivesInHousehold,
        DateOnly? BirthDate, int? Age, string? Notes, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt, string? EndReason);

    /// <summary>Another client (in scope) who named this client as their relative or representative.</summary>
    public sealed record ReverseRelationView(int ClientId, string Name, RelationKind Kind, bool IsLegalRepresentative, bool LivesInHousehold);

    public sealed record ApplicationView(int Id, string Number, string Service, DateOnly SubmittedOn, ApplicationStatus Status, DateOnly? DecisionDue);

    public sealed record CaseView(int Id, string Number, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn, string? Worker, bool IsArchived);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<ClientView?> LoadAsync(int id, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
        {
            var row = await db.Clients.AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new
                {
                    Client = c,
                    Version = EF.Property<uint>(c, "Version"),
                    Municipality = db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
                    RegisteredBy = db.Users.Where(u => u.Id == c.RegisteredById).Select(u => u.FullName).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(ct);
            if (row is null)
            {
                return null;
            }

            var relations = await db.ClientRelations.AsNoTracking()
                .Where(r => r.ClientId == id)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                .LeftJoin(db.Clients, r => r.RelatedClientId, c => (int?)c.Id, (r, c) => new
                {
                    r.Id,
                    r.Kind,
                    r.IsLegalRepresentative,
                    r.LivesInHousehold,
                    r.RelatedClientId,
                    r.Person,
                    r.Notes,
                    r.CreatedAt,
                    r.EndedAt,
                    r.EndReason,
                    Related = c == null ? null : new { c.FirstName, c.LastName, c.BirthDate },
                })
                .ToListAsync(ct);

            var reverse = await scope.Clients(user).AsNoTracking()
                .SelectMany(c => c.Relations.Where(r => r.RelatedClientId == id && r.EndedAt == null), (c, r) => new { c.Id, c.FirstName, c.LastName, r.Kind, r.IsLegalRepresentative, r.LivesInHousehold })
                .ToListAsync(ct);

            var relatedIds = relations.Where(r => r.RelatedClientId is not null).Select(r => r.RelatedClientId!.Value).Distinct().ToList();
            var visible = relatedIds.Count == 0 ? [] : await scope.Clients(user).Where(c => relatedIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);

            var cases = await db.CaseFiles.AsNoTracking()
                .Where(f => f.ClientId == id)
                .OrderByDescending(f => f.OpenedOn).ThenByDescending(f => f.Id)
                .Select(f => new CaseView(f.Id, f.Number, f.Status, f.OpenedOn, f.ClosedOn,
                    db.Users.Where(u => u.Id == f.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(), f.IsArchived))
                .ToListAsync(ct);

            var views = relations.Select(r =>
            {
                var birth = r.Related?.BirthDate ?? r.Person?.BirthDate;
                var name = r.Related is { } related ? related.FirstName + " " + related.LastName : r.Person is { } p ? p.FirstName + " " + p.LastName : string.Empty;
                var clientId = r.RelatedClientId is { } rid && visible.Contains(rid) ? rid : (int?)null;
                return new RelationView(r.Id, r.Kind, name, clientId, r.RelatedClientId is not null, r.IsLegalRepresentative, r.LivesInHousehold,
                    birth, Age.On(birth, today), r.Notes, r.CreatedAt, r.EndedAt, r.EndReason);
            }).ToList();

            var c = row.Client;
            return new ClientView(c.Id, c.PersonalCode, c.FirstName, c.LastName, c.BirthDate, c.AgeOn(today), c.Gender, row.Municipality, c.Address, c.Phone, c.Email,
                c.PreferredLanguage, c.DisabilityGroup, c.DisabilityFrom, c.DisabilityTo, c.TargetGroups, c.Notes, c.DataProcessingInformedOn, c.DataProcessingInformedBy,
                row.RegisteredBy, c.RegisteredAt, c.IsArchived, c.ArchivedAt, c.ArchiveReason, row.Version,
                views.Where(v => v.EndedAt is null).ToList(), views.Where(v => v.EndedAt is not null).ToList(),
                reverse.Select(r => new ReverseRelationView(r.Id, r.FirstName + " " + r.LastName, r.Kind, r.IsLegalRepresentative, r.LivesInHousehold)).ToList(),
                cases);
        }

        public async Task<IReadOnlyList<ApplicationView>> ApplicationsAsync(int clientId, CancellationToken ct) =>
            await db.Applications.AsNoTracking()
                .Where(a => a.ClientId == clientId)
                .OrderByDescending(a => a.SubmittedOn).ThenByDescending(a => a.Id)
                .Select(a => new ApplicationView(a.Id, a.Number, db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).First(), a.SubmittedOn, a.Status, a.DecisionDue))
                .ToListAsync(ct);

        public async Task<ChangeOutcome> ArchiveAsync(int id, uint version, string reason, CancellationToken ct)
        {
            var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (client is null)
            {
                return ChangeOutcome.NotFound;
            }

            if (client.IsArchived)
            {
                return ChangeOutcome.AlreadyArchived;
            }

            // A client with an open case is still being worked with: close the case first.
            if (await db.CaseFiles.AnyAsync(f => f.ClientId == id && f.Status == CaseStatus.Open && !f.IsArchived, ct))
            {
                return ChangeOutcome.HasOpenCases;
            }

            db.Entry(client).Property("Version").OriginalValue = version;
            client.Archive(reason, clock.GetUtcNow());
            audit.AddForClient(AuditActions.ClientArchive, id, reason: client.ArchiveReason);
            return await SaveAsync(ct);
        }

        public async Task<ChangeOutcome> RestoreAsync(int id, uint version, CancellationToken ct)
        {
            var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (client is null)
            {
                return ChangeOutcome.NotFound;
            }

            if (!client.IsArchived)
            {
                return ChangeOutcome.NotArchived;
            }

            db.Entry(client).Property("Version").OriginalValue = version;
            client.Restore();
            audit.AddForClient(AuditActions.ClientRestore, id);
            return await SaveAsync(ct);
        }

        private async Task<ChangeOutcome> SaveAsync(CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return ChangeOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Nothing of this attempt may be saved by a later SaveChanges in the same request (the read audit).
                db.ChangeTracker.Clear();
                return ChangeOutcome.Conflict;
            }
        }
    }
}
