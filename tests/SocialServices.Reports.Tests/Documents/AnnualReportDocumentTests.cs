using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

/// <summary>The annual report's PDF: every section heading, Latvian letters exactly, long client tables over pages with their header repeated.</summary>
public sealed class AnnualReportDocumentTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Headings =
    [
        "1. Pārvaldes uzdevuma izpilde un sasniegtie rezultāti",
        "2. Klientu sociālās rehabilitācijas plānu izpilde",
        "3. Klientu skaits pa vecumiem, dzimumiem un pakalpojumu veidiem",
        "4. Klientu apmierinātība",
        "5. Speciālistu kvalifikācija",
        "6. Apmācības un supervīzijas",
        "7. Cita informācija",
    ];

    private static AnnualReportPdf Report(int clients, bool draft = false)
    {
        var rows = Enumerable.Range(1, clients)
            .Select(i => (IReadOnlyList<string?>)[$"2026/{i:0000}", "01.10.2026", i % 3 == 0 ? "regress" : "progress", "2", "0", "1"])
            .ToList();
        AnnualPart[] planParts =
        [
            new AnnualParagraph($"Izvērtēti {clients} klienti."),
            new AnnualTable([new("Lietas Nr.", 1.3f), new("Izvērtēts", 1.1f), new("Rezultāts", 1.3f), new("Sasniegti", 1f, CellAlignment.Right), new("Daļēji", 0.9f, CellAlignment.Right), new("Nav", 1f, CellAlignment.Right)], rows),
            new AnnualBarChart("Klientu izvērtējumu rezultāti", ["Progress", "Bez izmaiņām", "Regress"], [("Klienti", [clients - (clients / 3), 0, clients / 3])]),
        ];
        return new AnnualReportPdf(
            "Biedrība „Atbalsts ģimenei”", "Reģ. Nr. 40008000001, Lielā iela 1, Jelgava",
            "Pārskats par līguma Nr. JSLP-2025/37 izpildi 2026. gadā",
            [("Pašvaldība", "Jelgavas valstspilsēta"), ("Pārskata periods", "01.01.2026 – 31.12.2026")],
            draft,
            [
                new AnnualSection(Headings[0], [new AnnualParagraph("Deleģētais uzdevums: ģimeņu ar bērniem atbalsts; ūdensrožu ielā čaklie ļaudis šķiro ģērbtuves.")]),
                new AnnualSection(Headings[1], planParts),
                new AnnualSection(Headings[2], [new AnnualTable([new("Vecuma grupa", 1.6f), new("Sievietes", 1f, CellAlignment.Right), new("Vīrieši", 1f, CellAlignment.Right)], [["7–12", "1", "2"], ["Kopā", "1", "2"]])]),
                new AnnualSection(Headings[3], [new AnnualParagraph("Saņemtas sūdzības: 3.")]),
                new AnnualSection(Headings[4], [new AnnualParagraph("Nav datu.")]),
                new AnnualSection(Headings[5], [new AnnualParagraph("Nav datu.")]),
                new AnnualSection(Headings[6], [new AnnualParagraph("Nav.")]),
            ],
            "Ilze Bērziņa", "Jānis Liepiņš", GeneratedAt);
    }

    [Fact]
    public void Every_section_heading_and_the_Latvian_letters_come_back_exactly()
    {
        using var reader = new PdfReader(AnnualReportDocument.Compose(Report(5, draft: true)));
        var text = string.Join(" ", reader.PageTexts());
        foreach (var heading in Headings)
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("ūdensrožu ielā čaklie ļaudis šķiro ģērbtuves", text, StringComparison.Ordinal);
        Assert.Contains("Biedrība „Atbalsts ģimenei”", text, StringComparison.Ordinal);
        Assert.Contains("MELNRAKSTS", text, StringComparison.Ordinal);
        Assert.Equal("Pārskats par līguma Nr. JSLP-2025/37 izpildi 2026. gadā", reader.Document.Information.Title);
    }

    [Fact]
    public void A_long_client_table_runs_over_more_pages_with_its_header_on_each_and_no_row_lost()
    {
        using var short5 = new PdfReader(AnnualReportDocument.Compose(Report(5)));
        using var long150 = new PdfReader(AnnualReportDocument.Compose(Report(150)));
        using var long300 = new PdfReader(AnnualReportDocument.Compose(Report(300)));

        Assert.True(long150.Pages.Count >= short5.Pages.Count + 3, $"150 rows: {long150.Pages.Count} pages against {short5.Pages.Count}");
        Assert.True(long300.Pages.Count >= long150.Pages.Count + 3, $"300 rows: {long300.Pages.Count} pages against {long150.Pages.Count}");

        // every case number is there once, in order; each page that carries rows of the table starts them under its header
        var numbers = long300.Words().Where(w => w.Word.Text.StartsWith("2026/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"2026/{i:0000}"), numbers.Select(n => n.Word.Text));
        foreach (var page in numbers.Select(n => n.Page).Distinct())
        {
            var header = long300.Words().Where(w => w.Page == page && w.Word.Text == "Izvērtēts").Select(w => w.Word).ToList();
            Assert.True(header.Count == 1, $"page {page} has {header.Count} table headers");
            var first = numbers.First(n => n.Page == page).Word;
            Assert.True(header[0].BoundingBox.Bottom > first.BoundingBox.Top, $"page {page}: the header is not above the first row");
        }

        Assert.Equal(long300.Pages.Count, long300.PageTexts().Count(t => t.Contains("Lapa ", StringComparison.Ordinal)));
    }
}
