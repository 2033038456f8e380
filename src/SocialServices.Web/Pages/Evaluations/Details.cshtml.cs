using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Evaluations;

/// <summary>One evaluation, read-only (an evaluation never changes). Every view is audited; outside the scope it is "not found".</summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public View Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var data = await handler.LoadAsync(id, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public sealed record GoalView(int Position, string Text, GoalAchievement Achievement, string? Comment);

    public sealed record View(
        int Id,
        int CaseId,
        string CaseNumber,
        int ClientId,
        string ClientName,
        DateOnly EvaluatedOn,
        int? PlanRevisionNumber,
        IReadOnlyList<GoalView> Goals,
        string SituationChanges,
        ClientCooperation Cooperation,
        ClientMotivation Motivation,
        string? CooperationNotes,
        OverallResult OverallResult,
        EvaluationDecision Decision,
        string Justification,
        string RecordedByName,
        DateTimeOffset RecordedAt);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<View?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var cases = scope.Cases(user);
            var evaluation = await db.Evaluations.AsNoTracking().Include(e => e.Goals)
                .Where(e => e.Id == id && cases.Any(c => c.Id == e.CaseFileId))
                .FirstOrDefaultAsync(ct);
            if (evaluation is null)
            {
                return null;
            }

            var header = await db.CaseFiles.AsNoTracking().Where(c => c.Id == evaluation.CaseFileId)
                .Select(c => new { c.Number, ClientName = db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault() })
                .SingleAsync(ct);
            await audit.WriteForClientAsync(AuditActions.EvaluationRead, evaluation.ClientId, evaluation.CaseFileId, "evaluation=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
            return new View(evaluation.Id, evaluation.CaseFileId, header.Number, evaluation.ClientId, header.ClientName ?? string.Empty, evaluation.EvaluatedOn, evaluation.PlanRevisionNumber,
                evaluation.Goals.OrderBy(g => g.Position).Select(g => new GoalView(g.Position, g.GoalText, g.Achievement, g.Comment)).ToList(),
                evaluation.SituationChanges, evaluation.Cooperation, evaluation.Motivation, evaluation.CooperationNotes, evaluation.OverallResult, evaluation.Decision,
                evaluation.Justification, evaluation.RecordedByName, evaluation.RecordedAt);
        }
    }
}
