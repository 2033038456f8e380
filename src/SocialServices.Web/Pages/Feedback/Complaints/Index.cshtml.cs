using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>
/// The complaints register by year: managers and auditors see the organisation's, a worker or specialist the ones they
/// registered. Open ones first, overdue at the top; the status is said in words.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, OrganisationInfo organisation, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Number, DateOnly ReceivedOn, DateOnly DueOn, ComplainantKind From, string? ClientName, string? ComplainantName,
        string Subject, string? ServiceName, ComplaintStatus Status, ComplaintVerdict? Verdict, DateOnly? AnsweredOn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Year { get; private set; }

    public ComplaintStatus? Status { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(int? year, ComplaintStatus? status, CancellationToken ct)
    {
        Today = LatvianTime.Today(clock);
        var organisationId = await organisation.IdAsync(ct);
        var complaints = FeedbackData.Complaints(db, User, organisationId).AsNoTracking();
        Years = (await complaints.Select(c => c.ReceivedOn.Year).Distinct().ToListAsync(ct)).Append(Today.Year).Distinct().OrderDescending().ToList();
        Year = year is >= 2000 and <= 9999 ? year.Value : Today.Year;
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        var query = complaints.Where(c => c.ReceivedOn.Year == Year);
        if (Status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var rows = await query.Select(c => new Row(c.Id, c.Number, c.ReceivedOn, c.DueOn, c.From,
                db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
                c.ComplainantName, c.Subject, db.Services.Where(v => v.Id == c.ServiceId).Select(v => v.Name).FirstOrDefault(),
                c.Status, c.Verdict, c.AnsweredOn))
            .ToListAsync(ct);
        var today = Today;
        Rows = rows
            .OrderBy(r => r.Status == ComplaintStatus.Open ? 0 : 1)
            .ThenByDescending(r => Complaint.IsOverdue(r.Status, r.DueOn, today))
            .ThenBy(r => r.Status == ComplaintStatus.Open ? r.DueOn : DateOnly.MaxValue)
            .ThenByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .ToList();
        await audit.WriteAsync(AuditActions.ComplaintList, "complaint", null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"year={Year}; status={Status?.ToString() ?? "all"}; count={Rows.Count}"), ct: ct);
    }
}
