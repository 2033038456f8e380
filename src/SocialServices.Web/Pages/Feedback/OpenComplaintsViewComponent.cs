using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback;

/// <summary>The manager's board: every open complaint until it is answered or withdrawn, overdue ones first (said in words).</summary>
public sealed class OpenComplaintsViewComponent(AppDbContext db, OrganisationInfo organisation, TimeProvider clock) : ViewComponent
{
    public sealed record Row(int Id, string Number, DateOnly ReceivedOn, DateOnly DueOn, ComplainantKind From, string? ClientName, string Subject, bool Overdue);

    public sealed record Model(DateOnly Today, IReadOnlyList<Row> Rows)
    {
        public int OverdueCount => Rows.Count(r => r.Overdue);
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!FeedbackData.Handles(HttpContext.User))
        {
            return Content(string.Empty);
        }

        var ct = HttpContext.RequestAborted;
        // The start page works before an organisation is set up (a fresh installation): then there is nothing to show.
        if (!await db.Organisations.AnyAsync(ct))
        {
            return Content(string.Empty);
        }

        var organisationId = await organisation.IdAsync(ct);
        var today = LatvianTime.Today(clock);
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.Status == ComplaintStatus.Open)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Number, c.ReceivedOn, c.DueOn, c.From,
                db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
                c.Subject, c.DueOn < today))
            .ToListAsync(ct);
        return rows.Count == 0 ? Content(string.Empty) : View("/Pages/Feedback/_OpenComplaints.cshtml", new Model(today, rows));
    }
}
