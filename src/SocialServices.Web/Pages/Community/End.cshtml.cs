using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Community;

/// <summary>Ends a running service episode on a day with a reason (a case timeline event and an audit entry); nothing is deleted.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EndModel(EndModel.Handler handler, IValidator<EndModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string StartKey = "StartOn";

    [BindProperty] public Command Input { get; set; } = new();

    public EpisodeView Episode { get; private set; } = null!;

    protected override bool Allowed(CaseSummary summary) => Episode.EndedOn is null;

    public async Task<IActionResult> OnGetAsync(int episodeId, CancellationToken ct)
    {
        if (await LoadAsync(episodeId, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command { Version = Case.Version, EndOn = Infrastructure.LatvianTime.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int episodeId, CancellationToken ct)
    {
        if (await BeginChangeAsync(() => LoadAsync(episodeId, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v },
            () => validator.ValidateAsync(CaseRules.With(Input, (StartKey, Episode.StartOn)), ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.EndAsync(episodeId, Input, User, ct);
        if (outcome == CaseChangeOutcome.Saved)
        {
            TempData["StatusMessage"] = Localizer["Community.EpisodeEnded"].Value;
            return Redirect("/Community/Client/" + Case.ClientId.ToString(CultureInfo.InvariantCulture));
        }

        return await OutcomeAsync(outcome, Case.Id, "Community.EpisodeEnded", v => Input = Input with { Version = v }, ct);
    }

    private async Task<IActionResult?> LoadAsync(int episodeId, CancellationToken ct)
    {
        var episode = await handler.EpisodeAsync(episodeId, ct);
        if (episode is null)
        {
            return NotFound();
        }

        Episode = episode;
        return await LoadCaseAsync(episode.CaseId, ct);
    }

    public sealed record EpisodeView(int Id, int CaseId, string Service, string Provider, DateOnly StartOn, DateOnly? PlannedEnd, DateOnly? EndedOn);

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? EndOn { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EndOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.EndRequired"])
                .Must((_, d, context) => d >= context.Get<DateOnly>(StartKey)).WithMessage(t["Community.EndBeforeStart"]);
            RuleFor(c => c.Reason).RequiredText(t, "Community.EndReasonRequired", CaseData.ShortReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<EpisodeView?> EpisodeAsync(int episodeId, CancellationToken ct) =>
            db.ServiceEpisodes.AsNoTracking().Where(e => e.Id == episodeId)
                .Join(db.Services, e => e.ServiceId, s => s.Id, (e, s) => new EpisodeView(e.Id, e.CaseFileId, s.Name, e.Provider, e.StartOn, e.PlannedEnd, e.EndedOn))
                .FirstOrDefaultAsync(ct);

        public async Task<CaseChangeOutcome> EndAsync(int episodeId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var episode = await db.ServiceEpisodes.FirstOrDefaultAsync(e => e.Id == episodeId, ct);
            var caseFile = episode is null ? null : await CaseData.LoadForChangeAsync(scope, user, episode.CaseFileId, ct);
            if (episode is null || caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || !episode.IsActive)
            {
                return CaseChangeOutcome.Conflict;
            }

            var service = await db.Services.AsNoTracking().Where(s => s.Id == episode.ServiceId).Select(s => new { s.Code, s.Name }).FirstAsync(ct);
            episode.End(command.EndOn!.Value, command.Reason);
            caseFile.RecordServiceEvent(CaseEventKind.ServiceEnded, $"{service.Name} · {RefusalTexts.Day(episode.EndedOn!.Value)} · {episode.EndReason}", CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.EpisodeEnd, episode.ClientId, caseFile.Id,
                $"episode={episode.Id.ToString(CultureInfo.InvariantCulture)}; service={service.Code}; end={RefusalTexts.Iso(episode.EndedOn.Value)}", episode.EndReason);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
