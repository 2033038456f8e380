using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Eligibility;
using SocialServices.Web.Access;
using SocialServices.Web.Applications;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// One application: who applied for what and how, the documents (with their files) and the missing ones, the decision
/// deadline and its extensions, the decisions, the place in the queue, and the eligibility check evaluated now, for
/// today (it advises; the manager decides). Every view and every file download is written to the audit log; an
/// application of a client outside the user's scope is "not found".
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientReader)]
public sealed class DetailsModel(DetailsModel.Handler handler, AccessScope scope, AuditLog audit, TimeProvider clock) : PageModel
{
    public View Data { get; private set; } = null!;

    public bool CanEdit => Data.Access == ClientAccess.Edit && !Data.ClientArchived;

    public bool IsManager => User.IsInRole(Roles.ServiceManager);

    /// <summary>Decision letters: managers, social workers and auditors (as the Letter page allows), not specialists.</summary>
    public bool MayExportLetters => IsManager || User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.Auditor);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await handler.LoadAsync(id, User, ApplicationData.Today(clock), ct);
        if (view is null)
        {
            return NotFound();
        }

        Data = view;
        await audit.WriteForClientAsync(AuditActions.ApplicationRead, view.ClientId, view.CaseFileId, "application=" + view.Number, ct: ct);
        return Page();
    }

    /// <summary>A document's file, as a download (never shown inline), for users who may see the application.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(int id, int documentId, CancellationToken ct)
    {
        var clients = scope.Clients(User).Select(c => c.Id);
        var document = await handler.DocumentAsync(id, documentId, clients, ct);
        if (document is null)
        {
            return NotFound();
        }

        await audit.WriteForClientAsync(AuditActions.ApplicationDocumentDownload, document.ClientId, document.CaseFileId,
            "application=" + document.Number + "; document=" + document.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
        return File(document.Content, document.ContentType, document.FileName);
    }

    public sealed record DocumentView(int Id, string Name, DateOnly ReceivedOn, bool HasFile, string? FileName, long? SizeBytes, string? RecordedBy);

    public sealed record ExtensionView(DateOnly PreviousDeadline, DateOnly NewDeadline, string Reason, DateOnly InformedOn, NotificationChannel InformedBy, string? RecordedBy, DateTimeOffset RecordedAt);

    public sealed record DecisionView(int Id, string Number, DecisionKind Kind, DateOnly DecidedOn, string DeciderName, string? Reasons, string LegalBasis, bool IsRevoked,
        int? QueuePosition, DateOnly? NotifiedOn, NotificationChannel? NotifiedBy);

    /// <param name="Status">Days left and colour state; null unless the application awaits a decision.</param>
    public sealed record DeadlineView(DateOnly? DocumentsCompleteOn, DateOnly? Original, DateOnly? Current, DateOnly? LatestPermitted, DeadlineStatus? Status);

    public sealed record View(
        int Id,
        string Number,
        int ClientId,
        string ClientName,
        bool ClientArchived,
        string ServiceCode,
        string ServiceName,
        bool IsGroupProgramme,
        ApplicationStatus Status,
        DateOnly SubmittedOn,
        ApplicationChannel Channel,
        ApplicantKind ApplicantKind,
        string? ApplicantName,
        int? CaseFileId,
        string? CaseNumber,
        string? ResponsibleWorker,
        bool? CustodyRightsAtRisk,
        string? Notes,
        string? RecordedBy,
        DateTimeOffset RecordedAt,
        DateOnly? WithdrawnOn,
        string? WithdrawalReason,
        ServiceContract? Contract,
        IReadOnlyList<DocumentView> Documents,
        IReadOnlyList<string> MissingDocuments,
        DeadlineView Deadline,
        IReadOnlyList<ExtensionView> Extensions,
        IReadOnlyList<DecisionView> Decisions,
        bool HasDecisionInForce,
        int? QueuePosition,
        EligibilityPanel Eligibility,
        ClientAccess Access)
    {
        public bool IsUndecided => Status is ApplicationStatus.AwaitingDocuments or ApplicationStatus.AwaitingDecision;

        public bool IsOpen => IsUndecided || Status == ApplicationStatus.Queued;
    }

    public sealed record DocumentFile(int ClientId, int? CaseFileId, string Number, int DocumentId, byte[] Content, string ContentType, string FileName);

    public sealed class Handler(AppDbContext db, AccessScope scope, IStringLocalizer<SharedResource> t)
    {
        public async Task<View?> LoadAsync(int id, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
        {
            var clients = scope.Clients(user).Select(c => c.Id);
            var application = await db.Applications.AsNoTracking()
                .Include(a => a.Documents).Include(a => a.Extensions).Include(a => a.Decisions).AsSplitQuery()
                .FirstOrDefaultAsync(a => a.Id == id && clients.Contains(a.ClientId), ct);
            if (application is null)
            {
                return null;
            }

            var client = await db.Clients.AsNoTracking().Where(c => c.Id == application.ClientId)
                .Select(c => new { Name = c.FirstName + " " + c.LastName, c.IsArchived }).SingleAsync(ct);
            var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == application.ServiceId, ct);
            var caseNumber = application.CaseFileId is { } caseId
                ? await db.CaseFiles.AsNoTracking().Where(f => f.Id == caseId).Select(f => f.Number).FirstOrDefaultAsync(ct)
                : null;
            var names = await Cases.CaseData.UserNamesAsync(db,
                [application.ResponsibleWorkerId, application.RecordedById, .. application.Documents.Select(d => d.RecordedById), .. application.Extensions.Select(e => e.RecordedById)], ct);
            string? Name(string? userId) => userId is not null && names.TryGetValue(userId, out var name) ? name : null;

            var deadline = application.Deadline;
            var status = application.Status == ApplicationStatus.AwaitingDecision && application.DecisionDue is { } due
                ? DeadlineStatus.EvaluateInWorkingDays(due, today)
                : (DeadlineStatus?)null;
            var queuePosition = application.Status == ApplicationStatus.Queued
                ? await QueuePositions.OfApplicationAsync(db, application.OrganisationId, application.ServiceId, application.Id, ct)
                : null;

            return new View(
                application.Id,
                application.Number,
                application.ClientId,
                client.Name,
                client.IsArchived,
                service.Code,
                service.Name,
                service.IsGroupProgramme,
                application.Status,
                application.SubmittedOn,
                application.Channel,
                application.ApplicantKind,
                application.ApplicantName,
                application.CaseFileId,
                caseNumber,
                Name(application.ResponsibleWorkerId),
                application.CustodyRightsAtRisk,
                application.Notes,
                Name(application.RecordedById),
                application.RecordedAt,
                application.WithdrawnOn,
                application.WithdrawalReason,
                application.Contract,
                application.Documents.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id)
                    .Select(d => new DocumentView(d.Id, d.Name, d.ReceivedOn, d.StoredFileId is not null, d.FileName, d.SizeBytes, Name(d.RecordedById))).ToList(),
                application.MissingDocuments,
                new DeadlineView(application.DocumentsCompleteOn, deadline?.Original, application.DecisionDue, deadline?.LatestPermitted, status),
                application.Extensions.OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
                    .Select(e => new ExtensionView(e.PreviousDeadline, e.NewDeadline, e.Reason, e.ApplicantInformedOn, e.InformedBy, Name(e.RecordedById), e.RecordedAt)).ToList(),
                application.Decisions.OrderBy(d => d.Id)
                    .Select(d => new DecisionView(d.Id, d.Number, d.Kind, d.DecidedOn, d.DeciderName, d.Reasons, d.LegalBasis, d.IsRevoked, d.QueuePosition, d.NotifiedOn, d.NotifiedBy)).ToList(),
                application.DecisionInForce is not null,
                queuePosition,
                await EligibilityAsync(application, service, today, ct),
                await scope.AccessToAsync(user, application.ClientId, ct));
        }

        /// <summary>The eligibility panel for today: the service's rules over the client's facts, and for a group programme the one-group-a-year rule.</summary>
        private async Task<EligibilityPanel> EligibilityAsync(ServiceApplication application, Service service, DateOnly today, CancellationToken ct)
        {
            var facts = await ApplicantFacts.ForClientAsync(db, application.ClientId, application.CustodyRightsAtRisk, today, ct)
                        ?? new EligibilityFacts { AsOf = today };
            var result = EligibilityEvaluator.Evaluate(service.Rules, facts);
            OneGroupPerYearResult? oneGroup = null;
            if (service.IsGroupProgramme)
            {
                var groups = await ApplicantFacts.GroupServicesAsync(db, application.ClientId, application.Id, ct);
                oneGroup = OneGroupPerYear.Check(today, groups);
            }

            var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
            return new EligibilityText(t, municipalities).Panel(result, oneGroup, today);
        }

        public async Task<DocumentFile?> DocumentAsync(int applicationId, int documentId, IQueryable<int> clientsInScope, CancellationToken ct)
        {
            var document = await db.ApplicationDocuments.AsNoTracking()
                .Where(d => d.Id == documentId && d.ApplicationId == applicationId && d.StoredFileId != null)
                .Join(db.Applications.Where(a => clientsInScope.Contains(a.ClientId)), d => d.ApplicationId, a => a.Id,
                    (d, a) => new { a.ClientId, a.CaseFileId, a.Number, d.Id, d.StoredFileId, d.FileName, d.ContentType })
                .FirstOrDefaultAsync(ct);
            if (document is null)
            {
                return null;
            }

            var content = await db.StoredFiles.AsNoTracking().Where(f => f.Id == document.StoredFileId).Select(f => f.Content).FirstOrDefaultAsync(ct);
            return content is null
                ? null
                : new DocumentFile(document.ClientId, document.CaseFileId, document.Number, document.Id, content,
                    document.ContentType ?? "application/octet-stream", document.FileName ?? "dokuments");
        }
    }
}
