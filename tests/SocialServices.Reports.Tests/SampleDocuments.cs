using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests;

/// <summary>
/// Renders the sample documents people look at (pdftoppm -png -r 80): set REPORTS_SAMPLE_DIR to keep the PDFs.
/// </summary>
public sealed class SampleDocuments
{
    [Fact]
    public void User_list_with_sixty_users()
    {
        var users = Enumerable.Range(1, 60).Select(UserListDocumentTests.User).ToList();
        var pdf = UserListDocument.Compose(new UserListReport("Rīgas valstspilsētas pašvaldības Sociālais dienests", "Ārija Bērziņa", Samples.GeneratedAt, users));

        Keep("user-list.pdf", pdf);
        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 2);
    }

    [Fact]
    public void Every_kind_of_element()
    {
        var pdf = Samples.Report("Demonstrācijas dokuments ar visiem elementiem")
            .Heading("Klienta lietas kopsavilkums")
            .KeyValues(
            [
                ("Klients", "Ņina Žūriņa"),
                ("Personas kods", "010203-12345"),
                ("Adrese", "Šķūņu iela 7-12, Rīga, LV-1050; dzīvo kopā ar meitu un diviem mazbērniem, kuri apmeklē tuvējo skolu"),
                ("Lietas vadītāja", null),
            ])
            .Heading("Situācijas apraksts", 2)
            .Paragraph(Samples.LongParagraph(5))
            .Paragraph("Ģimenes ārsts, Šķūņu iela, Ļoti žēl, Ņina. ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž.")
            .Paragraph("Ļoti garš vārds bez atstarpēm: " + string.Concat(Enumerable.Repeat("Pašvaldībasiestādesdarbinieks", 5)))
            .Heading("Pieteikumi pa mēnešiem", 2)
            .Chart(Samples.Chart(), 220)
            .Heading("Attēls", 3)
            .Image(Samples.Png(480, 160), 240)
            .Heading("Pakalpojumi", 2)
            .Table(
                [new TableColumn("Nr.", 0.5f, CellAlignment.Right), new TableColumn("Pakalpojums", 3), new TableColumn("Sākums", 1.2f), new TableColumn("Summa, EUR", 1.2f, CellAlignment.Right)],
                Enumerable.Range(1, 40).Select(i => new string?[]
                {
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    i % 7 == 0 ? "Aprūpe mājās ar garāku aprakstu, kas neietilpst vienā rindā un tiek pārnesta nākamajā rindā" : "Sociālā rehabilitācija",
                    "05.03.2025",
                    (i * 12.5m).ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("lv-LV")),
                }))
            .PageBreak()
            .Heading("Pielikums", 2)
            .Paragraph("Teksts pēc tiešā lapas pārtraukuma.")
            .Spacing(40)
            .Paragraph("Teksts pēc 40 punktu atstarpes.")
            .Render();

        Keep("demo.pdf", pdf);
        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 3);
    }

    [Fact]
    public void Table_row_taller_than_a_page()
    {
        var diary = string.Join('\n', Enumerable.Range(1, 90).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i}. ieraksts: klients apmeklēts, situācija stabila, nākamā vizīte pēc nedēļas.")));
        var pdf = Samples.Report("Gara rinda")
            .Heading("Dienasgrāmata")
            .Paragraph(Samples.LongParagraph(3))
            .Table(
                [new TableColumn("Datums"), new TableColumn("Ieraksti", 4)],
                [["01.02.2025", "Īss ieraksts."], ["02.02.2025", diary], ["03.02.2025", "Pēdējais ieraksts."]])
            .Render();

        Keep("long-row.pdf", pdf);
        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 2);
    }

    private static void Keep(string fileName, byte[] pdf)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, fileName), pdf);
        }
    }
}
