using Microsoft.AspNetCore.Mvc;
using SocialServices.Domain.Staff;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>
/// The start page's timesheet boards: a specialist's hours this month so far (with a link to the timesheet); a
/// manager's list of ended months awaiting approval.
/// </summary>
public sealed class TimesheetBoardViewComponent(SocialServices.Web.Staff.Timesheets timesheets, TimeProvider clock) : ViewComponent
{
    public const string Specialist = "specialist";
    public const string Manager = "manager";

    public async Task<IViewComponentResult> InvokeAsync(string board)
    {
        var today = LatvianTime.Today(clock);
        var ct = HttpContext.RequestAborted;
        if (board == Manager)
        {
            var awaiting = await timesheets.AwaitingApprovalAsync(today, Timesheets.IndexModel.MonthsBack, ct);
            return View("~/Pages/Staff/Components/TimesheetBoard.cshtml", new Board(board, TimesheetMonth.Of(today), null, awaiting));
        }

        var me = HttpContext.User.UserId();
        var month = TimesheetMonth.Of(today);
        var sheet = MonthlyTimesheet.Build(month, me is null ? [] : await timesheets.ItemsAsync(me, month, ct));
        return View("~/Pages/Staff/Components/TimesheetBoard.cshtml", new Board(board, month, sheet, []));
    }

    public sealed record Board(string Kind, TimesheetMonth Month, MonthlyTimesheet? Own, IReadOnlyList<TimesheetSummary> Awaiting);
}
