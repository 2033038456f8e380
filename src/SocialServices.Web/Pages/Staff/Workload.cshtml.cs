using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>
/// Workers' load (open cases, group and individual hours) for a month and the year so far, with the staffing norm
/// (one social work specialist per 1000 inhabitants, a setting) from the municipality's population, which managers
/// and administrators keep up to date here.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.StaffReader)]
public sealed class WorkloadModel(WorkloadReport report, OrganisationInfo organisation, AuditLog audit, TimeProvider clock,
    WorkloadModel.Handler handler, IValidator<WorkloadModel.PopulationCommand> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public WorkloadReport.Result Data { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public int CurrentYear { get; private set; }

    public string MonthValue => Data.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [BindProperty] public PopulationCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        if (!await LoadAsync(month, ct))
        {
            ModelState.AddModelError("month", t["Workload.MonthInvalid"]);
            await LoadAsync(null, ct);
        }

        Input = new PopulationCommand { Population = Data.Norm?.Population, Year = Data.Norm?.PopulationYear ?? CurrentYear, Version = Data.MunicipalityVersion };
        await audit.WriteAsync(AuditActions.WorkloadRead, "workload", MonthValue, ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPopulationAsync(string? month, CancellationToken ct)
    {
        if (!StaffAccess.EditsRegister(User))
        {
            return Forbid();
        }

        await LoadAsync(month, ct);
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.SetPopulationAsync(Data.MunicipalityId, Input, ct))
        {
            ModelState.AddModelError(string.Empty, t["Workload.PopulationConflict"]);
            await LoadAsync(month, ct);
            return Page();
        }

        TempData["StatusMessage"] = t["Workload.PopulationSaved", Data.MunicipalityName].Value;
        return RedirectToPage(new { month = MonthValue });
    }

    private async Task<bool> LoadAsync(string? month, CancellationToken ct)
    {
        var today = LatvianTime.Today(clock);
        CurrentYear = today.Year;
        CanEdit = StaffAccess.EditsRegister(User);
        var valid = true;
        var chosen = new DateOnly(today.Year, today.Month, 1);
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 2000 && parsed <= chosen)
            {
                chosen = parsed;
            }
            else
            {
                valid = false;
            }
        }

        Data = await report.LoadAsync(await organisation.IdAsync(ct), chosen, ct);
        return valid;
    }

    public sealed record PopulationCommand
    {
        public int? Population { get; init; }
        public int? Year { get; init; }
        public uint Version { get; init; }
    }

    public sealed class Validator : AbstractValidator<PopulationCommand>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock)
        {
            RuleFor(c => c.Population).NotNull().WithMessage(t["Workload.PopulationRequired"])
                .InclusiveBetween(1, StaffingNorm.MaxPopulation).WithMessage(t["Workload.PopulationRange", StaffingNorm.MaxPopulation]);
            RuleFor(c => c.Year).NotNull().WithMessage(t["Workload.PopulationYearRequired"])
                .Must(y => y is >= 2000 && y <= LatvianTime.Today(clock).Year).WithMessage(t["Workload.PopulationYearRange"]);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        /// <summary>False when someone changed the figure since the form was opened.</summary>
        public async Task<bool> SetPopulationAsync(int municipalityId, PopulationCommand command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var municipality = await db.Municipalities.FirstAsync(m => m.Id == municipalityId, ct);
            if (!RowVersion.Matches(db, municipality, command.Version))
            {
                return false;
            }

            var before = municipality.Population?.ToString(CultureInfo.InvariantCulture) ?? "-";
            municipality.SetPopulation(command.Population!.Value, command.Year!.Value);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }

            await audit.WriteAsync(AuditActions.PopulationChange, "municipality", municipality.Id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{before} -> {municipality.Population} ({municipality.PopulationYear})"), ct: ct);
            return true;
        }
    }
}
