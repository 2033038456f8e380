using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// The case page's "Assessments" section: the current versions of the case's assessments (and corrections under way),
/// newest first, and the button to start one. Renders nothing for a case outside the user's scope.
/// </summary>
public sealed class CaseAssessmentsViewComponent(AccessScope scope, AppDbContext db) : ViewComponent
{
    public sealed record Row(int Id, AssessmentKind Kind, DateOnly AssessedOn, AssessmentStatus Status, int VersionNumber, string AssessorName, RiskLevel? RiskLevel, decimal? RiskCoefficient, DateOnly? NextDueOn);

    public sealed record Model(int CaseId, bool CanStart, IReadOnlyList<Row> Rows);

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        // The case page's own header already read the case: the scope check and the access are the request's remembered answers.
        var caseFile = await scope.CaseAsync(UserClaimsPrincipal, caseId, ct);
        if (caseFile is null)
        {
            return Content(string.Empty);
        }

        var canStart = caseFile.Status == Domain.Cases.CaseStatus.Open && !caseFile.IsArchived
            && await scope.AccessToAsync(UserClaimsPrincipal, caseFile.ClientId, ct) == ClientAccess.Edit;

        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.CaseFileId == caseId && a.SupersededAt == null)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, a.Kind, a.AssessedOn, a.Status, a.VersionNumber, a.AssessorName, a.RiskLevel, a.RiskCoefficient, a.NextDueOn))
            .ToListAsync(ct);
        return View("/Pages/Assessments/Components/CaseAssessments.cshtml", new Model(caseId, canStart, rows));
    }
}
