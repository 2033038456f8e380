using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff.Timesheets;

/// <summary>
/// Managers and auditors: everyone's month (hours, clients served, approval) and the ended months still awaiting
/// approval. Anyone else sees only their own month here.
/// </summary>
public sealed class IndexModel(SocialServices.Web.Staff.Timesheets timesheets, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>How many ended months back the "awaiting approval" list looks.</summary>
    public const int MonthsBack = 3;

    public IReadOnlyList<TimesheetSummary> Rows { get; private set; } = [];

    public IReadOnlyList<TimesheetSummary> Awaiting { get; private set; } = [];

    public TimesheetMonth Month { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Managers and auditors see everyone; others only themselves.</summary>
    public bool AllPeople { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        Today = LatvianTime.Today(clock);
        Month = TimesheetMonth.Parse(month) ?? TimesheetMonth.Of(Today).Previous;
        AllPeople = StaffAccess.ReadsAllTimesheets(User);
        if (AllPeople)
        {
            Rows = await timesheets.SummariesAsync(Month, ct);
            Awaiting = await timesheets.AwaitingApprovalAsync(Today, MonthsBack, ct);
        }
        else
        {
            // Everyone else sees their own month only.
            var me = User.UserId();
            Rows = (await timesheets.SummariesAsync(Month, ct)).Where(r => r.UserId == me).ToList();
        }

        await audit.WriteAsync(AuditActions.TimesheetRead, "timesheet", null, "list " + Month, ct: ct);
        return Page();
    }

    public string Label(TimesheetMonth month) => t["Timesheets.MonthLabel", t["Timesheets.Month." + month.Month].Value, month.Year].Value;
}
