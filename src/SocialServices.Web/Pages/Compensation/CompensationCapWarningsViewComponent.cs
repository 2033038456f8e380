using Microsoft.AspNetCore.Mvc;
using SocialServices.Web.Compensation;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Compensation;

/// <summary>The manager's board: persons whose two-year compensation ends within three months (still receiving units).</summary>
public sealed class CompensationCapWarningsViewComponent(Compensations compensations, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var warnings = await compensations.CapWarningsAsync(HttpContext.User, LatvianTime.Today(clock), HttpContext.RequestAborted);
        return View("~/Pages/Compensation/Components/CompensationCapWarnings.cshtml", warnings);
    }
}
