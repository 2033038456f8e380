using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Admin;

/// <summary>
/// The combination rules of community-based services as data (administrators): two service types that may not run together for
/// one client (optionally only for adults), and yearly day limits (respite: 30 days a calendar year). Rules are switched off,
/// never deleted; every change is in the audit log. The episode form applies the active rules.
/// </summary>
public sealed class CombinationRulesModel(AppDbContext db, CommunityEpisodes episodes, AuditLog audit, IValidator<CombinationRulesModel.RuleCommand> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<RuleRow> Rules { get; private set; } = [];

    [BindProperty] public RuleCommand Input { get; set; } = new();

    /// <summary>The rule whose form was posted (its errors are shown in its row); null for the new-rule form.</summary>
    public int? PostedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        PostedId = Input.Id;
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        CombinationRule rule;
        if (Input.Id is { } id)
        {
            var stored = await db.CombinationRules.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (stored is null)
            {
                return NotFound();
            }

            if (!RowVersion.Matches(db, stored, Input.Version))
            {
                ModelState.AddModelError("Input.Note", t["Community.RuleConflict"]);
                return Page();
            }

            stored.Change(Input.Service!.Value, Input.Other, Input.MaxDaysPerYear, Input.AdultsOnly, Input.Note, Input.IsActive);
            rule = stored;
        }
        else
        {
            rule = Input.Kind == CombinationRuleKind.NotTogether
                ? CombinationRule.NotTogether(Input.Service!.Value, Input.Other!.Value, Input.AdultsOnly, Input.Note)
                : CombinationRule.AnnualLimit(Input.Service!.Value, Input.MaxDaysPerYear!.Value, Input.AdultsOnly, Input.Note);
            db.CombinationRules.Add(rule);
        }

        audit.Add(AuditActions.CombinationRuleChange, "CombinationRule", Input.Id?.ToString(CultureInfo.InvariantCulture) ?? "new",
            $"kind={rule.Kind}; service={rule.Service}; other={rule.Other?.ToString() ?? "-"}; maxDays={rule.MaxDaysPerYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}; adultsOnly={rule.AdultsOnly}; active={rule.IsActive}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("Input.Note", t["Community.RuleConflict"]);
            return Page();
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("Input.Other", t["Community.RuleExists"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Community.RuleSaved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await episodes.RulesAsync(ct); // the defaults, the first time
        Rules = await db.CombinationRules.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Service).ThenBy(r => r.Other)
            .Select(r => new RuleRow(r.Id, r.Kind, r.Service, r.Other, r.MaxDaysPerYear, r.AdultsOnly, r.Note, r.IsActive, EF.Property<uint>(r, "Version")))
            .ToListAsync(ct);
    }

    public sealed record RuleRow(int Id, CombinationRuleKind Kind, ServiceType Service, ServiceType? Other, int? MaxDaysPerYear, bool AdultsOnly, string? Note, bool IsActive, uint Version);

    public sealed record RuleCommand
    {
        public int? Id { get; init; }
        public uint Version { get; init; }
        public CombinationRuleKind Kind { get; init; } = CombinationRuleKind.NotTogether;
        public ServiceType? Service { get; init; }
        public ServiceType? Other { get; init; }
        public int? MaxDaysPerYear { get; init; }
        public bool AdultsOnly { get; init; }
        public string? Note { get; init; }
        public bool IsActive { get; init; } = true;
    }

    public sealed class Validator : AbstractValidator<RuleCommand>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Kind).IsInEnum().WithMessage(t["Community.RuleKindRequired"]);
            RuleFor(c => c.Service).Cascade(CascadeMode.Stop).NotNull().WithMessage(t["Community.ServiceTypeRequired"]).IsInEnum().WithMessage(t["Community.ServiceTypeRequired"]);
            RuleFor(c => c.Other).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.OtherTypeRequired"])
                .IsInEnum().WithMessage(t["Community.OtherTypeRequired"])
                .Must((c, other) => other != c.Service).WithMessage(t["Community.OtherTypeSame"])
                .When(c => c.Kind == CombinationRuleKind.NotTogether);
            RuleFor(c => c.MaxDaysPerYear).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.MaxDaysRequired"])
                .InclusiveBetween(1, 366).WithMessage(t["Community.MaxDaysRequired"])
                .When(c => c.Kind == CombinationRuleKind.AnnualDayLimit);
            RuleFor(c => c.Note).OptionalText(t, CombinationRule.MaxNoteLength);
        }
    }
}
