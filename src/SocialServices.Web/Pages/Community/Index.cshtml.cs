using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// Community-based services: each service with the episodes running today (of the clients in the user's scope), a link to its
/// daily list, and the import of units from attendance and individual appointments for a month.
/// </summary>
public sealed class IndexModel(AppDbContext db, AccessScope scope, UnitImport import, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<ServiceRow> Services { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanImport => AccessScope.EditsClients(User);

    [BindProperty] public DateOnly? Month { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (Month is not { } month)
        {
            ModelState.AddModelError(nameof(Month), t["Community.MonthRequired"]);
            return Page();
        }

        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        if (to > Today)
        {
            to = Today;
        }

        var result = await import.ImportAsync(from, to, User, ct);
        TempData["StatusMessage"] = t["Community.Imported", result.Added, result.AlreadyCounted, result.WithoutEpisode, from.ToString("MM.yyyy", CultureInfo.InvariantCulture)].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = LatvianTime.Today(clock);
        var today = Today;
        Month ??= new DateOnly(today.Year, today.Month, 1);
        var clients = scope.Clients(User).Select(c => c.Id);
        Services = await db.Services.AsNoTracking().Where(s => s.IsActive && CommunityEpisodes.CommunityTypes.Contains(s.Type))
            .OrderBy(s => s.Type).ThenBy(s => s.Code)
            .Select(s => new ServiceRow(s.Id, s.Code, s.Name,
                db.ServiceEpisodes.Count(e => e.ServiceId == s.Id && clients.Contains(e.ClientId) && e.StartOn <= today && (e.EndedOn == null || e.EndedOn >= today)),
                db.DeliveredUnits.Where(u => u.ServiceId == s.Id && clients.Contains(u.ClientId) && u.WithdrawnAt == null && u.On == today).Count()))
            .ToListAsync(ct);
    }

    public sealed record ServiceRow(int Id, string Code, string Name, int Running, int UnitsToday);
}
