using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Benchmark;

/// <summary>The load benchmark's switch (issue 9): off unless <c>Benchmark:Enabled=true</c>.</summary>
public sealed class BenchmarkSettings
{
    public const string Section = "Benchmark";

    public bool Enabled { get; set; }
}

/// <summary>
/// The benchmark's floor (the shape of the TechEmpower "Fortunes" test): the whole pipeline of a signed-in request, one
/// indexed query of a few rows of reference data (the service catalogue by primary key, no personal data) and a minimal
/// Razor page without the layout. Every scenario's p95 is reported as a ratio to this page's p95 from the same run.
/// Answers 404 unless benchmarking is switched on.
/// </summary>
public sealed class FloorModel(AppDbContext db, IOptions<BenchmarkSettings> settings) : PageModel
{
    public IReadOnlyList<(int Id, string Code, string Name)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int from, CancellationToken ct)
    {
        if (!settings.Value.Enabled)
        {
            return NotFound();
        }

        var start = Math.Max(1, from);
        Rows = (await db.Services.AsNoTracking().Where(s => s.Id >= start && s.Id < start + 8).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Code, s.Name)).ToList();
        return Page();
    }
}
