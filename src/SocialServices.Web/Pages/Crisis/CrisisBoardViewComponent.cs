using Microsoft.AspNetCore.Mvc;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Crisis;

/// <summary>Which start-page board the crisis list is pinned to.</summary>
public enum CrisisBoard
{
    /// <summary>A social worker: cases where they are the responsible worker or on the team.</summary>
    Worker,

    /// <summary>A specialist: cases where they are on the team.</summary>
    Specialist,

    /// <summary>A service manager: every case of the organisation.</summary>
    Manager,
}

/// <summary>
/// Cases with an unresolved crisis, pinned in red at the top of a board: for the case's responsible worker and team
/// members, and for every manager. Nobody else sees them (not another worker, not a worker with an emergency access).
/// </summary>
public sealed class CrisisBoardViewComponent(AccessScope scope, AppDbContext db) : ViewComponent
{
    public sealed record Model(CrisisBoard Board, IReadOnlyList<CrisisBoardRow> Rows);

    public async Task<IViewComponentResult> InvokeAsync(CrisisBoard board)
    {
        var user = HttpContext.User;
        var me = user.UserId() ?? string.Empty;
        var cases = scope.Cases(user);
        cases = board switch
        {
            CrisisBoard.Manager when user.IsInRole(Roles.ServiceManager) => cases,
            CrisisBoard.Worker when user.IsInRole(Roles.SocialWorker) =>
                cases.Where(c => c.ResponsibleWorkerId == me || c.Team.Any(t => t.UserId == me && t.RemovedAt == null)),
            CrisisBoard.Specialist when user.IsInRole(Roles.Specialist) =>
                cases.Where(c => c.Team.Any(t => t.UserId == me && t.RemovedAt == null)),
            _ => cases.Where(_ => false),
        };
        var rows = await CrisisData.BoardAsync(db, cases, HttpContext.RequestAborted);
        return rows.Count == 0 ? Content(string.Empty) : View("/Pages/Crisis/_CrisisBoard.cshtml", new Model(board, rows));
    }
}
