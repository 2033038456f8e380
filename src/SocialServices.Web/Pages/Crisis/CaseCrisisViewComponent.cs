using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Crisis;

/// <summary>
/// The crisis section of the case page: an unresolved crisis in red at the top with its actions and who was informed,
/// the resolved ones as history, and the buttons to flag or resolve for those who may change the case.
/// </summary>
public sealed class CaseCrisisViewComponent(AccessScope scope, AppDbContext db) : ViewComponent
{
    public sealed record Model(int CaseId, CrisisView? Active, IReadOnlyList<CrisisView> History, bool CanFlag, bool CanResolve);

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var state = await scope.CaseAsync(user, caseId, ct);
        if (state is null)
        {
            return Content(string.Empty);
        }

        var crises = await CrisisData.ForCaseAsync(scope, db, user, caseId, ct);
        var canEdit = await scope.AccessToAsync(user, state.ClientId, ct) == ClientAccess.Edit;
        var active = crises.FirstOrDefault(c => c.IsActive);
        return View("/Pages/Crisis/_CaseCrisis.cshtml", new Model(
            caseId,
            active,
            crises.Where(c => !c.IsActive).ToList(),
            canEdit && active is null && state.Status == Domain.Cases.CaseStatus.Open && !state.IsArchived,
            canEdit && active is not null));
    }
}
