using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// Starts an assessment of an open case: the instrument and the date. The functional domains and risk items in use now,
/// and the client's household for a risk-factor assessment, are fixed into the new draft, which opens for editing.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string TodayKey = "Today";
    public const string OpenedKey = "OpenedOn";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>Who a risk-factor assessment would score (the client and their household).</summary>
    public IReadOnlyList<RiskMember> Household { get; private set; } = [];

    protected override bool Allowed(CaseSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, AssessmentKind? kind, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Household = await handler.HouseholdAsync(Case.ClientId, ct);
        Input = new Command { Kind = kind is { } k && Enum.IsDefined(k) ? k : null, AssessedOn = LatvianTime.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Household = await handler.HouseholdAsync(Case.ClientId, ct);
        if (!CanChange)
        {
            return Page();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, LatvianTime.Today(clock)), (OpenedKey, Case.OpenedOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.StartAsync(id, Input, User, ct);
        switch (outcome)
        {
            case { Id: { } newId }:
                TempData["StatusMessage"] = Localizer["Assessments.Started"].Value;
                return RedirectToPage("Edit", new { id = newId });
            case { Problem: { } problem }:
                ModelState.AddModelError("Input.Kind", Localizer[problem]);
                return Page();
            default:
                return NotFound();
        }
    }

    public sealed record Command
    {
        public AssessmentKind? Kind { get; init; }
        public DateOnly? AssessedOn { get; init; }
    }

    /// <summary>The new draft's id, or the message key of why it could not start.</summary>
    public sealed record StartOutcome(int? Id, string? Problem);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Kind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Assessments.KindRequired"])
                .IsInEnum().WithMessage(t["Assessments.KindRequired"]);
            RuleFor(c => c.AssessedOn).AssessmentDate(t, TodayKey, OpenedKey);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<List<RiskMember>> HouseholdAsync(int clientId, CancellationToken ct) => AssessmentInstruments.HouseholdAsync(db, clientId, ct);

        public async Task<StartOutcome?> StartAsync(int caseId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, caseId, ct);
            if (caseFile is null)
            {
                return null;
            }

            var kind = command.Kind!.Value;
            AssessmentContent content;
            switch (kind)
            {
                case AssessmentKind.Functional:
                    await AssessmentInstruments.EnsureSeededAsync(db, ct);
                    var domains = await AssessmentInstruments.ActiveDomainsAsync(db, ct);
                    if (domains.Count < FunctionalScale.MinimumScored)
                    {
                        return new StartOutcome(null, "Assessments.TooFewDomains");
                    }

                    content = new AssessmentContent(Functional: FunctionalContent.Start(domains));
                    break;
                case AssessmentKind.RiskFactors:
                    await AssessmentInstruments.EnsureSeededAsync(db, ct);
                    var items = await AssessmentInstruments.ActiveRiskItemsAsync(db, ct);
                    if (items.Count == 0)
                    {
                        return new StartOutcome(null, "Assessments.NoRiskItems");
                    }

                    content = new AssessmentContent(Risk: RiskContent.Start(await AssessmentInstruments.HouseholdAsync(db, caseFile.ClientId, ct), items));
                    break;
                case AssessmentKind.BasicNeedsAndResources:
                    content = new AssessmentContent(BasicNeeds: BasicNeedsContent.Start());
                    break;
                default:
                    content = new AssessmentContent(Initial: InitialSituation.Empty);
                    break;
            }

            if (caseFile.Status != Domain.Cases.CaseStatus.Open || caseFile.IsArchived || command.AssessedOn < caseFile.OpenedOn)
            {
                return new StartOutcome(null, "Cases.ChangeNotPossible");
            }

            // The audit entry names the new assessment, so it is written after the insert, in the same transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var assessment = Assessment.Start(caseFile, kind, command.AssessedOn!.Value, content, CaseData.ActorOf(user), clock.GetUtcNow());
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(ct);
            audit.AddForClient(AuditActions.AssessmentSave, caseFile.ClientId, caseFile.Id, AssessmentAudit.Details(assessment, "started"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new StartOutcome(assessment.Id, null);
        }
    }
}
