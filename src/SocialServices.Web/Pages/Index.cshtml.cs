using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages;

/// <summary>The start page: one panel per role the user holds.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Dashboard Data { get; private set; } = new([], DateOnly.MinValue, null, null);

    public async Task OnGetAsync(CancellationToken ct) => Data = await handler.LoadAsync(User, ct);

    public sealed record Dashboard(IReadOnlyList<string> Roles, DateOnly Today, UserCounts? Users, AuditCounts? Audit);

    public sealed record UserCounts(int Active, int Deactivated, int LockedOut);

    public sealed record AuditCounts(int Today, DateTimeOffset? LastAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Dashboard> LoadAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
        {
            var roles = Identity.Roles.All.Where(user.IsInRole).ToList();
            UserCounts? users = null;
            AuditCounts? audit = null;
            var now = clock.GetUtcNow();
            if (user.IsInRole(Identity.Roles.Administrator))
            {
                var all = await db.Users.AsNoTracking().Select(u => new { u.IsActive, u.LockoutEnd }).ToListAsync(ct);
                users = new UserCounts(all.Count(u => u.IsActive), all.Count(u => !u.IsActive), all.Count(u => u.LockoutEnd > now));
            }

            if (user.IsInRole(Identity.Roles.Administrator) || user.IsInRole(Identity.Roles.Auditor))
            {
                var since = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
                var today = await db.AuditEntries.CountAsync(a => a.At >= since, ct);
                var last = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct);
                audit = new AuditCounts(today, last);
            }

            return new Dashboard(roles, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), users, audit);
        }
    }
}
