using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class AssessmentDocumentTests
{
    /// <summary>05.03.2026 14:30 in Riga.</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 3, 5, 12, 30, 0, TimeSpan.Zero);

    private static readonly int[] Current = [4, 5, 3, 3, 3, 3, 2, 3, 4, 3];

    private static readonly int?[] Earlier = [3, 5, 2, 1, 3, 2, 1, 2, 3, null];

    private static readonly string[] Domains = ["Pašaprūpe", "Mobilitāte", "Mājsaimniecība", "Finanses", "Veselība", "Sociālie kontakti", "Izglītība / darbs", "Brīvais laiks", "Drošība", "Emocionālā labklājība"];

    /// <summary>
    /// A radar drawing as the web application hands it over: ten axes clockwise from the top, radius 170 in a 680-wide
    /// frame, values drawn at radius·v/5 (the Domain's geometry, recomputed here so the test stands alone).
    /// </summary>
    internal static RadarDrawing Drawing(params (string Label, int[] Values, string Colour, float[] Dash)[] series)
    {
        const float Radius = 170f;
        var centre = new RadarDrawingPoint(340, 46 + Radius);
        RadarDrawingPoint At(int axis, float r)
        {
            var angle = (-90 + (36.0 * axis)) * Math.PI / 180;
            return new RadarDrawingPoint(centre.X + (float)(r * Math.Cos(angle)), centre.Y + (float)(r * Math.Sin(angle)));
        }

        var rings = Enumerable.Range(1, 5).Select(v => new RadarDrawingRing(v, Enumerable.Range(0, 10).Select(a => At(a, Radius * v / 5)).ToList(), new RadarDrawingPoint(centre.X + 4, centre.Y - (Radius * v / 5) - 2))).ToList();
        var axes = Enumerable.Range(0, 10).Select(a =>
        {
            var label = At(a, Radius + 12);
            var cos = Math.Cos((-90 + (36.0 * a)) * Math.PI / 180);
            var alignment = cos > 0.2 ? CellAlignment.Left : cos < -0.2 ? CellAlignment.Right : CellAlignment.Center;
            return new RadarDrawingAxis(At(a, Radius), alignment, [new RadarDrawingText(Domains[a], new RadarDrawingPoint(label.X, label.Y + 4))]);
        }).ToList();
        var drawn = series.Select(s =>
        {
            var points = s.Values.Select((v, a) => At(a, Radius * v / 5)).ToList();
            return new RadarDrawingSeries(s.Colour, s.Dash.Length == 0 ? s.Colour : null, 0.18f, s.Dash, 2.5f, s.Dash.Length == 0 ? RadarDrawingMarker.Circle : RadarDrawingMarker.Square, 4, points, [points], true);
        }).ToList();
        var legendTop = centre.Y + Radius + 54;
        var legend = series.Select((s, i) => new RadarDrawingLegendRow(i, s.Label, new RadarDrawingPoint(158, legendTop + (i * 20)), new RadarDrawingPoint(190, legendTop + (i * 20)), new RadarDrawingPoint(198, legendTop + (i * 20) + 4))).ToList();
        return new RadarDrawing(680, legendTop + (series.Length * 20) + 8, 12, centre, rings, axes, drawn, legend, new RadarDrawingColours("#c3cad3", "#aab3bd", "#1f2328", "#59636e"));
    }

    internal static AssessmentReport Functional() => new(
        "Biedrība „Atbalsts ģimenei”",
        "Sandra Ozoliņa",
        GeneratedAt,
        "Edgars Rozenbergs",
        "120583-11234",
        "2026/0014",
        "Funkcionālās novērtēšanas skala („zirneklis”)",
        new DateOnly(2026, 3, 2),
        "Marta Kalniņa",
        "Pabeigts",
        2,
        "Sajaukti mobilitātes un mājsaimniecības vērtējumi",
        "02.03.2026 15:10, Marta Kalniņa",
        null,
        null,
        new AssessmentReportFunctional(
            "Katru jomu vērtē skalā no 1 līdz 5: 1 — pilnīgi atkarīgs no citu palīdzības; 5 — patstāvīgs, grūtību nav.",
            Drawing(("02.03.2026 (šis novērtējums)", [4, 5, 3, 3, 3, 3, 2, 3, 4, 3], "#0b3d91", []), ("08.09.2025", [3, 5, 2, 1, 3, 2, 1, 2, 3, 2], "#b54708", [7, 4])),
            ["02.03.2026", "08.09.2025"],
            Domains.Select((d, i) => new AssessmentReportScore(d, [Current[i], Earlier[i]], i == 3 ? "Izveidots budžeta plāns, parādu atmaksas grafiks" : null)).ToList()),
        null,
        null,
        [new AssessmentReportProblem("Nespēj pārvaldīt savus finanšu līdzekļus", "Nav budžeta plānošanas prasmju; nomākts garastāvoklis", "Augsts")],
        [new AssessmentReportVersion(1, "Aizstāts ar jaunāku versiju", new DateOnly(2026, 3, 2), "Marta Kalniņa", null), new AssessmentReportVersion(2, "Spēkā esošā", new DateOnly(2026, 3, 2), "Marta Kalniņa", "Sajaukti mobilitātes un mājsaimniecības vērtējumi")]);

    [Fact]
    public void A_functional_assessment_has_its_header_the_chart_with_every_axis_and_the_legend_and_the_scores_table()
    {
        var pdf = AssessmentDocument.Compose(Functional());
        Keep("assessment-functional.pdf", pdf);

        using var reader = new PdfReader(pdf);
        var text = string.Join(" ", reader.PageTexts());
        Assert.Equal("Novērtējums: Funkcionālās novērtēšanas skala („zirneklis”)", reader.Document.Information.Title);
        Assert.Contains("Klients: Edgars Rozenbergs", text, StringComparison.Ordinal);
        Assert.Contains("Lieta: Nr. 2026/0014", text, StringComparison.Ordinal);
        Assert.Contains("Versija: 2", text, StringComparison.Ordinal);
        Assert.Contains("Labojuma iemesls: Sajaukti mobilitātes un mājsaimniecības vērtējumi", text, StringComparison.Ordinal);
        Assert.Contains("Funkcionēšanas jomu vērtējums", text, StringComparison.Ordinal);

        // The chart: every axis label, the ring values and both legend rows are on the first page, above the table.
        var page = reader.Pages[0];
        var words = page.GetWords().ToList();
        var legend = reader.Find("08.09.2025");
        Assert.Equal(1, legend.Page);
        foreach (var domain in new[] { "Pašaprūpe", "Mobilitāte", "Finanses", "Drošība" })
        {
            Assert.Contains(words, w => w.Text == domain); // an axis label of the chart on the first page
            Assert.Equal(2, reader.Words().Count(w => w.Word.Text == domain)); // and a row of the table
        }

        var selfCare = words.Where(w => w.Text == "Pašaprūpe").OrderByDescending(w => w.BoundingBox.Top).ToList();
        var security = words.First(w => w.Text == "Drošība");
        Assert.True(selfCare[0].BoundingBox.Top > security.BoundingBox.Top, "the first axis label is at the top of the chart");
        Assert.Contains(words, w => w.Text == "(šis" && w.BoundingBox.Top > selfCare[1].BoundingBox.Top);

        // The table runs on to the second page with its header repeated.
        var rows = PdfReader.TableRows(reader.Pages[1], ["Joma", "02.03.2026", "08.09.2025", "Komentārs"], ["Mājsaimniecība", "Finanses", "Veselība", "Sociālie", "Izglītība", "Brīvais", "Drošība", "Emocionālā", "Identificētās"]);
        Assert.Equal(["Finanses", "3", "1", "Izveidots budžeta plāns, parādu atmaksas grafiks"], rows["Finanses"]);
        Assert.Equal(["Emocionālā labklājība", "3", "—", "—"], rows["Emocionālā"]);
    }

    [Fact]
    public void The_problems_versions_and_signature_lines_follow_the_instrument()
    {
        using var reader = new PdfReader(AssessmentDocument.Compose(Functional()));
        var text = string.Join(" ", reader.PageTexts());

        Assert.Contains("Identificētās problēmas", text, StringComparison.Ordinal);
        Assert.Contains("Nespēj pārvaldīt savus finanšu", text, StringComparison.Ordinal);
        Assert.Contains("Versiju vēsture", text, StringComparison.Ordinal);
        Assert.Contains("1 Aizstāts ar 02.03.2026 Marta Kalniņa — jaunāku versiju", text, StringComparison.Ordinal);
        Assert.Contains("Novērtētājs: ________________________________ (paraksts)", text, StringComparison.Ordinal);
        Assert.Contains($"Lapa 1 no {reader.Pages.Count}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_assessment_has_a_column_per_family_member_the_averages_the_coefficient_and_the_next_date()
    {
        var report = Functional() with
        {
            Instrument = "Riska faktoru novērtējums ģimenei ar bērniem",
            Functional = null,
            Risk = new AssessmentReportRisk(
                "Katru riska faktoru vērtē katram ģimenes loceklim skalā no 0 līdz 3.",
                ["Agnese Kalēja (klients)", "Kristaps Kalējs (laulātais / partneris)", "Toms Kalējs (bērns)"],
                [new AssessmentReportRiskRow("Atkarības (alkohols, narkotikas, azartspēles)", [0, 3, null]), new AssessmentReportRiskRow("Bailes no vecākiem", [null, null, 2])],
                [0m, 3m, 2m],
                1.67m,
                "vidējs",
                new DateOnly(2026, 9, 2)),
        };

        var pdf = AssessmentDocument.Compose(report);
        Keep("assessment-risk.pdf", pdf);
        using var reader = new PdfReader(pdf);
        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Riska faktori", text, StringComparison.Ordinal);
        Assert.Contains("Riska koeficients: 1,67", text, StringComparison.Ordinal);
        Assert.Contains("Riska līmenis: vidējs", text, StringComparison.Ordinal);
        Assert.Contains("Nākamais novērtējums līdz: 02.09.2026", text, StringComparison.Ordinal);
        Assert.Contains("Riska faktors Agnese Kalēja Kristaps Kalējs Toms Kalējs (klients) (laulātais / (bērns) partneris)", text, StringComparison.Ordinal);
        Assert.Contains("Atkarības (alkohols, narkotikas, azartspēles) 0 3 —", text, StringComparison.Ordinal);
        Assert.Contains("Bailes no vecākiem — — 2", text, StringComparison.Ordinal);
        Assert.Contains("Vidēji 0,00 3,00 2,00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_assessment_prints_every_section_and_says_what_was_not_filled_in()
    {
        var report = Functional() with
        {
            Instrument = "Sākotnējais sociālās situācijas novērtējums",
            Functional = null,
            Initial = [new AssessmentReportSection("Sociālā funkcionēšana", "Dzīvo viens; ar māsu tiekas reizi mēnesī."), new AssessmentReportSection("Riski", null), new AssessmentReportSection("Secinājumi", "Vajadzīgs dienas centrs.")],
        };

        using var reader = new PdfReader(AssessmentDocument.Compose(report));
        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Sociālā funkcionēšana Dzīvo viens; ar māsu tiekas reizi mēnesī.", text, StringComparison.Ordinal);
        Assert.Contains("Riski Nav aizpildīts.", text, StringComparison.Ordinal);
        Assert.Contains("Secinājumi Vajadzīgs dienas centrs.", text, StringComparison.Ordinal);
    }

    private static void Keep(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, name), pdf);
        }
    }
}
