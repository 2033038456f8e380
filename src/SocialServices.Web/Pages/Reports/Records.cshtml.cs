using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Reporting;

namespace SocialServices.Web.Pages.Reports;

/// <summary>
/// The records behind one number of an annual report (traceability): the clients, groups, sessions, appointments,
/// service episodes or evaluations it counts, each linked to its own page. Reading client names here is audited per client.
/// </summary>
public sealed class RecordsModel(AnnualReports reports, AppDbContext db, OrganisationInfo organisation, AccessScope scope, AuditLog audit) : PageModel
{
    /// <summary>One record: its kind, id, what it is, and where it opens (null when it has no page).</summary>
    public sealed record Line(string Kind, long Id, string Text, string? Url);

    public ReportView View { get; private set; } = null!;

    public string Key { get; private set; } = string.Empty;

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    /// <summary>Records shown on one page: a figure over a whole provider's year counts tens of thousands (every held session).</summary>
    public const int PageSize = 200;

    /// <summary>How many records are behind the figure (on all pages).</summary>
    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id, string? key, int p, CancellationToken ct)
    {
        var view = await reports.LoadAsync(id, await organisation.IdAsync(ct), ct);
        if (view is null || string.IsNullOrWhiteSpace(key) || !view.Figures.Trace.ContainsKey(key))
        {
            return NotFound();
        }

        View = view;
        Key = key;
        var refs = view.Figures.Behind(key);
        Total = refs.Count;
        // One page of the figure's records (in the trace's order): only their ids go to the database, only they are read
        // (and audited); a page number past the end shows the last page.
        PageNumber = Math.Clamp(p, 1, PageCount);
        var shown = refs.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var lines = new List<Line>();
        foreach (var group in shown.GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).ToList();
            lines.AddRange(await LinesAsync(group.Key, ids, ct));
        }

        Lines = lines;
        await audit.WriteAsync(AuditActions.AnnualReportRecords, "AnnualReport", id.ToString(CultureInfo.InvariantCulture), "figure=" + key + "; records=" + refs.Count.ToString(CultureInfo.InvariantCulture)
            + (PageCount > 1 ? "; page=" + PageNumber.ToString(CultureInfo.InvariantCulture) : string.Empty), ct: ct);
        return Page();
    }

    private async Task<IEnumerable<Line>> LinesAsync(string kind, List<long> ids, CancellationToken ct)
    {
        var ints = ids.Select(i => (int)i).ToList();
        var clients = scope.Clients(User);
        switch (kind)
        {
            case RecordKinds.Client:
            {
                var rows = await clients.Where(c => ints.Contains(c.Id)).OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
                    .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthDate }).ToListAsync(ct);
                foreach (var row in rows)
                {
                    audit.AddForClient(AuditActions.AnnualReportRecords, row.Id, null, "figure=" + Key);
                }

                await db.SaveChangesAsync(ct);
                return rows.Select(r => new Line(kind, r.Id, r.FirstName + " " + r.LastName + (r.BirthDate is { } b ? ", " + b.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : ""), Url.Page("/Clients/Details", new { id = r.Id })));
            }

            case RecordKinds.Group:
                return (await db.ProgrammeGroups.AsNoTracking().Where(g => ints.Contains(g.Id)).OrderBy(g => g.StartsOn).Select(g => new { g.Id, g.Name, g.StartsOn }).ToListAsync(ct))
                    .Select(g => new Line(kind, g.Id, g.Name + " (" + g.StartsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + ")", Url.Page("/Groups/Details", new { id = g.Id })));
            case RecordKinds.Session:
                return (await db.GroupSessions.AsNoTracking().Where(s => ints.Contains(s.Id)).OrderBy(s => s.Date).ThenBy(s => s.StartsAt)
                        .Select(s => new { s.Id, s.GroupId, s.Date, s.StartsAt, Group = db.ProgrammeGroups.Where(g => g.Id == s.GroupId).Select(g => g.Name).First() }).ToListAsync(ct))
                    .Select(s => new Line(kind, s.Id, s.Group + ", " + s.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " " + s.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture), Url.Page("/Groups/Details", new { id = s.GroupId })));
            case RecordKinds.Appointment:
                return (await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.Id) && clients.Any(c => c.Id == a.ClientId)).OrderBy(a => a.StartsAt)
                        .Select(a => new { a.Id, a.StartsAt, a.DurationMinutes, a.Kind, Client = clients.Where(c => c.Id == a.ClientId).Select(c => c.FirstName + " " + c.LastName).First() }).ToListAsync(ct))
                    .Select(a => new Line(kind, a.Id, a.StartsAt.ToLatvian().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + ", " + a.DurationMinutes.ToString(CultureInfo.InvariantCulture) + " min, " + a.Client, null));
            case RecordKinds.Episode:
                return (await db.ServiceEpisodes.AsNoTracking().Where(e => ints.Contains(e.Id) && clients.Any(c => c.Id == e.ClientId)).OrderBy(e => e.StartOn)
                        .Select(e => new { e.Id, e.CaseFileId, e.StartOn, e.EndedOn, Client = clients.Where(c => c.Id == e.ClientId).Select(c => c.FirstName + " " + c.LastName).First() }).ToListAsync(ct))
                    .Select(e => new Line(kind, e.Id, e.Client + ", " + e.StartOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " – " + (e.EndedOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "…"), Url.Page("/Cases/Details", new { id = e.CaseFileId })));
            case RecordKinds.Evaluation:
                return (await db.Evaluations.AsNoTracking().Where(e => ints.Contains(e.Id) && clients.Any(c => c.Id == e.ClientId)).OrderBy(e => e.EvaluatedOn)
                        .Select(e => new { e.Id, e.EvaluatedOn, Case = db.CaseFiles.Where(c => c.Id == e.CaseFileId).Select(c => c.Number).First() }).ToListAsync(ct))
                    .Select(e => new Line(kind, e.Id, e.Case + ", " + e.EvaluatedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Url.Page("/Evaluations/Details", new { id = e.Id })));
            case RecordKinds.GroupEvaluation:
                return (await db.GroupMemberEvaluations.AsNoTracking().Where(e => ints.Contains(e.Id) && clients.Any(c => c.Id == e.ClientId)).OrderBy(e => e.EvaluatedOn).ThenBy(e => e.Id)
                        .Select(e => new
                        {
                            e.Id, e.GroupId, e.EvaluatedOn, e.SessionsAttended, e.SessionsHeld,
                            Group = db.ProgrammeGroups.Where(g => g.Id == e.GroupId).Select(g => g.Name).First(),
                            Case = db.CaseFiles.Where(c => c.Id == e.CaseFileId).Select(c => c.Number).FirstOrDefault(),
                        }).ToListAsync(ct))
                    .Select(e => new Line(kind, e.Id, e.Group + ", " + (e.Case ?? "—") + ", " + e.EvaluatedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
                        + " (" + e.SessionsAttended.ToString(CultureInfo.InvariantCulture) + "/" + e.SessionsHeld.ToString(CultureInfo.InvariantCulture) + ")", Url.Page("/Groups/Evaluations", new { id = e.GroupId })));
            case RecordKinds.Complaint:
                return (await db.Complaints.AsNoTracking().Where(c => ints.Contains(c.Id)).OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
                        .Select(c => new { c.Id, c.Number, c.ReceivedOn, c.AnsweredOn }).ToListAsync(ct))
                    .Select(c => new Line(kind, c.Id, c.Number + ", " + c.ReceivedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
                        + (c.AnsweredOn is { } answered ? " → " + answered.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : string.Empty), Url.Page("/Feedback/Complaints/Details", new { id = c.Id })));
            case RecordKinds.SurveyResponse:
                // a response is shown without the client's name: the survey results are read by service, not by person
                return (await db.SurveyResponses.AsNoTracking().Where(r => ints.Contains(r.Id)).OrderBy(r => r.AnsweredOn).ThenBy(r => r.Id)
                        .Select(r => new { r.Id, r.AnsweredOn, r.ServiceId, Service = db.Services.Where(x => x.Id == r.ServiceId).Select(x => x.Name).First() }).ToListAsync(ct))
                    .Select(r => new Line(kind, r.Id, r.Service + ", " + r.AnsweredOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + ", #" + r.Id.ToString(CultureInfo.InvariantCulture),
                        Url.Page("/Feedback/Surveys/Results", new { year = r.AnsweredOn.Year, serviceId = r.ServiceId })));
            case RecordKinds.Staff:
                return (await db.StaffMembers.AsNoTracking().Where(m => ints.Contains(m.Id)).OrderBy(m => m.LastName).ThenBy(m => m.FirstName)
                        .Select(m => new { m.Id, m.FirstName, m.LastName, Position = db.StaffPositions.Where(p => p.Id == m.PositionId).Select(p => p.Name).First() }).ToListAsync(ct))
                    .Select(m => new Line(kind, m.Id, m.FirstName + " " + m.LastName + ", " + m.Position, Url.Page("/Staff/Details", new { id = m.Id })));
            default:
                return ids.Select(i => new Line(kind, i, "#" + i.ToString(CultureInfo.InvariantCulture), null));
        }
    }
}
