using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// "Speciālista darba laika uzskaites tabele": a specialist's month of working time with the clients served (counts
/// only), the sums per activity, and lines for the specialist's and the approving manager's signatures.
/// </summary>
public static class TimesheetDocument
{
    /// <summary>Document title (page header, PDF metadata).</summary>
    public const string Title = "Speciālista darba laika uzskaites tabele";

    private const string SignatureRule = "______________________________";

    private static readonly string[] MonthNames =
    [
        "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
        "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris",
    ];

    private static readonly TableColumn[] LineColumns =
    [
        new("Datums", 0.9f),
        new("Darbība", 1.5f),
        new("Apraksts", 2.2f),
        new("Stundas", 0.8f, CellAlignment.Right),
        new("Klienti", 0.8f, CellAlignment.Right),
    ];

    private static readonly TableColumn[] TotalColumns =
    [
        new("Darbība", 2f),
        new("Reizes", 0.8f, CellAlignment.Right),
        new("Stundas", 0.8f, CellAlignment.Right),
        new("Klienti", 0.8f, CellAlignment.Right),
    ];

    /// <summary>"2026. gada novembris".</summary>
    public static string Period(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}. gada {MonthNames[month - 1]}");

    /// <summary>Hours with two decimals and a decimal comma: 90 minutes are "1,50".</summary>
    public static string Hours(int minutes) =>
        Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero).ToString("0.00", ReportFormat.Latvian);

    /// <summary>Composes the PDF: who and which month, the lines by day, the sums per activity, the signature lines.</summary>
    /// <returns>The PDF file.</returns>
    public static byte[] Compose(TimesheetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Lines);
        ArgumentNullException.ThrowIfNull(report.Totals);
        var culture = ReportFormat.Latvian;
        var period = Period(report.Year, report.Month);
        var document = new PdfReport(new ReportInfo(
                Title,
                report.OrganisationName,
                report.GeneratedBy,
                report.GeneratedAt,
                Subject: $"{report.SpecialistName}, {period}"))
            .Heading(Title)
            .KeyValues(
            [
                ("Speciālists", report.SpecialistName),
                ("Amats", string.IsNullOrWhiteSpace(report.Position) ? "—" : report.Position),
                ("Periods", period),
                ("Kopā stundas", Hours(report.TotalMinutes)),
                ("Kopā apkalpoti klienti", report.TotalClientsServed.ToString(culture)),
                ("Statuss", report.ApprovedAt is { } at
                    ? $"apstiprināts {ReportFormat.Timestamp(at)} ({report.ApprovedBy})"
                    : "nav apstiprināts"),
            ]);

        document.Heading("Darba laiks pa dienām", 2);
        if (report.Lines.Count == 0)
        {
            document.Paragraph("Šajā mēnesī nav reģistrēta darba laika.");
        }
        else
        {
            var rows = report.Lines.Select(l => (IReadOnlyList<string?>)
            [
                l.Date.ToString("dd.MM.yyyy", culture),
                l.Activity,
                l.Description,
                Hours(l.Minutes),
                l.ClientsServed.ToString(culture),
            ]).ToList();
            rows.Add(["Kopā", null, null, Hours(report.TotalMinutes), report.TotalClientsServed.ToString(culture)]);
            document.Table(LineColumns, rows);
        }

        document.Heading("Kopsavilkums pa darbībām", 2);
        var totals = report.Totals.Select(t => (IReadOnlyList<string?>)
        [
            t.Activity,
            t.Count.ToString(culture),
            Hours(t.Minutes),
            t.ClientsServed.ToString(culture),
        ]).ToList();
        totals.Add(["Kopā", report.Totals.Sum(t => t.Count).ToString(culture), Hours(report.TotalMinutes), report.TotalClientsServed.ToString(culture)]);
        document.Table(TotalColumns, totals);

        return document
            .Spacing(18)
            .Paragraph("Klientu skaits ir apmeklējumu skaits; klientu vārdi tabelē netiek iekļauti.")
            .Spacing(18)
            .Paragraph($"Speciālists: {SignatureRule} (paraksts)     Datums: ______________")
            .Spacing(12)
            .Paragraph($"Apstiprināja (vadītājs): {SignatureRule} (paraksts)     Datums: ______________")
            .Render();
    }
}
