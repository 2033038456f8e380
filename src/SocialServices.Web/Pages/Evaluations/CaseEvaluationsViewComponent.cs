using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Evaluations;

/// <summary>The evaluations section of the case page: the list, newest first, and "new evaluation" for those who may change the case.</summary>
public sealed class CaseEvaluationsViewComponent(AccessScope scope, AppDbContext db) : ViewComponent
{
    public sealed record Model(int CaseId, IReadOnlyList<EvaluationRow> Rows, bool CanCreate);

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var state = await scope.CaseAsync(user, caseId, ct);
        if (state is null)
        {
            return Content(string.Empty);
        }

        var rows = await EvaluationData.ForCaseAsync(db, caseId, ct);
        var canCreate = state.Status == CaseStatus.Open && !state.IsArchived && await scope.AccessToAsync(user, state.ClientId, ct) == ClientAccess.Edit;
        return View("/Pages/Evaluations/_CaseEvaluations.cshtml", new Model(caseId, rows, canCreate));
    }
}
