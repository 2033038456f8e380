using System.Net;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>The functional assessment's radar chart on the page (SVG, with earlier assessments overlaid) and in the PDF.</summary>
public sealed class RadarAndExportTests(WebFixture fixture) : AssessmentTest(fixture)
{
    private static async Task<int> FunctionalAsync(HttpClient client, int caseId, DateOnly on, params int[] scores)
    {
        var id = await StartAsync(client, caseId, AssessmentKind.Functional, on);
        var response = await EditAsync(client, id, "complete", scores.Select((v, i) => ($"Input.Scores[{i}].Score", v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    [Fact]
    public async Task The_page_draws_the_chart_as_accessible_svg_with_the_earlier_assessment_overlaid_and_a_table_of_the_scores()
    {
        var s = await SetUpAsync();
        var earlier = await FunctionalAsync(s.Worker, s.CaseId, Today.AddDays(-8), 2, 2, 1, 1, 3, 2, 1, 2, 3, 2);
        var later = await FunctionalAsync(s.Worker, s.CaseId, Today.AddDays(-1), 4, 5, 3, 3, 3, 3, 2, 3, 4, 3);

        var page = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{later}");
        var svg = page.QuerySelector("svg#radar");
        Assert.NotNull(svg);
        Assert.Equal("img", svg!.GetAttribute("role"));
        Assert.Equal("radar-title radar-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Contains("22.11.2026", Text(svg.QuerySelector("title")), StringComparison.Ordinal);
        var description = Text(svg.QuerySelector("desc"));
        Assert.Contains("Pašaprūpe 4, Mobilitāte 5", description, StringComparison.Ordinal);
        Assert.Contains("15.11.2026: Pašaprūpe 2, Mobilitāte 2", description, StringComparison.Ordinal);
        Assert.Equal(10, svg.QuerySelectorAll(".radar-labels text").Length);
        Assert.Equal(5, svg.QuerySelectorAll(".radar-web polygon").Length);

        // Two series: this one closed and filled, the earlier one dashed; a legend row each with its date.
        var current = svg.QuerySelector("[data-series='0'] polygon")!;
        var overlay = svg.QuerySelector("[data-series='1'] polygon")!;
        Assert.Equal("#0b3d91", current.GetAttribute("stroke"));
        Assert.NotNull(current.GetAttribute("fill-opacity"));
        Assert.Null(current.GetAttribute("stroke-dasharray"));
        Assert.Equal("7 4", overlay.GetAttribute("stroke-dasharray"));
        Assert.Equal(["22.11.2026 (šis novērtējums)", "15.11.2026"], svg.QuerySelectorAll(".radar-legend text").Select(Text));

        // The first point of each: straight up from the centre at 4/5 and 2/5 of the radius (170).
        var first = current.GetAttribute("points")!.Split(' ')[0].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var firstEarlier = overlay.GetAttribute("points")!.Split(' ')[0].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(340, first[0], 2);
        Assert.Equal(170 * 2 / 5.0, firstEarlier[1] - first[1], 2);

        var header = page.QuerySelectorAll("#score-table thead th").Select(Text).ToList();
        Assert.Equal(["Joma", "22.11.2026", "15.11.2026", "Komentārs"], header);
        Assert.Equal(["4", "2"], page.QuerySelectorAll("#score-table tbody tr:first-child td.text-end").Select(Text));

        // The earlier assessment's own page has nothing earlier to overlay.
        var earlierPage = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{earlier}");
        Assert.Empty(earlierPage.QuerySelectorAll("svg#radar [data-series='1']"));
        Assert.Single(earlierPage.QuerySelectorAll("svg#radar .radar-legend text"));
    }

    [Fact]
    public async Task The_pdf_has_the_headings_the_scores_and_the_chart_in_latvian_and_the_export_is_audited()
    {
        var s = await SetUpAsync();
        await FunctionalAsync(s.Worker, s.CaseId, Today.AddDays(-8), 2, 2, 1, 1, 3, 2, 1, 2, 3, 2);
        var id = await FunctionalAsync(s.Worker, s.CaseId, Today.AddDays(-1), 4, 5, 3, 3, 3, 3, 2, 3, 4, 3);
        var auditor = await SignedInAsync(Web.Identity.Roles.Auditor, "janis.liepins");

        var response = await auditor.GetAsync(new Uri($"/Assessments/Export/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, "assessment-export.pdf"), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Funkcionālās novērtēšanas skala („zirneklis”)", text, StringComparison.Ordinal);
        Assert.Contains("Klients: Agnese Kalēja", text, StringComparison.Ordinal);
        Assert.Contains("Funkcionēšanas jomu vērtējums", text, StringComparison.Ordinal);
        Assert.Contains("Emocionālā labklājība", text, StringComparison.Ordinal);
        Assert.Contains("22.11.2026 (šis novērtējums)", text, StringComparison.Ordinal); // the chart's legend
        Assert.Contains("Pašaprūpe 4 2", text, StringComparison.Ordinal); // the table: this and the earlier score
        Assert.Contains("Identificētās problēmas", text, StringComparison.Ordinal);
        Assert.Contains("Versiju vēsture", text, StringComparison.Ordinal);

        var export = Assert.Single(await AuditAsync(AuditActions.AssessmentExport));
        Assert.Equal((s.ClientId, s.CaseId), (export.ClientId!.Value, export.CaseFileId!.Value));
        Assert.Equal("janis.liepins", export.ActorName);
    }
}
