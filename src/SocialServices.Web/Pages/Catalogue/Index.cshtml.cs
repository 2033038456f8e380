using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>The service catalogue: every signed-in role reads it; administrators add and edit services. Retired services are shown greyed, or filtered.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const string ShowAll = "all";
    public const string ShowActive = "active";
    public const string ShowRetired = "retired";

    public IReadOnlyList<Row> Services { get; private set; } = [];

    /// <summary>Which services to list: all (the default), active or retired.</summary>
    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }

    public bool CanEdit => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Show = Show is ShowActive or ShowRetired ? Show : ShowAll;
        bool? active = Show switch
        {
            ShowActive => true,
            ShowRetired => false,
            _ => null,
        };
        Services = await handler.ListAsync(active, ct);
    }

    public sealed record Row(int Id, string Code, string Name, ServiceType Type, FundingSource Funding, string? Provider, string? Location, string? TargetGroup, int? SessionCount, string? Frequency, bool Active);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(bool? active, CancellationToken ct)
        {
            var query = db.Services.AsNoTracking();
            if (active is { } a)
            {
                query = query.Where(s => s.IsActive == a);
            }

            var rows = await query
                .Select(s => new Row(s.Id, s.Code, s.Name, s.Type, s.Funding, s.Provider, s.Location, s.TargetGroup, s.SessionCount, s.Frequency, s.IsActive))
                .ToListAsync(ct);
            // Programmes in their document order (6.1.1 ... 6.1.8) first, then the other services by type.
            return rows.OrderBy(r => r.Type == ServiceType.EducationalAndSupportGroup ? 0 : 1)
                .ThenBy(r => r.Type == ServiceType.EducationalAndSupportGroup ? r.Code : string.Empty, StringComparer.Ordinal)
                .ThenBy(r => (int)r.Type)
                .ThenBy(r => r.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
