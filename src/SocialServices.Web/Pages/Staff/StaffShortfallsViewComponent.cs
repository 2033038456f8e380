using Microsoft.AspNetCore.Mvc;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>The manager's board: who is short of supervision, training or a valid child-rights training this year, and of what.</summary>
public sealed class StaffShortfallsViewComponent(StaffRequirements requirements, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = LatvianTime.Today(clock);
        var rows = await requirements.ShortAsync(today.Year, today, HttpContext.RequestAborted);
        return View("~/Pages/Staff/Components/StaffShortfalls.cshtml", new Board(today.Year, rows));
    }

    public sealed record Board(int Year, IReadOnlyList<StaffYearRow> People);
}
