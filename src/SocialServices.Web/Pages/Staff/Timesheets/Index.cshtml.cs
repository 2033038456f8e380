using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff.Timesheets;

/// <summary>
/// Managers and auditors: everyone's month (hours, clients served, approval) and the ended months still awaiting
/// approval. Anyone else goes to their own timesheet.
/// </summary>
public sealed class IndexModel(SocialServices.Web.Staff.Timesheets timesheets, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>How many ended months back the "awaiting approval" list looks.</summary>
    public const int MonthsBack = 3;

    public IReadOnlyList<TimesheetSummary> Rows { get; private set; } = [];

    public IReadOnlyList<TimesheetSummary> Awaiting { get; private set; } = [];

    public TimesheetMonth Month { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        if (!StaffAccess.ReadsAllTimesheets(User))
        {
            return RedirectToPage("Sheet", new { month });
        }

        Today = LatvianTime.Today(clock);
        Month = TimesheetMonth.Parse(month) ?? TimesheetMonth.Of(Today).Previous;
        Rows = await timesheets.SummariesAsync(Month, ct);
        Awaiting = await timesheets.AwaitingApprovalAsync(Today, MonthsBack, ct);
        await audit.WriteAsync(AuditActions.TimesheetRead, "timesheet", null, "list " + Month, ct: ct);
        return Page();
    }

    public string Label(TimesheetMonth month) => t["Timesheets.MonthLabel", t["Timesheets.Month." + month.Month].Value, month.Year].Value;
}
