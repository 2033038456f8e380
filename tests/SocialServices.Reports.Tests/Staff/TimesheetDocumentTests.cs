using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Staff;

public sealed class TimesheetDocumentTests
{
    /// <summary>02.12.2026 10:15 in Riga.</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 12, 2, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void The_timesheet_has_who_the_month_lines_totals_and_signature_lines_in_Latvian()
    {
        var pdf = TimesheetDocument.Compose(Sample());
        Keep(pdf);
        using var reader = new PdfReader(pdf);

        var text = string.Join(" ", reader.PageTexts());
        Assert.Equal(TimesheetDocument.Title, reader.Document.Information.Title);
        Assert.Contains("Biedrība „Atbalsts ģimenei”", text, StringComparison.Ordinal);
        Assert.Contains("Speciālists: Pēteris Kalniņš", text, StringComparison.Ordinal);
        Assert.Contains("Amats: Psihologs", text, StringComparison.Ordinal);
        Assert.Contains("Periods: 2026. gada novembris", text, StringComparison.Ordinal);
        Assert.Contains("Kopā stundas: 5,33", text, StringComparison.Ordinal);
        Assert.Contains("Kopā apkalpoti klienti: 16", text, StringComparison.Ordinal);
        Assert.Contains("Statuss: apstiprināts 01.12.2026 11:00 (Ilze Bērziņa)", text, StringComparison.Ordinal);
        Assert.Contains("03.11.2026 Grupas nodarbība Esam ģimene 1,50 8", text, StringComparison.Ordinal);
        Assert.Contains("12.11.2026 Mājas vizīte 1,00 0", text, StringComparison.Ordinal);
        Assert.Contains("Kopā 5,33 16", text, StringComparison.Ordinal);
        Assert.Contains("Grupas nodarbība 2 3,08 15", text, StringComparison.Ordinal);
        Assert.Contains("Kopā 5 5,33 16", text, StringComparison.Ordinal);
        Assert.Contains("Speciālists: ______________________________ (paraksts)", text, StringComparison.Ordinal);
        Assert.Contains("Apstiprināja (vadītājs): ______________________________ (paraksts)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Žūriņa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_unapproved_month_says_so()
    {
        using var reader = new PdfReader(TimesheetDocument.Compose(Sample() with { Lines = [], Totals = [], TotalMinutes = 0, TotalClientsServed = 0, ApprovedAt = null, ApprovedBy = null }));

        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Šajā mēnesī nav reģistrēta darba laika.", text, StringComparison.Ordinal);
        Assert.Contains("Statuss: nav apstiprināts", text, StringComparison.Ordinal);
        Assert.Contains("Kopā 0 0,00 0", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, "1,50")]
    [InlineData(320, "5,33")]
    [InlineData(0, "0,00")]
    public void Hours_have_a_decimal_comma(int minutes, string text) => Assert.Equal(text, TimesheetDocument.Hours(minutes));

    private static TimesheetReport Sample() => new(
        "Biedrība „Atbalsts ģimenei”",
        "Ilze Bērziņa",
        GeneratedAt,
        "Pēteris Kalniņš",
        "Psihologs",
        2026,
        11,
        [
            new(new DateOnly(2026, 11, 3), "Grupas nodarbība", "Esam ģimene", 90, 8),
            new(new DateOnly(2026, 11, 3), "Konsultācija", null, 45, 1),
            new(new DateOnly(2026, 11, 3), "Sagatavošanās", null, 30, 0),
            new(new DateOnly(2026, 11, 10), "Grupas nodarbība", "Esam ģimene", 95, 7),
            new(new DateOnly(2026, 11, 12), "Mājas vizīte", null, 60, 0),
        ],
        [
            new("Grupas nodarbība", 2, 185, 15),
            new("Konsultācija", 1, 45, 1),
            new("Mājas vizīte", 1, 60, 0),
            new("Sagatavošanās", 1, 30, 0),
        ],
        320,
        16,
        "Ilze Bērziņa",
        new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private static void Keep(byte[] pdf)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        if (!string.IsNullOrWhiteSpace(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, "timesheet.pdf"), pdf);
        }
    }
}
