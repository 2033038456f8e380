using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Cases;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Compensation;

/// <summary>
/// Unit costs, procured prices and monthly compensation claims through the web host on PostgreSQL: the claim's rows and
/// amounts, freezing on submission, corrections as new versions with a reason, audit entries, roles, the board warning.
/// </summary>
public sealed class CompensationTests(WebFixture fixture) : CaseTest(fixture)
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private int _municipalityId;

    private async Task<(int ClientId, int EpisodeId, int ServiceId)> PersonAsync(string code, string first, string last, string serviceCode, ServiceUnit unit, string workerId)
    {
        var clientId = await WithDbAsync(async db =>
        {
            _municipalityId = await db.Organisations.Select(o => o.MunicipalityId).FirstAsync();
            if (!await db.Services.AnyAsync())
            {
                db.Services.AddRange(ServiceCatalogueSeed.Create(_municipalityId));
                await db.SaveChangesAsync();
            }

            var client = new Client(OrganisationId, new ClientDetails(PersonalCode.Parse(code, Today).Code, first, last, null, Gender.Male, _municipalityId, null, null, null, "lv",
                DisabilityGroup.II, null, null, [TargetGroup.AdultWithMentalDisorder], null), workerId, AppFactory.DefaultNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });
        var caseId = await CaseAsync(clientId, workerId, "2026/" + clientId.ToString("0000", CultureInfo.InvariantCulture), new DateOnly(2024, 1, 10));
        return await WithDbAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Code == serviceCode);
            var episode = new ServiceEpisode(caseId, clientId, service.Id, null, new DateOnly(2024, 1, 10), null, "Biedrība");
            episode.MeasureIn(unit);
            db.ServiceEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return (clientId, episode.Id, service.Id);
        });
    }

    private Task<int> UnitsAsync((int ClientId, int EpisodeId, int ServiceId) p, ServiceUnit unit, decimal quantity, string workerId, params DateOnly[] days) =>
        WithDbAsync(async db =>
        {
            foreach (var day in days)
            {
                db.DeliveredUnits.Add(new DeliveredUnit(p.EpisodeId, p.ClientId, p.ServiceId, day, unit, quantity, UnitSource.Manual, null, workerId, AppFactory.DefaultNow));
            }

            await db.SaveChangesAsync();
            return 0;
        });

    private Task<int> CostAsync(ServiceType type, ServiceUnit unit, decimal amount, DateOnly from, DateOnly? to = null) =>
        WithDbAsync(async db =>
        {
            db.UnitCosts.Add(new UnitCost(type, unit, amount, from, to, null, "admin", AppFactory.DefaultNow));
            await db.SaveChangesAsync();
            return 0;
        });

    private static DateOnly Oct(int day) => new(2026, 10, day);

    /// <summary>Two persons in October: day care (the unit cost changes on 16 October) and procured home care (capped).</summary>
    private async Task<(HttpClient Manager, string WorkerId, (int ClientId, int EpisodeId, int ServiceId) DayCare, (int ClientId, int EpisodeId, int ServiceId) HomeCare)> OctoberAsync()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var dayCare = await PersonAsync("161175-19997", "Ņikita", "Žūriņš", "DAC", ServiceUnit.Day, workerId);
        var homeCare = await PersonAsync("010180-10018", "Ilze", "Ozola", "AM", ServiceUnit.Hour, workerId);
        await CostAsync(ServiceType.DayCareCentre, ServiceUnit.Day, 28.50m, new DateOnly(2024, 1, 1), Oct(15));
        await CostAsync(ServiceType.DayCareCentre, ServiceUnit.Day, 30.20m, Oct(16));
        await CostAsync(ServiceType.HomeCare, ServiceUnit.Hour, 11.40m, new DateOnly(2024, 1, 1));
        await UnitsAsync(dayCare, ServiceUnit.Day, 1, workerId, Oct(14), Oct(15), Oct(16), Oct(20));
        await UnitsAsync(homeCare, ServiceUnit.Hour, 2.5m, workerId, Oct(5), Oct(7));
        await WithDbAsync(async db =>
        {
            db.ProcuredPrices.Add(new ProcuredPrice(homeCare.EpisodeId, homeCare.ClientId, 12.90m, Oct(1), null, "JPP 2026/14", "manager", AppFactory.DefaultNow));
            await db.SaveChangesAsync();
            return 0;
        });
        return (manager, workerId, dayCare, homeCare);
    }

    private async Task<int> PrepareAsync(HttpClient manager, string month = "2026-10")
    {
        var response = await PostFormAsync(manager, "/Compensation/Claims", new() { ["Input.MunicipalityId"] = _municipalityId.ToString(CultureInfo.InvariantCulture), ["Input.Month"] = month });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_claim_is_computed_per_person_and_service_with_codes_not_names()
    {
        var (manager, _, _, _) = await OctoberAsync();

        var id = await PrepareAsync(manager);
        var page = await GetDocumentAsync(manager, "/Compensation/Claims/Details/" + id);

        var dayCare = page.QuerySelector("#claim-rows tr[data-person='161175-19997']")!;
        Assert.Equal("4", dayCare.QuerySelector("[data-col=units]")!.TextContent.Trim());
        Assert.Equal("117,40", dayCare.QuerySelector("[data-col=amount]")!.TextContent.Trim());  // 2 × 28,50 + 2 × 30,20
        Assert.Equal("28,50; 30,20", dayCare.QuerySelector("[data-col=unit-cost]")!.TextContent.Trim());
        var homeCare = page.QuerySelector("#claim-rows tr[data-person='010180-10018']")!;
        Assert.Equal("64,50", homeCare.QuerySelector("[data-col=actual]")!.TextContent.Trim());  // 5 h × 12,90
        Assert.Equal("57,00", homeCare.QuerySelector("[data-col=amount]")!.TextContent.Trim());  // capped at 11,40
        Assert.Equal("174,40", page.QuerySelector("#claim-total")!.TextContent.Trim());
        Assert.Equal("Draft", page.QuerySelector("#claim-status")!.GetAttribute("data-status"));
        Assert.DoesNotContain("Žūriņš", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_claim_is_frozen_and_a_correction_is_a_new_version_with_a_reason()
    {
        var (manager, workerId, dayCare, _) = await OctoberAsync();
        var id = await PrepareAsync(manager);
        var page = await GetDocumentAsync(manager, "/Compensation/Claims/Details/" + id);
        var version = page.QuerySelector("#submit-claim input[name=version]")!.GetAttribute("value")!;

        var submitted = await PostPairsAsync(manager, "/Compensation/Claims/Details/" + id, [new("version", version)], "Submit", page);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        // A unit added and one withdrawn after submission do not change the submitted claim.
        await UnitsAsync(dayCare, ServiceUnit.Day, 1, workerId, Oct(21), Oct(22));
        await WithDbAsync(async db =>
        {
            var unit = await db.DeliveredUnits.FirstAsync(u => u.ClientId == dayCare.ClientId && u.On == Oct(14));
            unit.Withdraw(workerId, AppFactory.DefaultNow, "Klients neieradās");
            return await db.SaveChangesAsync();
        });
        page = await GetDocumentAsync(manager, "/Compensation/Claims/Details/" + id);
        Assert.Equal("Submitted", page.QuerySelector("#claim-status")!.GetAttribute("data-status"));
        Assert.Equal("174,40", page.QuerySelector("#claim-total")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#submit-claim"));
        Assert.Equal(174.40m, await WithDbAsync(db => db.CompensationClaims.Where(c => c.Id == id).Select(c => c.Total).SingleAsync()));

        // A correction needs a reason.
        var refused = await PostPairsAsync(manager, "/Compensation/Claims/Details/" + id, [new("Reason", " ")], "NewVersion", page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(FieldError(await ParseAsync(refused), "Reason")));

        var started = await PostPairsAsync(manager, "/Compensation/Claims/Details/" + id, [new("Reason", "Labotas dienas aprūpes centra vienības")], "NewVersion", page);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var nextId = int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var next = await GetDocumentAsync(manager, "/Compensation/Claims/Details/" + nextId);
        Assert.Equal("2", next.QuerySelector("#claim-version")!.TextContent.Trim());
        Assert.Equal("Labotas dienas aprūpes centra vienības", next.QuerySelector("#claim-reason")!.TextContent.Trim());
        Assert.Equal("5", next.QuerySelector("#claim-rows tr[data-person='161175-19997'] [data-col=units]")!.TextContent.Trim());  // 4 - 1 + 2
        Assert.Equal("206,30", next.QuerySelector("#claim-total")!.TextContent.Trim());  // 28,50 + 4 × 30,20 + 57,00

        var submitNext = await PostPairsAsync(manager, "/Compensation/Claims/Details/" + nextId,
            [new("version", next.QuerySelector("#submit-claim input[name=version]")!.GetAttribute("value")!)], "Submit", next);
        Assert.Equal(HttpStatusCode.Redirect, submitNext.StatusCode);
        var statuses = await WithDbAsync(db => db.CompensationClaims.OrderBy(c => c.VersionNumber).Select(c => c.Status).ToListAsync());
        Assert.Equal([ClaimStatus.Superseded, ClaimStatus.Submitted], statuses);

        // Audit: the view of each person, the submission, the new version.
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.ClaimRead && a.ClientId == dayCare.ClientId);
        Assert.Contains(audit, a => a.Action == AuditActions.ClaimPrepare);
        Assert.Equal(2, audit.Count(a => a.Action == AuditActions.ClaimSubmit && a.ClientId == null));
        Assert.Contains(audit, a => a.Action == AuditActions.ClaimNewVersion && a.Details!.Contains("Labotas", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_and_pdf_totals_equal_the_sum_of_their_rows_and_exports_are_audited()
    {
        var (manager, _, dayCare, _) = await OctoberAsync();
        var id = await PrepareAsync(manager);

        var csvResponse = await manager.GetAsync(new Uri("/Compensation/Claims/Export/" + id + "?format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        var rows = lines.Where(l => l.StartsWith("161175-19997;", StringComparison.Ordinal) || l.StartsWith("010180-10018;", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        var lv = CultureInfo.GetCultureInfo("lv-LV");
        var sum = rows.Sum(r => decimal.Parse(r.Split(';')[^1].Trim('"'), lv));
        var total = decimal.Parse(lines.Single(l => l.StartsWith("Kopā;", StringComparison.Ordinal)).Split(';')[^1].Trim('"'), lv);
        Assert.Equal(174.40m, total);
        Assert.Equal(sum, total);
        Assert.DoesNotContain("Žūriņš", string.Join("\n", lines), StringComparison.Ordinal);

        var pdf = await manager.GetByteArrayAsync(new Uri("/Compensation/Claims/Export/" + id + "?format=pdf", UriKind.Relative));
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(Path.Combine(keep, "compensation-claim.pdf"), pdf);
        }

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("161175-19997", text, StringComparison.Ordinal);
        Assert.Contains("117,40", text, StringComparison.Ordinal);
        foreach (var cell in new[] { "010180-10018", "Aprūpe", "64,50", "57,00", "Kopā", "174,40" })
        {
            Assert.Contains(cell, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Žūriņš", text, StringComparison.Ordinal);

        var exports = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ClaimExport).ToListAsync());
        Assert.Contains(exports, a => a.ClientId == dayCare.ClientId && a.Details!.Contains("csv", StringComparison.Ordinal));
        Assert.Contains(exports, a => a.ClientId == null && a.Details!.Contains("pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_an_administrator_sets_unit_costs_and_an_overlapping_period_is_refused_with_the_period()
    {
        await SetUpOrganisationAsync();
        var admin = await SignedInAsync(Roles.Administrator, "admin");
        var manager = await SignedInAsync(Roles.ServiceManager, "manager");
        Dictionary<string, string> Form(string from, string amount, bool replace = false) => new()
        {
            ["Input.Type"] = "DayCareCentre", ["Input.Unit"] = "Day", ["Input.Amount"] = amount, ["Input.ValidFrom"] = from,
            ["Input.ReplaceCurrent"] = replace ? "true" : "false",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/Compensation/UnitCosts?handler=Add", Form("2026-01-01", "28,50"), pageUrl: "/Compensation/UnitCosts")).StatusCode);

        var overlap = await PostFormAsync(admin, "/Compensation/UnitCosts?handler=Add", Form("2026-07-01", "30,20"), pageUrl: "/Compensation/UnitCosts");
        Assert.Equal(HttpStatusCode.OK, overlap.StatusCode);
        Assert.Contains("01.01.2026", FieldError(await ParseAsync(overlap), "Input.ValidFrom"), StringComparison.Ordinal);

        var badAmount = await PostFormAsync(admin, "/Compensation/UnitCosts?handler=Add", Form("2026-07-01", "-3"), pageUrl: "/Compensation/UnitCosts");
        Assert.False(string.IsNullOrWhiteSpace(FieldError(await ParseAsync(badAmount), "Input.Amount")));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/Compensation/UnitCosts?handler=Add", Form("2026-07-01", "30,20", replace: true), pageUrl: "/Compensation/UnitCosts")).StatusCode);
        var costs = await WithDbAsync(db => db.UnitCosts.OrderBy(c => c.ValidFrom).ToListAsync());
        Assert.Equal(new DateOnly(2026, 6, 30), costs[0].ValidTo);
        Assert.Equal(30.20m, costs[1].Amount);
        Assert.Null(costs[1].ValidTo);

        var managerPage = await GetDocumentAsync(manager, "/Compensation/UnitCosts");
        Assert.Equal(2, managerPage.QuerySelectorAll("#unit-costs tbody tr").Length);
        Assert.Null(managerPage.QuerySelector("#unit-cost-form"));
        var forbidden = await PostPairsAsync(manager, "/Compensation/UnitCosts", Form("2027-01-01", "31,00"), "Add", managerPage);
        AssertAccessDenied(forbidden);
        Assert.Equal(2, await WithDbAsync(db => db.UnitCosts.CountAsync()));
        Assert.Contains(await WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()), a => a == AuditActions.UnitCostChange);
    }

    [Fact]
    public async Task The_managers_board_warns_three_months_before_a_persons_two_years_end()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var nearEnd = await PersonAsync("161175-19997", "Gunta", "Ābele", "GD", ServiceUnit.Month, workerId);
        var newer = await PersonAsync("010180-10018", "Ilze", "Ozola", "GD", ServiceUnit.Month, workerId);
        await CostAsync(ServiceType.GroupApartment, ServiceUnit.Month, 640m, new DateOnly(2023, 1, 1));
        // first month January 2025: the last compensated month is December 2026, one month after today's November
        for (var month = new DateOnly(2025, 1, 1); month <= new DateOnly(2026, 11, 1); month = month.AddMonths(1))
        {
            await UnitsAsync(nearEnd, ServiceUnit.Month, 1, workerId, month);
        }

        await UnitsAsync(newer, ServiceUnit.Month, 1, workerId, new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 1));

        var board = await GetDocumentAsync(manager, "/");

        var warning = board.QuerySelector($"#compensation-cap [data-cap-client='{nearEnd.ClientId}']");
        Assert.NotNull(warning);
        Assert.Contains("2026. gada decembris", warning.TextContent, StringComparison.Ordinal);
        Assert.Null(board.QuerySelector($"#compensation-cap [data-cap-client='{newer.ClientId}']"));
    }
}
