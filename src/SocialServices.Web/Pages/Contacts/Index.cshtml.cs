using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Contacts;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Contacts;

/// <summary>The delivery records of a case, newest first, with notes, next steps and the tasks worked on. Every view is audited.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public View Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int caseId, CancellationToken ct)
    {
        var data = await handler.LoadAsync(caseId, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public sealed record View(CaseSummary Case, IReadOnlyList<ContactRecord> Records)
    {
        public bool CanRecord => Case.CanEdit && !Case.IsArchived;
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<View?> LoadAsync(int caseId, ClaimsPrincipal user, CancellationToken ct)
        {
            var summary = await CaseData.SummaryAsync(scope, db, user, caseId, ct);
            if (summary is null)
            {
                return null;
            }

            var records = await db.ContactRecords.AsNoTracking().Include(c => c.Tasks)
                .Where(c => c.CaseFileId == caseId)
                .OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
                .ToListAsync(ct);
            await audit.WriteForClientAsync(AuditActions.ContactRead, summary.ClientId, summary.Id, "records=" + records.Count, ct: ct);
            return new View(summary, records);
        }
    }
}
