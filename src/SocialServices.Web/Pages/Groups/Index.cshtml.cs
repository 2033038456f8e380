using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Groups;

/// <summary>The groups of each group programme with their places taken, and each programme's waiting list.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await handler.ListAsync(ct);

    public sealed record GroupRow(int Id, string Name, DateOnly StartsOn, DateOnly? EndsOn, int Capacity, int Members, string? Location, string? Room)
    {
        public IReadOnlyList<string> Leaders { get; init; } = [];
    }

    public sealed record ProgrammeRow(int ServiceId, string Code, string Name, int? SessionCount, int Waiting, IReadOnlyList<GroupRow> Groups);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<ProgrammeRow>> ListAsync(CancellationToken ct)
        {
            var programmes = await db.Services.AsNoTracking().Where(s => s.Type == ServiceType.EducationalAndSupportGroup && s.IsActive)
                .Select(s => new
                {
                    s.Id,
                    s.Code,
                    s.Name,
                    s.SessionCount,
                    Waiting = db.GroupEnrolments.Count(e => e.ServiceId == s.Id && e.Status == EnrolmentStatus.WaitingList),
                })
                .ToListAsync(ct);
            var groups = await db.ProgrammeGroups.AsNoTracking().OrderBy(g => g.StartsOn).ThenBy(g => g.Id)
                .Select(g => new
                {
                    g.ServiceId,
                    Row = new GroupRow(g.Id, g.Name, g.StartsOn, g.EndsOn, g.Capacity, db.GroupEnrolments.Count(e => e.GroupId == g.Id && e.Status == EnrolmentStatus.Enrolled), g.Location, g.Room),
                })
                .ToListAsync(ct);
            var leaders = await Web.Groups.GroupAccess.LeaderNamesAsync(db, groups.Select(g => g.Row.Id).ToList(), ct);
            groups = groups.Select(g => g with { Row = g.Row with { Leaders = leaders.GetValueOrDefault(g.Row.Id) ?? [] } }).ToList();
            return programmes.OrderBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => new ProgrammeRow(p.Id, p.Code, p.Name, p.SessionCount, p.Waiting, groups.Where(g => g.ServiceId == p.Id).Select(g => g.Row).ToList()))
                .ToList();
        }
    }
}
