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
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Crisis;

/// <summary>
/// Flags an open case as a crisis (e.g. a child's safety at risk): what happened, the immediate actions taken and
/// who was informed when (orphan's court, police, emergency medical service, school, another party). The case is
/// then pinned in red on the boards of its worker, its team and the managers until the crisis is resolved.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class FlagModel(FlagModel.Handler handler, IValidator<FlagModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string NowKey = "Now";
    public const string OpenedKey = "OpenedOn";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>Set when the case already has an unresolved crisis (only one at a time).</summary>
    public bool AlreadyFlagged { get; private set; }

    protected override bool Allowed(CaseSummary summary) => summary.IsOpen && !AlreadyFlagged;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        var now = CrisisData.LatvianNow(clock);
        Input = new Command
        {
            Version = Case.Version,
            Informed = CrisisData.Parties.Select(p => new InformedRow { Party = p, At = now }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Input = Input with { Informed = Complete(Input.Informed) };
        if (await BeginChangeAsync(() => LoadAsync(id, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v },
                () => validator.ValidateAsync(CaseRules.With(Input, (NowKey, CrisisData.LatvianNow(clock)), (OpenedKey, Case.OpenedOn)), ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.FlagAsync(id, Input, User, ct);
        return CrisisData.ToCasePage(await OutcomeAsync(outcome, id, "Crisis.FlaggedMessage", v => Input = Input with { Version = v }, ct));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        AlreadyFlagged = await handler.HasActiveCrisisAsync(id, User, ct);
        return await LoadCaseAsync(id, ct);
    }

    /// <summary>One row per party in the form's order, whatever was posted (a missing or unknown row is an empty one).</summary>
    private static List<InformedRow> Complete(IReadOnlyList<InformedRow>? posted) =>
        CrisisData.Parties.Select(p => posted?.FirstOrDefault(r => r.Party == p) ?? new InformedRow { Party = p }).ToList();

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Description { get; init; } = string.Empty;
        public string ActionsTaken { get; init; } = string.Empty;
        public List<InformedRow> Informed { get; init; } = [];
    }

    /// <summary>One party of the form: ticked when informed, with the time (Latvian) and whom or how.</summary>
    public sealed record InformedRow
    {
        public InformedParty Party { get; init; }
        public bool Selected { get; init; }
        public DateTime? At { get; init; }
        public string? OtherName { get; init; }
        public string? Contact { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Description).RequiredText(t, "Crisis.DescriptionRequired", CrisisFlag.DescriptionMaxLength);
            RuleFor(c => c.ActionsTaken).RequiredText(t, "Crisis.ActionsRequired", CrisisFlag.ActionsMaxLength);
            RuleForEach(c => c.Informed).Where(r => r.Selected).ChildRules(row =>
            {
                row.RuleFor(r => r.At).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(t["Crisis.InformedAtRequired"])
                    .Must((_, at, context) => at <= context.Get<DateTime>(NowKey)).WithMessage(t["Crisis.InformedInFuture"])
                    .Must((_, at, context) => DateOnly.FromDateTime(at!.Value) >= context.Get<DateOnly>(OpenedKey)).WithMessage(t["Crisis.InformedBeforeOpened"]);
                row.RuleFor(r => r.OtherName).Cascade(CascadeMode.Stop)
                    .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(t["Crisis.OtherNameRequired"])
                    .When(r => r.Party == InformedParty.Other);
                row.RuleFor(r => r.OtherName).OptionalText(t, CrisisNotice.OtherNameMaxLength);
                row.RuleFor(r => r.Contact).OptionalText(t, CrisisNotice.ContactMaxLength);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<bool> HasActiveCrisisAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
            scope.Cases(user).AnyAsync(c => c.Id == id && c.Crises.Any(k => k.ResolvedAt == null), ct);

        public async Task<CaseChangeOutcome> FlagAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await scope.Cases(user).Include(c => c.Crises).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Open || caseFile.IsArchived || caseFile.ActiveCrisis is not null)
            {
                return CaseChangeOutcome.Conflict;
            }

            var informed = command.Informed.Where(r => r.Selected && r.At is not null)
                .Select(r => new CrisisNoticeInput(r.Party, CrisisData.FromLatvian(r.At!.Value), r.OtherName, r.Contact))
                .ToList();
            var now = clock.GetUtcNow();
            caseFile.FlagCrisis(command.Description, command.ActionsTaken, informed, CaseData.ActorOf(user), now);
            audit.AddForClient(AuditActions.CrisisFlag, caseFile.ClientId, caseFile.Id,
                "informed=" + (informed.Count == 0 ? "-" : string.Join(",", informed.Select(n => n.Party))));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
