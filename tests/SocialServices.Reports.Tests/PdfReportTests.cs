using System.Globalization;

namespace SocialServices.Reports.Tests;

public sealed class PdfReportTests
{
    private const double PageWidth = 595.28;
    private const double Margin = 50;

    [Fact]
    public void Long_paragraph_wraps_into_several_lines_within_the_margins()
    {
        var pdf = Samples.Report().Paragraph(Samples.LongParagraph()).Render();

        using var reader = new PdfReader(pdf);
        var words = reader.Words().Select(w => w.Word).Where(w => w.Text is "sociālā" or "atbalstu" or "ģimeni" or "Teikums").ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w =>
        {
            Assert.True(w.BoundingBox.Left >= Margin - 0.5, $"'{w.Text}' starts at {w.BoundingBox.Left}");
            Assert.True(w.BoundingBox.Right <= PageWidth - Margin + 0.5, $"'{w.Text}' ends at {w.BoundingBox.Right}");
        });
        var lines = words.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        Assert.True(lines >= 10, $"expected many lines, got {lines}");
        var text = string.Join(" ", reader.PageTexts());
        for (var i = 1; i <= 12; i++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Teikums {i}: sociālā darbiniece"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Word_wider_than_the_line_is_broken_and_kept_whole()
    {
        var word = string.Concat(Enumerable.Repeat("Ābeļziedi", 40));

        var pdf = Samples.Report().Paragraph(word).Render();

        using var reader = new PdfReader(pdf);
        var pieces = reader.Words().Select(w => w.Word).Where(w => w.Text.Contains("Ābeļ", StringComparison.Ordinal) || w.Text.Contains("ziedi", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count >= 3, $"expected the word on several lines, got {pieces.Count}");
        Assert.All(pieces, w => Assert.True(w.BoundingBox.Right <= PageWidth - Margin + 0.5));
        Assert.Equal(word, string.Concat(pieces.Select(w => w.Text)));
    }

    [Fact]
    public void Table_rows_flow_over_pages_with_the_header_repeated_and_every_row_once()
    {
        var columns = new[] { new TableColumn("Klienta kods", 1), new TableColumn("Piezīmes", 3), new TableColumn("Summa", 1, CellAlignment.Right) };
        var rows = Enumerable.Range(1, 120).Select(i => new string?[]
        {
            string.Create(CultureInfo.InvariantCulture, $"K{i:D4}"),
            string.Create(CultureInfo.InvariantCulture, $"pirmā{i:D4}\notrā{i:D4}"),
            string.Create(CultureInfo.InvariantCulture, $"{i * 10},00"),
        });

        var pdf = Samples.Report().Heading("Klienti").Table(columns, rows).Render();

        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 3, $"expected at least 3 pages, got {reader.Pages.Count}");
        Assert.All(reader.PageTexts(), text => Assert.Contains("Klienta kods Piezīmes Summa", text, StringComparison.Ordinal));
        var words = reader.Words().ToList();
        for (var i = 1; i <= 120; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"K{i:D4}");
            var first = string.Create(CultureInfo.InvariantCulture, $"pirmā{i:D4}");
            var second = string.Create(CultureInfo.InvariantCulture, $"otrā{i:D4}");
            var codeHits = words.Where(w => w.Word.Text == code).ToList();
            Assert.Single(codeHits);
            var firstHit = Assert.Single(words, w => w.Word.Text == first);
            var secondHit = Assert.Single(words, w => w.Word.Text == second);

            // A row that does not fit moves whole to the next page.
            Assert.Equal(codeHits[0].Page, firstHit.Page);
            Assert.Equal(codeHits[0].Page, secondHit.Page);
            Assert.True(secondHit.Word.BoundingBox.Bottom < firstHit.Word.BoundingBox.Bottom);
        }

        // Right-aligned numbers end at the table's right edge.
        var amount = reader.Find("1200,00").Word;
        Assert.InRange(amount.BoundingBox.Right, PageWidth - Margin - 10, PageWidth - Margin);
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_between_its_lines()
    {
        var lines = Enumerable.Range(1, 150).Select(i => string.Create(CultureInfo.InvariantCulture, $"rinda{i:D3}"));
        var columns = new[] { new TableColumn("Datums"), new TableColumn("Ieraksts", 4) };

        var pdf = Samples.Report()
            .Paragraph("Ievads.")
            .Table(columns, [["01.02.2025", string.Join('\n', lines)], ["02.02.2025", "beigas"]])
            .Render();

        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 3, $"150 lines need at least 3 pages, got {reader.Pages.Count}");
        Assert.All(reader.PageTexts(), text => Assert.Contains("Datums Ieraksts", text, StringComparison.Ordinal));
        var words = reader.Words().ToList();
        for (var i = 1; i <= 150; i++)
        {
            Assert.Single(words, w => w.Word.Text == string.Create(CultureInfo.InvariantCulture, $"rinda{i:D3}"));
        }

        // The split starts on the first page, right after the introduction, and keeps the order.
        Assert.Equal(1, reader.Find("rinda001").Page);
        var pagesInOrder = Enumerable.Range(1, 150)
            .Select(i => reader.Find(string.Create(CultureInfo.InvariantCulture, $"rinda{i:D3}")).Page)
            .ToList();
        Assert.Equal(pagesInOrder.Order(), pagesInOrder);
        Assert.True(reader.Find("beigas").Page >= reader.Find("rinda150").Page);
    }

