using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// Starts an episode of a community-based service in an open case: service, provider, start, planned end and the unit it is
/// measured in. Refused, with what is missing next to the field, unless the case has a completed assessment and a current plan
/// that names the service (seed 003), and unless the episode fits the combination rules (another episode it may not run with,
/// respite days of a calendar year). The start is a case timeline event and an audit entry.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class StartModel(StartModel.Handler handler, IValidator<StartModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<ServiceOption> Services { get; private set; } = [];

    /// <summary>What the case holds for the start gate (shown beside the form).</summary>
    public StartFacts? Facts { get; private set; }

    protected override bool Allowed(CaseSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int caseId, int? serviceId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        var today = LatvianTime.Today(clock);
        var service = Services.FirstOrDefault(s => s.Id == serviceId);
        Input = new Command { Version = Case.Version, ServiceId = service?.Id, StartOn = today, Unit = service?.DefaultUnit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int caseId, CancellationToken ct)
    {
        if (await BeginChangeAsync(() => LoadAsync(caseId, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v },
            () => validator.ValidateAsync(Input, ct)) is { } stop)
        {
            return stop;
        }

        var result = await handler.StartAsync(caseId, Input, User, ct);
        switch (result.Outcome)
        {
            case StartOutcome.Refused:
                // every reason is shown: one message per field, the reasons one after another
                foreach (var field in result.Reasons.GroupBy(r => r.Field))
                {
                    ModelState.AddModelError("Input." + field.Key, string.Join(" ", field.Select(r => r.Message)));
                }

                return Page();
            case StartOutcome.Saved:
                TempData["StatusMessage"] = Localizer["Community.EpisodeStarted"].Value;
                return Redirect("/Community/Client/" + Case.ClientId.ToString(CultureInfo.InvariantCulture));
            default:
                return await OutcomeAsync(result.Outcome == StartOutcome.Conflict ? CaseChangeOutcome.Conflict : CaseChangeOutcome.NotFound, caseId, "Community.EpisodeStarted",
                    v => Input = Input with { Version = v }, ct);
        }
    }

    private async Task<IActionResult?> LoadAsync(int caseId, CancellationToken ct)
    {
        var stop = await LoadCaseAsync(caseId, ct);
        if (stop is null)
        {
            Services = await handler.ServicesAsync(ct);
            Facts = await handler.FactsAsync(caseId, LatvianTime.Today(clock), ct);
        }

        return stop;
    }

    public sealed record ServiceOption(int Id, string Code, string Name, ServiceType Type, ServiceUnit DefaultUnit);

    public sealed record Command
    {
        public uint Version { get; init; }
        public int? ServiceId { get; init; }
        public string? Provider { get; init; }
        public DateOnly? StartOn { get; init; }
        public DateOnly? PlannedEnd { get; init; }
        public ServiceUnit? Unit { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ServiceId).NotNull().WithMessage(t["Community.ServiceRequired"]);
            RuleFor(c => c.Provider).Cascade(CascadeMode.Stop)
                .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage(t["Community.ProviderRequired"])
                .MaximumLength(300).WithMessage(t["Validation.MaxLength", 300])
                .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
            RuleFor(c => c.StartOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.StartRequired"])
                .Must(d => d >= CaseData.EarliestDate).WithMessage(t["Community.DateTooEarly"]);
            RuleFor(c => c.PlannedEnd)
                .Must((c, end) => end is null || c.StartOn is null || end >= c.StartOn).WithMessage(t["Community.PlannedEndBeforeStart"]);
            RuleFor(c => c.Unit).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.UnitRequired"])
                .IsInEnum().WithMessage(t["Community.UnitRequired"]);
        }
    }

    public enum StartOutcome
    {
        Saved,
        Refused,
        Conflict,
        NotFound,
    }

    /// <summary>The outcome, and for a refusal each reason with the field it belongs next to.</summary>
    public sealed record StartResult(StartOutcome Outcome, IReadOnlyList<(string Field, string Message)> Reasons);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, CommunityEpisodes episodes, RefusalTexts texts, TimeProvider clock)
    {
        public async Task<IReadOnlyList<ServiceOption>> ServicesAsync(CancellationToken ct) =>
            (await db.Services.AsNoTracking().Where(s => s.IsActive && CommunityEpisodes.CommunityTypes.Contains(s.Type))
                .OrderBy(s => s.Type).ThenBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name, s.Type }).ToListAsync(ct))
            .Select(s => new ServiceOption(s.Id, s.Code, s.Name, s.Type, CommunityEpisodes.DefaultUnit(s.Type)))
            .ToList();

        /// <summary>The case's assessment and plan as the gate reads them (the service is filled in when one is chosen).</summary>
        public async Task<StartFacts> FactsAsync(int caseId, DateOnly today, CancellationToken ct) =>
            await episodes.StartFactsAsync(caseId, new Service("-", "-", ServiceType.DayCareCentre, FundingSource.Municipal), today, today, ct);

        public async Task<StartResult> StartAsync(int caseId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var rules = await episodes.RulesAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, caseId, ct);
            if (caseFile is null)
            {
                return new StartResult(StartOutcome.NotFound, []);
            }

            // one start at a time per client, so two episodes that exclude each other cannot both pass the check
            await db.Database.ExecuteSqlAsync($"SELECT id FROM clients WHERE id = {caseFile.ClientId} FOR UPDATE", ct);
            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Open || caseFile.IsArchived)
            {
                return new StartResult(StartOutcome.Conflict, []);
            }

            var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.ServiceId && s.IsActive, ct);
            if (service is null || !CommunityEpisodes.CommunityTypes.Contains(service.Type))
            {
                return new StartResult(StartOutcome.Refused, [(nameof(Command.ServiceId), texts.Text("Community.ServiceRequired"))]);
            }

            var start = command.StartOn!.Value;
            var today = LatvianTime.Today(clock);
            var reasons = new List<(string, string)>();
            var gaps = StartGate.Check(await episodes.StartFactsAsync(caseId, service, start, today, ct));
            reasons.AddRange(gaps.Select(g => (nameof(Command.ServiceId), texts.Gap(g, service.Name))));

            var birth = await db.Clients.AsNoTracking().Where(c => c.Id == caseFile.ClientId).Select(c => c.BirthDate).FirstAsync(ct);
            var adult = birth is null || Domain.Common.Age.On(birth.Value, start) >= TargetGroups.AdultAge;
            var candidate = new EpisodePeriod(null, service.Type, service.Name, start, command.PlannedEnd);
            var conflicts = CombinationCheck.Check(candidate, await episodes.PeriodsAsync(caseFile.ClientId, ct), rules, adult);
            reasons.AddRange(conflicts.Select(c => (c.Kind == ConflictKind.RunsTogether ? nameof(Command.StartOn) : nameof(Command.PlannedEnd), texts.Conflict(c, service.Name))));
            if (reasons.Count > 0)
            {
                return new StartResult(StartOutcome.Refused, reasons);
            }

            var episode = new ServiceEpisode(caseId, caseFile.ClientId, service.Id, null, start, command.PlannedEnd, command.Provider!.Trim());
            episode.MeasureIn(command.Unit);
            db.ServiceEpisodes.Add(episode);
            caseFile.RecordServiceEvent(CaseEventKind.ServiceStarted,
                $"{service.Name} · {RefusalTexts.Day(start)}{(command.PlannedEnd is { } end ? "–" + RefusalTexts.Day(end) : string.Empty)} · {episode.Provider}", CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.EpisodeStart, caseFile.ClientId, caseId,
                $"service={service.Code}; start={RefusalTexts.Iso(start)}; plannedEnd={(command.PlannedEnd is { } planned ? RefusalTexts.Iso(planned) : "-")}; unit={command.Unit}");
            var outcome = await CaseData.SaveAsync(db, caseFile, ct);
            if (outcome != CaseChangeOutcome.Saved)
            {
                return new StartResult(StartOutcome.Conflict, []);
            }

            await transaction.CommitAsync(ct);
            return new StartResult(StartOutcome.Saved, []);
        }
    }
}
