using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Staff;

/// <summary>The workload page: open cases and hours per worker, the staffing norm from the municipality's population.</summary>
public sealed class WorkloadTests(WebFixture fixture) : StaffTest(fixture)
{
    private static string Cell(AngleSharp.Html.Dom.IHtmlDocument page, string worker, string column) =>
        page.QuerySelector($"#workload tr[data-worker='{worker}'] [data-col={column}]")?.TextContent.Trim() ?? "(missing)";

    [Fact]
    public async Task Each_worker_shows_open_cases_and_the_hours_of_sessions_led_and_appointments_given()
    {
        await SetUpOrganisationAsync();
        var marta = (await UserAsync(Roles.SocialWorker, "marta.kalnina")).Id;
        var sandra = (await UserAsync(Roles.SocialWorker, "sandra.ozolina")).Id;
        var peteris = (await UserAsync(Roles.Specialist, "peteris.kalnins")).Id;
        for (var i = 1; i <= 3; i++)
        {
            await CaseAsync(await ClientAsync("Klients" + i, "Ozols", marta), marta, "2026/000" + i, D(1, i), peteris);
        }

        await CaseAsync(await ClientAsync("Klients", "Liepa", sandra), sandra, "2026/0009", D(2, 1));
        var group = await GroupAsync();
        await SessionAsync(group, D(11, 3), new TimeOnly(17, 0), new TimeOnly(18, 30), [peteris], 2, 1);
        await SessionAsync(group, D(10, 6), new TimeOnly(17, 0), new TimeOnly(18, 30), [peteris], 2, 0, actual: (new TimeOnly(17, 0), new TimeOnly(18, 0)));
        await SessionAsync(group, D(11, 10), new TimeOnly(17, 0), new TimeOnly(18, 30), [peteris], 2, 0, held: false);
        var client = await ClientAsync("Ilga", "Bērziņa", marta);
        await AppointmentAsync(peteris, client, Riga(11, 5, 10), 30, AttendanceStatus.Present);
        await AppointmentAsync(peteris, client, Riga(11, 12, 10), 60, AttendanceStatus.Absent);
        await AppointmentAsync(peteris, client, Riga(3, 12, 10), 60, AttendanceStatus.Present);

        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var page = await GetDocumentAsync(manager, "/Staff/Workload");

        Assert.Equal("3", Cell(page, marta, "responsible"));
        Assert.Equal("1", Cell(page, sandra, "responsible"));
        Assert.Equal("3", Cell(page, peteris, "team"));
        Assert.Equal("1", Cell(page, peteris, "sessions")); // the November session held; the planned one not yet
        Assert.Equal("1,5", Cell(page, peteris, "group-hours"));
        Assert.StartsWith("0,5", Cell(page, peteris, "appointment-hours"), StringComparison.Ordinal); // the missed one does not count
        Assert.Equal("2,5", Cell(page, peteris, "year-group-hours")); // 90 + 60 minutes
        Assert.Equal("1,5", Cell(page, peteris, "year-appointment-hours"));
        Assert.StartsWith("150", Cell(page, marta, "ratio"), StringComparison.Ordinal); // 3 cases against a mean of 2
        Assert.NotNull(page.QuerySelector($"#workload tr[data-worker='{marta}'] [data-overloaded]"));

        // October: only the October session.
        var october = await GetDocumentAsync(manager, "/Staff/Workload?month=2026-10");
        Assert.Equal("1", Cell(october, peteris, "group-hours"));
        Assert.Equal("1", Cell(october, peteris, "year-group-hours"));

        // A month in the future is refused with a message, and the current month is shown.
        var future = await GetDocumentAsync(manager, "/Staff/Workload?month=2027-01");
        Assert.False(string.IsNullOrEmpty(FieldError(future, "month")));
        Assert.Equal("2026-11", future.QuerySelector("#month")!.GetAttribute("value"));
        Assert.Contains(await AuditAsync("staff.workload"), a => a.EntityId == "2026-11");
    }

