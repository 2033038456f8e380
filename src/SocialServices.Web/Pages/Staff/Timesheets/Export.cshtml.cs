using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Reports.Documents;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Audit;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff.Timesheets;

/// <summary>
/// A month's timesheet as a PDF (Latvian, with the organisation's header and signature lines) or CSV (UTF-8 with BOM,
/// semicolons). It leaves the organisation, so it holds client counts and group names, never client names or notes.
/// Audited.
/// </summary>
public sealed class ExportModel(SocialServices.Web.Staff.Timesheets timesheets, OrganisationInfo organisation, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? user, string? month, string? format, CancellationToken ct)
    {
        var me = User.UserId();
        var userId = string.IsNullOrWhiteSpace(user) ? me : user;
        if (userId is null || (userId != me && !StaffAccess.ReadsAllTimesheets(User)))
        {
            return NotFound();
        }

        var today = LatvianTime.Today(clock);
        var period = TimesheetMonth.Parse(month) ?? TimesheetMonth.Of(today);
        var view = await timesheets.MonthAsync(userId, period, ct);
        if (view is null)
        {
            return NotFound();
        }

        // The file is Latvian whatever the interface language (an official record for pay).
        CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        await audit.WriteAsync(AuditActions.TimesheetExport, "timesheet", userId + "/" + period, csv ? "csv" : "pdf", ct: ct);
        var fileName = FileName(view.FullName, period);
        return csv
            ? File(Csv(view), "text/csv; charset=utf-8", fileName + ".csv")
            : File(TimesheetDocument.Compose(Report(view, await organisation.NameAsync(ct), User.FullName(), clock.GetUtcNow())), "application/pdf", fileName + ".pdf");
    }

    private TimesheetReport Report(TimesheetView view, string organisationName, string by, DateTimeOffset now) => new(
        organisationName,
        by,
        now,
        view.FullName,
        view.Position,
        view.Sheet.Month.Year,
        view.Sheet.Month.Month,
        view.Sheet.Days.SelectMany(d => d.Items).Select(i => new TimesheetReportLine(i.Date, Activity(i.Activity), Description(i), i.Minutes, i.ClientsServed)).ToList(),
        view.Sheet.Totals.Select(a => new TimesheetReportTotal(Activity(a.Activity), a.Count, a.Minutes, a.ClientsServed)).ToList(),
        view.Sheet.TotalMinutes,
        view.Sheet.TotalClientsServed,
        view.Approval is { Approved: true } a1 ? a1.ApprovedBy : null,
        view.Approval is { Approved: true } a2 ? a2.ApprovedAt : null);

    private byte[] Csv(TimesheetView view)
    {
        var culture = Cultures.LatvianCulture;
        string H(int minutes) => MonthlyTimesheet.Hours(minutes).ToString("0.00", culture);
        var csv = new CsvFormat()
            .Line(t["Timesheets.Csv.Specialist"], view.FullName)
            .Line(t["Timesheets.Csv.Position"], view.Position)
            .Line(t["Timesheets.Csv.Month"], view.Sheet.Month.ToString())
            .Line(t["Timesheets.Csv.Status"], view.Approval is { Approved: true } a ? t["Timesheets.Csv.Approved", a.ApprovedBy ?? "", a.ApprovedAt?.ToLatvian().ToString("dd.MM.yyyy", culture) ?? ""].Value : t["Timesheets.StatusOpen"].Value)
            .Line()
            .Line(t["Timesheets.Date"], t["Timesheets.Activity"], t["Timesheets.Description"], t["Timesheets.Minutes"], t["Timesheets.Hours"], t["Timesheets.Clients"]);
        foreach (var item in view.Sheet.Days.SelectMany(d => d.Items))
        {
            csv.Line(item.Date.ToString("dd.MM.yyyy", culture), Activity(item.Activity), Description(item), item.Minutes.ToString(culture), H(item.Minutes), item.ClientsServed.ToString(culture));
        }

        csv.Line(t["Timesheets.Total"], null, null, view.Sheet.TotalMinutes.ToString(culture), H(view.Sheet.TotalMinutes), view.Sheet.TotalClientsServed.ToString(culture));
        return csv.ToBytes();
    }

    private string Activity(TimesheetActivity activity) => t["Timesheets.Activity." + activity].Value;

    /// <summary>Group names only: notes of other work are free text and stay inside the organisation.</summary>
    private static string? Description(TimesheetItem item) => item.Activity == TimesheetActivity.GroupSession ? item.Description : null;

    private static string FileName(string name, TimesheetMonth month)
    {
        var folded = new string(SocialServices.Domain.Common.TextFolding.Fold(name).Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return $"darba-laiks-{folded}-{month}";
    }
}
