using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Admin.Users;

public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Status { get; set; } = "all";

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await handler.ListAsync(Status, ct);

    public sealed record Row(string Id, string UserName, string FullName, string? Email, IReadOnlyList<string> Roles, bool Active, DateTimeOffset? LockedOutUntil, DateTimeOffset? LastSignInAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(string status, CancellationToken ct)
        {
            var query = db.Users.AsNoTracking();
            query = status switch
            {
                "active" => query.Where(u => u.IsActive),
                "inactive" => query.Where(u => !u.IsActive),
                _ => query,
            };
            var now = clock.GetUtcNow();
            var users = await query
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.FullName,
                    u.Email,
                    u.IsActive,
                    u.LockoutEnd,
                    u.LastSignInAt,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                })
                .ToListAsync(ct);
            return users
                .Select(u => new Row(u.Id, u.UserName!, u.FullName, u.Email, u.Roles, u.IsActive, u.LockoutEnd > now ? u.LockoutEnd : null, u.LastSignInAt))
                .OrderBy(u => u.FullName, Cultures.LatvianComparer)
                .ToList();
        }
    }
}
