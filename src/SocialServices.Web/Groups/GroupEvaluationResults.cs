using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Groups;

/// <summary>One member's end-of-group evaluation in force, for the annual report.</summary>
public sealed record GroupEvaluationResult(
    int EvaluationId,
    int GroupId,
    string GroupName,
    int ServiceId,
    string ProgrammeCode,
    string ProgrammeName,
    int ClientId,
    int? CaseFileId,
    DateOnly EvaluatedOn,
    int SessionsAttended,
    int SessionsHeld,
    string Results,
    string Recommendations,
    string AuthorName,
    int VersionNumber);

/// <summary>Per programme in a year: groups evaluated, members evaluated and their attendance.</summary>
public sealed record ProgrammeEvaluationSummary(int ServiceId, string ProgrammeCode, string ProgrammeName, int Groups, int Members, int SessionsAttended, int SessionsHeld);

/// <summary>
/// End-of-group evaluations for the annual provider report (issue 7; 002 §11.1.3 p. 1-2): the evaluation in force (the
/// latest version) of each member, by the day it was written, within the user's client scope (an auditor's scope is
/// everything). Earlier versions are history and are not counted.
/// </summary>
public sealed class GroupEvaluationResults(AppDbContext db, AccessScope scope)
{
    public async Task<IReadOnlyList<GroupEvaluationResult>> ForYearAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var until = new DateOnly(year, 12, 31);
        var clients = scope.Clients(user).Select(c => c.Id);
        var rows = await db.GroupMemberEvaluations.AsNoTracking()
            .Where(e => clients.Contains(e.ClientId)
                && !db.GroupMemberEvaluations.Any(later => later.EnrolmentId == e.EnrolmentId && later.VersionNumber > e.VersionNumber))
            .Where(e => e.EvaluatedOn >= from && e.EvaluatedOn <= until)
            .Join(db.ProgrammeGroups, e => e.GroupId, g => g.Id, (e, g) => new { e, g })
            .Join(db.Services, x => x.g.ServiceId, s => s.Id, (x, s) => new GroupEvaluationResult(
                x.e.Id, x.g.Id, x.g.Name, s.Id, s.Code, s.Name, x.e.ClientId, x.e.CaseFileId, x.e.EvaluatedOn, x.e.SessionsAttended, x.e.SessionsHeld,
                x.e.Results, x.e.Recommendations, x.e.AuthorName, x.e.VersionNumber))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.ProgrammeCode, StringComparer.Ordinal).ThenBy(r => r.GroupId).ThenBy(r => r.ClientId).ToList();
    }

    public async Task<IReadOnlyList<ProgrammeEvaluationSummary>> ByProgrammeAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        var rows = await ForYearAsync(user, year, ct);
        return rows.GroupBy(r => (r.ServiceId, r.ProgrammeCode, r.ProgrammeName))
            .Select(g => new ProgrammeEvaluationSummary(g.Key.ServiceId, g.Key.ProgrammeCode, g.Key.ProgrammeName,
                g.Select(r => r.GroupId).Distinct().Count(), g.Select(r => r.ClientId).Distinct().Count(), g.Sum(r => r.SessionsAttended), g.Sum(r => r.SessionsHeld)))
            .ToList();
    }
}
