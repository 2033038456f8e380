using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>One catalogue entry as every signed-in role reads it: its fields, required documents and eligibility rules in plain words.</summary>
public sealed class DetailsModel(DetailsModel.Handler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    public View Service { get; private set; } = null!;

    /// <summary>The eligibility rules in plain words, in their stored order.</summary>
    public IReadOnlyList<string> Rules { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Administrator);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var service = await handler.LoadAsync(id, ct);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        var names = (await handler.MunicipalitiesAsync(ct)).Names();
        Rules = service.Rules.Select(r => RuleText.Describe(t, r, names)).ToList();
        return Page();
    }

    public sealed record View(
        int Id,
        string Code,
        string Name,
        ServiceType Type,
        FundingSource Funding,
        string? Provider,
        string? Location,
        string? Description,
        string? TargetGroup,
        int? SessionCount,
        string? Frequency,
        int? PlannedGroupSize,
        IReadOnlyList<string> RequiredDocuments,
        IReadOnlyList<Domain.Eligibility.EligibilityRequirement> Rules,
        bool IsActive)
    {
        public bool IsGroupProgramme => Type == ServiceType.EducationalAndSupportGroup;
    }

    public sealed class Handler(AppDbContext db)
    {
        public Task<IReadOnlyList<CatalogueMunicipality>> MunicipalitiesAsync(CancellationToken ct) => CatalogueData.MunicipalitiesAsync(db, ct);

        public async Task<View?> LoadAsync(int id, CancellationToken ct) =>
            await db.Services.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new View(s.Id, s.Code, s.Name, s.Type, s.Funding, s.Provider, s.Location, s.Description, s.TargetGroup,
                    s.SessionCount, s.Frequency, s.PlannedGroupSize, s.RequiredDocuments, s.Rules, s.IsActive))
                .FirstOrDefaultAsync(ct);
    }
}
