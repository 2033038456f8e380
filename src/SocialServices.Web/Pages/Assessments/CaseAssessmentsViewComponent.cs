using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// The case page's "Assessments" section: the current versions of the case's assessments (and corrections under way),
/// newest first, and the button to start one. Renders nothing for a case outside the user's scope.
/// </summary>
public sealed class CaseAssessmentsViewComponent(AccessScope scope, AppDbContext db) : ViewComponent
{
    public sealed record Row(int Id, AssessmentKind Kind, DateOnly AssessedOn, AssessmentStatus Status, int VersionNumber, string AssessorName, RiskLevel? RiskLevel, decimal? RiskCoefficient, DateOnly? NextDueOn);

    public sealed record Model(CaseSummary Case, IReadOnlyList<Row> Rows)
    {
        public bool CanStart => Case.CanEdit && Case.IsOpen && !Case.IsArchived;
    }

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var summary = await CaseData.SummaryAsync(scope, db, UserClaimsPrincipal, caseId, ct);
        if (summary is null)
        {
            return Content(string.Empty);
        }

        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.CaseFileId == caseId && a.SupersededAt == null)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, a.Kind, a.AssessedOn, a.Status, a.VersionNumber, a.AssessorName, a.RiskLevel, a.RiskCoefficient, a.NextDueOn))
            .ToListAsync(ct);
        return View("/Pages/Assessments/Components/CaseAssessments.cshtml", new Model(summary, rows));
    }
}
