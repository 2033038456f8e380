using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// A service manager decides an application: grant, refuse (with reasons), queue, or revoke the decision in force.
/// Granting a group programme enrols the client in the next group with room (or its waiting list); granting another
/// service starts a service episode in the client's case file. Decisions are never edited afterwards.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class DecideModel(DecideModel.Handler handler, IValidator<DecideModel.Command> validator, IOptions<DecisionSettings> settings, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public const string TodayKey = "Today";
    public const string SubmittedKey = "Submitted";

    [BindProperty] public Command Input { get; set; } = new();

    public DecisionHeader Application { get; private set; } = null!;

    /// <summary>What granting would do now (group and start, or the case file the service episode goes to).</summary>
    public GrantPreview Preview { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public bool CanDecide => Application.Status is ApplicationStatus.AwaitingDocuments or ApplicationStatus.AwaitingDecision or ApplicationStatus.Queued;

    public bool CanRevoke => Application.InForce is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var today = CaseData.Today(clock);
        Input = new Command
        {
            Version = Application.Version,
            Kind = CanDecide ? null : DecisionKind.Revoke,
            DecidedOn = today,
            LegalBasis = settings.Value.DefaultLegalBasis,
            StartOn = Preview.GroupStartsOn ?? today,
            Provider = Preview.DefaultProvider,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.Version != Application.Version)
        {
            return Conflict();
        }

        ModelState.Clear();
        var context = CaseRules.With(Input, (TodayKey, CaseData.Today(clock)), (SubmittedKey, Application.SubmittedOn));
        var validation = await validator.ValidateAsync(context, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.DecideAsync(id, Input, User, ct);
        switch (outcome.Result)
        {
            case DecideResult.Saved:
                TempData["StatusMessage"] = t["Decisions.Saved", outcome.DecisionNumber!].Value;
                return RedirectToPage("Details", new { id });
            case DecideResult.Refused:
                foreach (var error in outcome.Errors)
                {
                    ModelState.AddModelError(error == DecisionError.ReasonRequired ? "Input.Reasons" : error == DecisionError.BeforeSubmission ? "Input.DecidedOn" : "Input.Kind", t["Decisions.Error." + error]);
                }

                return Page();
            case DecideResult.Conflict:
                if (!await LoadAsync(id, ct))
                {
                    return NotFound();
                }

                return Conflict();
            default:
                return NotFound();
        }
    }

    private PageResult Conflict()
    {
        HasConflict = true;
        ModelState.Remove("Input.Version");
        Input = Input with { Version = Application.Version };
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var view = await handler.LoadAsync(id, User, ct);
        if (view is null)
        {
            return false;
        }

        (Application, Preview) = view.Value;
        return true;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DecisionKind? Kind { get; init; }
        public DateOnly? DecidedOn { get; init; }
        public string LegalBasis { get; init; } = string.Empty;
        public string? Reasons { get; init; }
        /// <summary>When a granted (non-group) service starts; the decision date when left empty.</summary>
        public DateOnly? StartOn { get; init; }

        public DateOnly? PlannedEnd { get; init; }
        public string? Provider { get; init; }
    }

    /// <summary>What a grant would do: join a group (or the waiting list), or start a service episode in a case file.</summary>
    public sealed record GrantPreview(string? GroupName, DateOnly? GroupStartsOn, bool WaitingList, string? CaseNumber, bool OpensNewCase, string DefaultProvider, int QueueLength);

    public sealed class Validator : AbstractValidator<Command>
    {
        public const int LegalBasisMaxLength = 2000;

        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Kind).NotNull().WithMessage(t["Decisions.KindRequired"]).IsInEnum().WithMessage(t["Decisions.KindRequired"]);
            RuleFor(c => c.DecidedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Decisions.DecidedOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Decisions.DecidedOnInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(SubmittedKey)).WithMessage(t["Decisions.Error.BeforeSubmission"]);
            RuleFor(c => c.LegalBasis).RequiredText(t, "Decisions.LegalBasisRequired", LegalBasisMaxLength);
            RuleFor(c => c.Reasons).OptionalText(t, ServiceApplication.MaxTextLength);
            RuleFor(c => c.Reasons).NotEmpty().WithMessage(t["Decisions.Error.ReasonRequired"])
                .When(c => c.Kind is DecisionKind.Refuse or DecisionKind.Revoke);
            When(c => c.Kind == DecisionKind.Grant, () =>
            {
                RuleFor(c => c.PlannedEnd).Must((c, end) => end is null || c.StartOn is null || end >= c.StartOn).WithMessage(t["Decisions.PlannedEndBeforeStart"]);
                RuleFor(c => c.Provider).OptionalText(t, 300);
            });
        }
    }

    public enum DecideResult
    {
        Saved,
        Refused,
        Conflict,
        NotFound,
    }

    public sealed record DecideOutcome(DecideResult Result, IReadOnlyList<DecisionError> Errors, string? DecisionNumber);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public async Task<(DecisionHeader Header, GrantPreview Preview)?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null)
            {
                return null;
            }

            var header = await DecisionData.HeaderAsync(db, application, ct);
            var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == application.ServiceId, ct);
            var today = CaseData.Today(clock);
            var provider = service.Provider ?? await organisation.NameAsync(ct);
            var queueLength = await db.Applications.CountAsync(a => a.ServiceId == service.Id && a.Status == ApplicationStatus.Queued && a.Id != id, ct);
            if (service.IsGroupProgramme)
            {
                var groupId = GroupPlacement.NextGroup(await GroupsAsync(service.Id, ct), today);
                var group = groupId is null ? null : await db.ProgrammeGroups.AsNoTracking().FirstAsync(g => g.Id == groupId, ct);
                return (header, new GrantPreview(group?.Name, group?.StartsOn, group is null, null, false, provider, queueLength));
            }

            var caseFile = await CaseForAsync(application, tracked: false, ct);
            return (header, new GrantPreview(null, null, false, caseFile?.Number, caseFile is null, provider, queueLength));
        }

        public async Task<DecideOutcome> DecideAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var kind = command.Kind!.Value;
            var decidedOn = command.DecidedOn!.Value;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null)
            {
                return new DecideOutcome(DecideResult.NotFound, [], null);
            }

            if (!ApplicationData.VersionMatches(db, application, command.Version))
            {
                return new DecideOutcome(DecideResult.Conflict, [], null);
            }

            var errors = application.CanDecide(kind, decidedOn, command.Reasons);
            if (errors.Count > 0)
            {
                return new DecideOutcome(DecideResult.Refused, errors, null);
            }

            // One decision at a time per service: queue positions and group places are counted under this lock.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM services WHERE id = {application.ServiceId} FOR UPDATE", ct);
            var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == application.ServiceId, ct);
            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var previous = application.DecisionInForce;
            int? position = null;
            if (kind == DecisionKind.Queue)
            {
                var queued = await db.Applications.AsNoTracking()
                    .Where(a => a.ServiceId == application.ServiceId && a.Status == ApplicationStatus.Queued && a.Id != application.Id)
                    .Select(a => new QueueEntry(a.Id, a.QueuedOn!.Value, a.SubmittedOn))
                    .ToListAsync(ct);
                position = ApplicationQueue.PositionOf(new QueueEntry(application.Id, decidedOn, application.SubmittedOn), queued);
            }

            var decision = application.Decide(kind, decidedOn, command.LegalBasis, command.Reasons, position, actor, now);
            try
            {
                return await ApplyAsync(application, decision, service, previous, command, actor, now, position, transaction, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new DecideOutcome(DecideResult.Conflict, [], null);
            }
        }

        private async Task<DecideOutcome> ApplyAsync(ServiceApplication application, ApplicationDecision decision, Service service, ApplicationDecision? previous, Command command,
            Actor actor, DateTimeOffset now, int? position, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
        {
            var kind = decision.Kind;
            var decidedOn = decision.DecidedOn;
            var caseFile = await CaseForAsync(application, tracked: true, ct);
            var effect = string.Empty;
            if (kind == DecisionKind.Grant && service.IsGroupProgramme)
            {
                var groupId = GroupPlacement.NextGroup(await GroupsAsync(service.Id, ct), decidedOn);
                db.GroupEnrolments.Add(new GroupEnrolment(application.ClientId, service.Id, groupId, application.Id, decidedOn));
                effect = groupId is null ? "; waiting-list" : "; group=" + groupId.Value.ToString(CultureInfo.InvariantCulture);
            }
            else if (kind == DecisionKind.Grant)
            {
                caseFile ??= await OpenCaseAsync(application, service, actor, now, ct);
                var provider = string.IsNullOrWhiteSpace(command.Provider) ? service.Provider ?? await organisation.NameAsync(ct) : command.Provider;
                var episode = new ServiceEpisode(caseFile.Id, application.ClientId, service.Id, application.Id, command.StartOn ?? decidedOn, command.PlannedEnd, provider);
                db.ServiceEpisodes.Add(episode);
                caseFile.RecordServiceEvent(CaseEventKind.ServiceStarted, $"{service.Name} · {Format(episode.StartOn)}{(episode.PlannedEnd is { } end ? "–" + Format(end) : string.Empty)} · {provider}", actor, now);
                effect = "; episode";
            }
            else if (kind == DecisionKind.Revoke && previous?.Kind == DecisionKind.Grant)
            {
                var leave = "Lēmums atcelts: " + command.Reasons!.Trim();
                foreach (var enrolment in await db.GroupEnrolments.Where(e => e.ApplicationId == application.Id && e.Status != EnrolmentStatus.Left).ToListAsync(ct))
                {
                    enrolment.Leave(decidedOn, leave);
                }

                foreach (var episode in await db.ServiceEpisodes.Where(e => e.ApplicationId == application.Id && e.EndedOn == null).ToListAsync(ct))
                {
                    episode.End(decidedOn, leave);
                    caseFile?.RecordServiceEvent(CaseEventKind.ServiceEnded, $"{service.Name} · {leave}", actor, now);
                }
            }

            caseFile?.RecordServiceEvent(CaseEventKind.DecisionTaken, $"{decision.Number} · {DecisionTexts.Kind(kind)} · {service.Name}{(decision.Reasons is null ? string.Empty : " · " + decision.Reasons)}", actor, now);
            audit.AddForClient(AuditActions.ApplicationDecide, application.ClientId, caseFile?.Id,
                $"application={application.Number}; decision={decision.Number}; kind={kind}{(position is { } p ? "; queue=" + p.ToString(CultureInfo.InvariantCulture) : string.Empty)}{effect}",
                decision.Reasons);
            if (await ApplicationData.SaveAsync(db, application, ct) != ApplicationChangeOutcome.Saved)
            {
                return new DecideOutcome(DecideResult.Conflict, [], null);
            }

            await transaction.CommitAsync(ct);
            return new DecideOutcome(DecideResult.Saved, [], decision.Number);
        }

        private async Task<List<(int GroupId, DateOnly StartsOn, int Capacity, int Members)>> GroupsAsync(int serviceId, CancellationToken ct)
        {
            var groups = await db.ProgrammeGroups.AsNoTracking().Where(g => g.ServiceId == serviceId)
                .Select(g => new { g.Id, g.StartsOn, g.Capacity, Members = db.GroupEnrolments.Count(e => e.GroupId == g.Id && e.Status == EnrolmentStatus.Enrolled) })
                .ToListAsync(ct);
            return groups.Select(g => (g.Id, g.StartsOn, g.Capacity, g.Members)).ToList();
        }

        /// <summary>The application's own case, else the client's only open case; null when neither exists.</summary>
        private async Task<CaseFile?> CaseForAsync(ServiceApplication application, bool tracked, CancellationToken ct)
        {
            var cases = tracked ? db.CaseFiles : db.CaseFiles.AsNoTracking();
            if (application.CaseFileId is { } caseId)
            {
                return await cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
            }

            var open = await cases.Where(c => c.ClientId == application.ClientId && c.Status == CaseStatus.Open && !c.IsArchived).Take(2).ToListAsync(ct);
            if (open.Count == 1)
            {
                if (tracked)
                {
                    application.LinkCase(open[0].Id);
                }

                return open[0];
            }

            return null;
        }

        /// <summary>A granted service needs a case file: opened here, for the application's worker, when the client has none to use.</summary>
        private async Task<CaseFile> OpenCaseAsync(ServiceApplication application, Service service, Actor actor, DateTimeOffset now, CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(now.ToLatvian().DateTime);
            var number = await CaseNumbers.NextAsync(db, application.OrganisationId, today.Year, ct);
            var caseFile = new CaseFile(application.OrganisationId, application.ClientId, number, today,
                $"Piešķirts pakalpojums „{service.Name}” (iesniegums {application.Number})", ReferralSource.Self, application.ResponsibleWorkerId, actor, now);
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(ct);
            application.LinkCase(caseFile.Id);
            audit.AddForClient(AuditActions.CaseOpen, application.ClientId, caseFile.Id, "number=" + number + "; application=" + application.Number);
            return caseFile;
        }

        private static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    }
}

/// <summary>Decision kinds in the words of a Latvian decision (case timeline texts are stored in the organisation's language).</summary>
public static class DecisionTexts
{
    public static string Kind(DecisionKind kind) => kind switch
    {
        DecisionKind.Grant => "piešķirts",
        DecisionKind.Refuse => "atteikts",
        DecisionKind.Queue => "uzņemts rindā",
        _ => "iepriekšējais lēmums atcelts",
    };
}
