using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>The service catalogue, read-only for every role (editing arrives with applications and decisions).</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Services = await handler.ListAsync(ct);

    public sealed record Row(string Code, string Name, ServiceType Type, FundingSource Funding, string? TargetGroup, int? SessionCount, string? Frequency, bool Active);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
        {
            var rows = await db.Services.AsNoTracking()
                .Select(s => new Row(s.Code, s.Name, s.Type, s.Funding, s.TargetGroup, s.SessionCount, s.Frequency, s.IsActive))
                .ToListAsync(ct);
            // Programmes in their document order (6.1.1 ... 6.1.8) first, then the other services by type.
            return rows.OrderBy(r => r.Type == ServiceType.EducationalAndSupportGroup ? 0 : 1)
                .ThenBy(r => r.Type == ServiceType.EducationalAndSupportGroup ? r.Code : string.Empty, StringComparer.Ordinal)
                .ThenBy(r => (int)r.Type)
                .ToList();
        }
    }
}
