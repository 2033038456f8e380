using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Audit;

namespace SocialServices.Web.Tests.Audit;

public sealed class AuditCsvTests(WebFixture fixture) : WebTest(fixture)
{
    private const string Header =
        "Nr.;Laiks;Lietotājs;\"Vārds, uzvārds\";Darbība;Darbības apraksts;Klienta ID;Lietas ID;Ieraksts;Informācija;Iemesls;IP adrese";

    [Fact]
    public async Task The_csv_is_utf8_with_bom_semicolons_a_latvian_header_quoting_and_no_formulas_and_is_audited()
    {
        await WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
            await AuditTestData.EntryAsync(db, at, "ilze.vitola", AuditActions.ClientRead, 7);
            await AuditTestData.EntryAsync(db, at.AddMinutes(1), "@attacker", AuditActions.CaseRead, 7, 12,
                reason: "-2+3 iemesls; ar \"pēdiņām\"\nun otru rindu",
                details: "=HYPERLINK(\"http://evil.example\";\"Klikšķini\")");
            await AuditTestData.EntryAsync(db, at.AddMinutes(2), "ilze.vitola", AuditActions.ClientRead, 8);
            return 0;
        });
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var response = await auditor.GetAsync(new Uri("/Audit?handler=Csv&clientId=7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("audita-zurnals-2026-11-23.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, true).GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Equal(Header, lines[0]);
        // Oldest first; only client 7; times in Riga (UTC+2 in March).
        Assert.Equal("1;02.03.2026 12:00:00;ilze.vitola;;client.read;Skatīja klienta datus;7;;client 7;;;", lines[1]);
        Assert.Equal(
            "2;02.03.2026 12:01:00;'@attacker;;case.read;Skatīja lietu;7;12;client 7;" +
            "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klikšķini\"\")\";" +
            "\"'-2+3 iemesls; ar \"\"pēdiņām\"\"\nun otru rindu\";",
            lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal(4, lines.Length);

        var export = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.AuditLogExport));
        Assert.Equal("janis.auditor", export.ActorName);
        Assert.Equal("rows=2; client=7", export.Details);
    }

    [Fact]
    public async Task The_csv_link_on_the_page_carries_the_filters()
    {
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var page = await GetDocumentAsync(auditor, "/Audit?actor=ilze&clientId=7&action=client.&from=2026-03-01");

        var href = page.QuerySelector("#audit-export-csv")!.GetAttribute("href")!;
        Assert.StartsWith("/Audit?", href, StringComparison.Ordinal);
        foreach (var part in new[] { "handler=Csv", "actor=ilze", "clientId=7", "action=client.", "from=2026-03-01" })
        {
            Assert.Contains(part, href, StringComparison.Ordinal);
        }

        Assert.Equal("Eksportēt CSV", page.QuerySelector("#audit-export-csv")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("parasts teksts", "parasts teksts")]
    [InlineData("Bērziņš", "Bērziņš")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("teica \"jā\"", "\"teica \"\"jā\"\"\"")]
    [InlineData("rinda\r\nrinda", "\"rinda\r\nrinda\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+371 29 123 456", "'+371 29 123 456")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=cmd|' /C calc'!A0;x", "\"'=cmd|' /C calc'!A0;x\"")]
    public void A_cell_is_quoted_when_needed_and_never_starts_a_formula(string? value, string expected) =>
        Assert.Equal(expected, CsvFormat.Cell(value));
}
