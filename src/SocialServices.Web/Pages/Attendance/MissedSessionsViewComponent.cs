using Microsoft.AspNetCore.Mvc;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Attendance;

/// <summary>
/// "Missed sessions in a row" on the start page: current group members who missed the set number of held sessions in a
/// row. The manager sees every client in scope; a worker the clients of the open cases they are responsible for.
/// </summary>
public sealed class MissedSessionsViewComponent(AccessScope scope, AttendanceSummaries summaries) : ViewComponent
{
    public const string Worker = "worker";
    public const string Manager = "manager";

    public sealed record Board(string Kind, int Threshold, IReadOnlyList<MissedWarning> Rows);

    public async Task<IViewComponentResult> InvokeAsync(string board)
    {
        var user = UserClaimsPrincipal;
        var me = user.UserId();
        var clients = board == Manager
            ? scope.Clients(user).Select(c => c.Id)
            : scope.Cases(user).Where(c => c.ResponsibleWorkerId == me && c.Status == CaseStatus.Open && !c.IsArchived).Select(c => c.ClientId);
        var rows = await summaries.WarningsAsync(clients, HttpContext.RequestAborted);
        return View("~/Pages/Attendance/Components/MissedSessions.cshtml", new Board(board == Manager ? Manager : Worker, summaries.Settings.MissedInARow, rows));
    }
}