    [Fact]
    public void Pages_are_numbered_with_the_total()
    {
        var pdf = Samples.Report()
            .Paragraph("Pirmā lapa.").PageBreak()
            .Paragraph("Otrā lapa.").PageBreak().PageBreak()
            .Paragraph("Trešā lapa.").PageBreak()
            .Render();

        using var reader = new PdfReader(pdf);
        Assert.Equal(3, reader.Pages.Count);
        var texts = reader.PageTexts();
        Assert.Contains("Lapa 1 no 3", texts[0], StringComparison.Ordinal);
        Assert.Contains("Lapa 2 no 3", texts[1], StringComparison.Ordinal);
        Assert.Contains("Lapa 3 no 3", texts[2], StringComparison.Ordinal);
        Assert.Contains("Otrā lapa.", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Latvian_letters_come_back_exactly_from_every_kind_of_text()
    {
        const string sentence = "Ģimenes ārsts, Šķūņu iela, Ļoti žēl, Ņina";
        const string alphabet = "ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž";

        var pdf = Samples.Report("Ģimeņu atbalsta pārskats")
            .Heading(alphabet, 2)
            .Paragraph(sentence)
            .KeyValues([("Dzīvesvieta", "Šķūņu iela 7, Rīga"), ("Ārsts", "Ģirts Ķēniņš")])
            .Table([new TableColumn("Vārds, uzvārds"), new TableColumn("Piezīme")], [["Ņina Žūriņa", "Ļoti žēl"]])
            .Render();

        using var reader = new PdfReader(pdf);
        var text = reader.PageTexts().Single();
        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.Contains(alphabet, text, StringComparison.Ordinal);
        Assert.Contains("Dzīvesvieta: Šķūņu iela 7, Rīga", text, StringComparison.Ordinal);
        Assert.Contains("Ārsts: Ģirts Ķēniņš", text, StringComparison.Ordinal);
        Assert.Contains("Ņina Žūriņa Ļoti žēl", text, StringComparison.Ordinal);
        Assert.Contains("Ģimeņu atbalsta pārskats", text, StringComparison.Ordinal);
        Assert.Contains("Sagatavoja: Žanete Ķēniņa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_is_written()
    {
        var pdf = Samples.Report("Ģimeņu atbalsta pārskats").Paragraph("Teksts.").Render();

        using var reader = new PdfReader(pdf);
        var information = reader.Document.Information;
        Assert.Equal("Ģimeņu atbalsta pārskats", information.Title);
        Assert.Equal("Ēriks Ūdris", information.Author);
        Assert.Equal("Pārbaude", information.Subject);
        Assert.Equal("SocialServices", information.Creator);
        Assert.StartsWith("D:20250305", information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_defaults_to_the_user_who_generated_the_report()
    {
        var info = new ReportInfo("Virsraksts", "Dienests", "Ilze Liepiņa", Samples.GeneratedAt);

        using var reader = new PdfReader(new PdfReport(info).Paragraph("Teksts.").Render());

        Assert.Equal("Ilze Liepiņa", reader.Document.Information.Author);
    }

    [Fact]
    public void Every_page_has_the_header_and_footer()
    {
        var pdf = Samples.Report().Paragraph(Samples.LongParagraph(80)).Render();

        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 2);
        foreach (var page in reader.Pages)
        {
            var text = PdfReader.Text(page);
            Assert.StartsWith("Rīgas Sociālais dienests Pārskats par klientiem", text, StringComparison.Ordinal);
            Assert.Contains("Sagatavoja: Žanete Ķēniņa, 05.03.2025 14:30", text, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Lapa {page.Number} no {reader.Pages.Count}"), text, StringComparison.Ordinal);

            // Body text stays between the header and footer rules.
            var body = page.GetWords().Where(w => w.Text.StartsWith("sociālā", StringComparison.Ordinal)).ToList();
            Assert.All(body, w => Assert.InRange(w.BoundingBox.Bottom, 60, page.Height - 62));
        }
    }

    [Theory]
    [InlineData("2025-07-01T09:00:00+00:00", "01.07.2025 12:00")]
    [InlineData("2025-03-05T12:30:00+00:00", "05.03.2025 14:30")]
    [InlineData("2025-12-31T23:30:00+02:00", "31.12.2025 23:30")]
    public void Generation_time_is_shown_in_Latvian_time(string generatedAt, string expected)
    {
        var info = new ReportInfo("Virsraksts", "Dienests", "Ilze", DateTimeOffset.Parse(generatedAt, CultureInfo.InvariantCulture));

        using var reader = new PdfReader(new PdfReport(info).Paragraph("Teksts.").Render());

        Assert.Contains("Sagatavoja: Ilze, " + expected, reader.PageTexts()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Image_takes_its_height_on_the_page()
    {
        var pdf = Samples.Report()
            .Paragraph("Pirms attēla")
            .Image(Samples.Png(400, 200), widthPoints: 300)
            .Paragraph("Pēc attēla")
            .Render();

        using var reader = new PdfReader(pdf);
        var page = reader.Pages.Single();
        Assert.Single(page.GetImages());
        var before = reader.Find("Pirms").Word.BoundingBox.Bottom;
        var after = reader.Find("Pēc").Word.BoundingBox.Bottom;
        Assert.True(before - after >= 150, $"text after the 300 × 150 pt image is only {before - after} pt lower");
    }

    [Fact]
    public void Chart_is_drawn_as_vectors_and_takes_its_height()
    {
        var pdf = Samples.Report()
            .Paragraph("Pirms diagrammas")
            .Chart(Samples.Chart(), heightPoints: 220)
            .Paragraph("Pēc diagrammas")
            .Render();

        using var reader = new PdfReader(pdf);
        var text = reader.PageTexts().Single();
        Assert.Contains("Pieteikumi pa mēnešiem", text, StringComparison.Ordinal);
        Assert.Contains("Mēnesis", text, StringComparison.Ordinal);
        var before = reader.Find("Pirms").Word.BoundingBox.Bottom;
        var after = reader.Find("Pēc").Word.BoundingBox.Bottom;
        Assert.True(before - after >= 220, $"text after the 220 pt chart is only {before - after} pt lower");

        // The chart's title lies between the two paragraphs, so it was drawn in its own place.
        var title = reader.Find("Pieteikumi").Word.BoundingBox.Bottom;
        Assert.InRange(title, after, before);
    }

    [Fact]
    public void Image_taller_than_the_remaining_space_moves_to_the_next_page()
    {
        var pdf = Samples.Report()
            .Paragraph(Samples.LongParagraph(20))
            .Image(Samples.Png(400, 400), widthPoints: 400)
            .Paragraph("Pēc attēla")
            .Render();

        using var reader = new PdfReader(pdf);
        Assert.Equal(2, reader.Pages.Count);
        Assert.Empty(reader.Pages[0].GetImages());
        Assert.Single(reader.Pages[1].GetImages());
        Assert.Equal(2, reader.Find("Pēc").Page);
    }

    [Fact]
    public void Heading_is_not_left_alone_at_the_bottom_of_a_page()
    {
        // One line (14 pt + 8 pt after), then space up to 40 pt above the footer: the heading itself would fit.
        var pdf = Samples.Report()
            .Paragraph("Sākums")
            .Spacing(PdfReport.ContentHeight - 22 - 40)
            .Heading("Nodaļa beigās", 2)
            .Paragraph("Nodaļas teksts")
            .Render();

        using var reader = new PdfReader(pdf);
        Assert.Equal(1, reader.Find("Sākums").Page);
        Assert.Equal(2, reader.Find("Nodaļa").Page);
        Assert.Equal(2, reader.Find("Nodaļas").Page);
    }

    [Fact]
    public void Heading_moves_to_the_next_page_with_an_image_that_does_not_fit()
    {
        var pdf = Samples.Report()
            .Paragraph("Sākums")
            .Spacing(PdfReport.ContentHeight - 22 - 200)
            .Heading("Attēls", 3)
            .Image(Samples.Png(400, 400), widthPoints: 300)
            .Render();

        using var reader = new PdfReader(pdf);
        Assert.Equal(2, reader.Pages.Count);
        Assert.Equal(2, reader.Find("Attēls").Page);
        Assert.Single(reader.Pages[1].GetImages());
    }

    [Fact]
    public void Invalid_input_is_refused_when_added()
    {
        var report = Samples.Report();

        Assert.Throws<ArgumentException>(() => report.Image([1, 2, 3, 4]));
        Assert.Throws<ArgumentException>(() => report.Table([new TableColumn("A"), new TableColumn("B")], [["tikai viens"]]));
        Assert.Throws<ArgumentException>(() => report.Table([new TableColumn("A", 0)], [["x"]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.Heading("x", 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.Chart(new ScottPlot.Plot(), 0));
    }

    [Fact]
    public void Empty_report_is_one_page_with_header_and_footer()
    {
        using var reader = new PdfReader(Samples.Report().PageBreak().Render());

        var text = Assert.Single(reader.PageTexts());
        Assert.Contains("Lapa 1 no 1", text, StringComparison.Ordinal);
    }
}
