using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;

namespace SocialServices.Web.Pages.Attendance;

/// <summary>The case page's attendance section: the client's summary (groups, services, warnings), recent appointments, "record an appointment".</summary>
public sealed class CaseAttendanceViewComponent(AccessScope scope, AttendanceSummaries summaries) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var caseFile = await scope.CaseAsync(user, caseId, ct);
        if (caseFile is null)
        {
            return Content(string.Empty);
        }

        var attendance = await summaries.ForClientAsync(caseFile.ClientId, ct);
        var canRecord = !caseFile.IsArchived && await AttendanceAccess.RecordsAppointmentsAsync(scope, user, caseFile.ClientId, ct);
        return View("~/Pages/Attendance/Components/CaseAttendance.cshtml", new CaseAttendanceView(caseFile.Id, caseFile.ClientId, attendance, canRecord));
    }
}

/// <summary>What the case page's attendance section shows.</summary>
public sealed record CaseAttendanceView(int CaseId, int ClientId, ClientAttendance Attendance, bool CanRecord);
