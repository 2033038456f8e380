using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Access;

/// <summary>Service managers review the emergency ("break the glass") accesses, newest first, and mark them reviewed.</summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class ReviewModel(ReviewModel.Handler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The audit action of a manager's review (not in the domain's list of action codes yet).</summary>
    public const string ReviewedAction = AuditActions.EmergencyAccessReviewed;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "pending")] public bool PendingOnly { get; set; }

    public Listing Data { get; private set; } = new([], 0, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Data = await handler.ListAsync(PendingOnly, PageNumber, ct);
    }

    public async Task<IActionResult> OnPostReviewedAsync(long accessId, CancellationToken ct)
    {
        if (await handler.MarkReviewedAsync(accessId, User, ct))
        {
            TempData["StatusMessage"] = t["Review.MarkedMessage"].Value;
        }

        return RedirectToPage(new { p = PageNumber, pending = PendingOnly });
    }

    public sealed record Row(long Id, DateTimeOffset GrantedAt, string UserName, int? CaseId, string? Number, string Reason, DateTimeOffset Until, DateTimeOffset? ReviewedAt, string? ReviewedBy);

    public sealed record Listing(IReadOnlyList<Row> Rows, int Total, int Unreviewed);

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<Listing> ListAsync(bool pendingOnly, int page, CancellationToken ct)
        {
            var query = db.EmergencyAccesses.AsNoTracking();
            if (pendingOnly)
            {
                query = query.Where(e => e.ReviewedAt == null);
            }

            var total = await query.CountAsync(ct);
            page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var unreviewed = await db.EmergencyAccesses.CountAsync(e => e.ReviewedAt == null, ct);
            var rows = await query.OrderByDescending(e => e.GrantedAt).ThenByDescending(e => e.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(e => new Row(
                    e.Id,
                    e.GrantedAt,
                    db.Users.Where(u => u.Id == e.UserId).Select(u => u.FullName).FirstOrDefault() ?? e.UserId,
                    e.CaseFileId,
                    db.CaseFiles.Where(c => c.Id == e.CaseFileId).Select(c => c.Number).FirstOrDefault(),
                    e.Reason,
                    e.Until,
                    e.ReviewedAt,
                    db.Users.Where(u => u.Id == e.ReviewedById).Select(u => u.FullName).FirstOrDefault()))
                .ToListAsync(ct);
            return new Listing(rows, total, unreviewed);
        }

        public async Task<bool> MarkReviewedAsync(long id, ClaimsPrincipal user, CancellationToken ct)
        {
            var access = await db.EmergencyAccesses.FirstOrDefaultAsync(e => e.Id == id, ct);
            var managerId = user.UserId();
            if (access is null || access.ReviewedAt is not null || managerId is null)
            {
                return false;
            }

            access.MarkReviewed(managerId, clock.GetUtcNow());
            audit.AddForClient(ReviewedAction, access.ClientId, access.CaseFileId, "emergency-access=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
