using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>The staff register: everyone employed in the year with their position and what they are short of (audited: staff data is personal data).</summary>
[Authorize(Policy = AuthorizationPolicies.StaffReader)]
public sealed class IndexModel(StaffRequirements requirements, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StaffYearRow> Rows { get; private set; } = [];

    public int Year { get; private set; }

    public int CurrentYear { get; private set; }

    public bool OnlyShort { get; private set; }

    public int ShortCount { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "short")] bool? onlyShort, CancellationToken ct)
    {
        var today = LatvianTime.Today(clock);
        CurrentYear = today.Year;
        Year = year is >= 2000 and <= 2100 && year <= today.Year ? year.Value : today.Year;
        var asOf = Year == today.Year ? today : new DateOnly(Year, 12, 31);
        var rows = await requirements.ForYearAsync(Year, asOf, ct);
        ShortCount = rows.Count(r => r.Status.IsShort);
        OnlyShort = onlyShort == true;
        Rows = OnlyShort ? rows.Where(r => r.Status.IsShort).ToList() : rows;
        CanEdit = StaffAccess.EditsRegister(User);
        await audit.WriteAsync(AuditActions.StaffList, "staff", null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"year={Year}; rows={Rows.Count}"), ct: ct);
    }
}