    [Fact]
    public async Task The_norm_comes_from_the_population_a_manager_sets_and_the_social_work_specialists_employed()
    {
        await SetUpOrganisationAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var page = await GetDocumentAsync(manager, "/Staff/Workload");
        Assert.Equal("unknown", page.QuerySelector("#norm-status")!.GetAttribute("data-met"));

        var social = await PositionAsync();
        var psychologist = await PositionAsync("Psihologs", "2634 01", PositionCategory.Other, specialist: false);
        await StaffMemberAsync("Marta", "Kalniņa", social);
        await StaffMemberAsync("Sandra", "Ozoliņa", social);
        await StaffMemberAsync("Pēteris", "Kalniņš", psychologist);
        await WithDbAsync(async db =>
        {
            db.StaffMembers.Add(new StaffMember(OrganisationId, new StaffDetails("Olga", "Šmite", null, social, D(1, 1, 2018), D(6, 30), false, null)));
            return await db.SaveChangesAsync();
        });

        // bad input: a message next to each field, nothing saved
        var bad = await PostPairsAsync(manager, "/Staff/Workload", [new("Input.Population", "0"), new("Input.Year", "2031"), new("Input.Version", Value(page, "Input.Version"))], "Population", page);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await ParseAsync(bad);
        Assert.False(string.IsNullOrEmpty(FieldError(badPage, "Input.Population")));
        Assert.False(string.IsNullOrEmpty(FieldError(badPage, "Input.Year")));
        Assert.Null(await WithDbAsync(db => db.Municipalities.Select(m => m.Population).FirstAsync()));

        var saved = await PostPairsAsync(manager, "/Staff/Workload", [new("Input.Population", "5400"), new("Input.Year", "2026"), new("Input.Version", Value(page, "Input.Version"))], "Population", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await GetDocumentAsync(manager, "/Staff/Workload");
        Assert.Equal("false", page.QuerySelector("#norm-status")!.GetAttribute("data-met"));
        Assert.Contains("4", page.QuerySelector("#norm-status")!.TextContent, StringComparison.Ordinal); // 6 needed, 2 employed
        Assert.Contains("Marta Kalniņa", page.QuerySelector("#specialists")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Olga", page.QuerySelector("#specialists")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pēteris", page.QuerySelector("#specialists")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("staff.population"), a => a.Details == "- -> 5400 (2026)");

        // a stale form is refused, the newer figure kept
        var stale = await PostPairsAsync(manager, "/Staff/Workload", [new("Input.Population", "9999"), new("Input.Year", "2026"), new("Input.Version", "1")], "Population", page);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotEmpty((await ParseAsync(stale)).QuerySelector(".validation-summary-errors")?.TextContent ?? string.Empty);
        Assert.Equal(5400, await WithDbAsync(db => db.Municipalities.Select(m => m.Population).FirstAsync()));

        var met = await PostPairsAsync(manager, "/Staff/Workload", [new("Input.Population", "1800"), new("Input.Year", "2026"), new("Input.Version", Value(page, "Input.Version"))], "Population", page);
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        Assert.Equal("true", (await GetDocumentAsync(manager, "/Staff/Workload")).QuerySelector("#norm-status")!.GetAttribute("data-met"));
    }

    [Fact]
    public async Task Auditors_read_the_workload_but_cannot_set_the_population_and_workers_cannot_open_it()
    {
        await SetUpOrganisationAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "janis.liepins");
        var page = await GetDocumentAsync(auditor, "/Staff/Workload");
        Assert.Null(page.QuerySelector("#population-form"));
        AssertAccessDenied(await PostPairsAsync(auditor, "/Staff/Workload", [new("Input.Population", "100"), new("Input.Year", "2026"), new("Input.Version", "0")], "Population", page));
        Assert.Null(await WithDbAsync(db => db.Municipalities.Select(m => m.Population).FirstAsync()));
        var worker = await SignedInAsync(Roles.SocialWorker, "sandra.ozolina");
        AssertAccessDenied(await worker.GetAsync(new Uri("/Staff/Workload", UriKind.Relative)));
    }
}
