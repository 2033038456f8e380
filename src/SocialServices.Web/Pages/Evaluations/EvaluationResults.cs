using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Evaluations;

/// <summary>A client's result in a year: the overall result of the client's latest evaluation that year (over all their cases).</summary>
public sealed record ClientYearResult(int ClientId, int Year, OverallResult Result, DateOnly EvaluatedOn, int EvaluationId, int EvaluationsInYear);

/// <summary>The clients evaluated in a year by their latest result (annual report, 002 §11.1.3 p. 2: progress or regress of clients).</summary>
public sealed record YearResults(int Year, int Clients, int Progress, int NoChange, int Regress);

/// <summary>
/// Evaluation results per client and year for the annual provider report. A client counts once a year, with the
/// overall result of their latest evaluation dated in that year (by <see cref="Evaluation.EvaluatedOn"/>, then the
/// time it was recorded). Only clients in the user's scope count (an auditor's scope is everything).
/// </summary>
public sealed class EvaluationResults(AppDbContext db, AccessScope scope)
{
    public async Task<IReadOnlyList<ClientYearResult>> PerClientAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var until = new DateOnly(year, 12, 31);
        var clients = scope.Clients(user).Select(c => c.Id);
        var rows = await db.Evaluations.AsNoTracking()
            .Where(e => e.EvaluatedOn >= from && e.EvaluatedOn <= until && clients.Contains(e.ClientId))
            .Select(e => new { e.Id, e.ClientId, e.EvaluatedOn, e.RecordedAt, e.OverallResult })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ClientId)
            .Select(g =>
            {
                var latest = g.OrderByDescending(r => r.EvaluatedOn).ThenByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).First();
                return new ClientYearResult(g.Key, year, latest.OverallResult, latest.EvaluatedOn, latest.Id, g.Count());
            })
            .OrderBy(r => r.ClientId)
            .ToList();
    }

    public async Task<YearResults> ForYearAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        var rows = await PerClientAsync(user, year, ct);
        return new YearResults(year, rows.Count,
            rows.Count(r => r.Result == OverallResult.Progress),
            rows.Count(r => r.Result == OverallResult.NoChange),
            rows.Count(r => r.Result == OverallResult.Regress));
    }
}
