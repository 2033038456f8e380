using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// The manager's board: per community service measured in days, the episodes running on the last working day with no units
/// recorded for it (a daily list left unfilled), with a link to that day's list. Counts only, no names.
/// </summary>
public sealed class UnitsMissingViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public sealed record Row(int ServiceId, string Code, string Name, int Missing, int Running);

    public sealed record Model(DateOnly Day, IReadOnlyList<Row> Rows);

    public static DateOnly LastWorkingDay(DateOnly today)
    {
        var day = today.AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!AccessScope.SeesEverything(HttpContext.User) || !HttpContext.User.IsInRole(Identity.Roles.ServiceManager))
        {
            return Content(string.Empty);
        }

        var ct = HttpContext.RequestAborted;
        var day = LastWorkingDay(LatvianTime.Today(clock));
        var services = await db.Services.AsNoTracking().Where(s => CommunityEpisodes.CommunityTypes.Contains(s.Type))
            .Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var serviceIds = services.Select(s => s.Id).ToList();
        var running = await db.ServiceEpisodes.AsNoTracking()
            .Where(e => serviceIds.Contains(e.ServiceId) && e.Unit == ServiceUnit.Day && e.StartOn <= day && (e.EndedOn == null || e.EndedOn >= day))
            .Select(e => new { e.ServiceId, Recorded = db.DeliveredUnits.Any(u => u.EpisodeId == e.Id && u.On == day && u.WithdrawnAt == null) })
            .ToListAsync(ct);
        var rows = services
            .Select(s => new Row(s.Id, s.Code, s.Name, running.Count(e => e.ServiceId == s.Id && !e.Recorded), running.Count(e => e.ServiceId == s.Id)))
            .Where(r => r.Running > 0)
            .OrderByDescending(r => r.Missing).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return rows.Count == 0 ? Content(string.Empty) : View("/Pages/Community/_UnitsMissing.cshtml", new Model(day, rows));
    }
}
