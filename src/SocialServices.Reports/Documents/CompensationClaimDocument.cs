using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// "Kompensācijas pieprasījums par sabiedrībā balstītiem sociālajiem pakalpojumiem": the rows per person (personal code)
/// and service, the totals per service and in all, and signature lines. It leaves the organisation: no names.
/// </summary>
public static class CompensationClaimDocument
{
    /// <summary>Document title (page header, PDF metadata).</summary>
    public const string Title = "Kompensācijas pieprasījums par sabiedrībā balstītiem sociālajiem pakalpojumiem";

    private const string SignatureRule = "______________________________";

    private static readonly string[] MonthNames =
    [
        "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
        "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris",
    ];

    private static readonly TableColumn[] LineColumns =
    [
        new("Personas kods", 1.45f),
        new("Pakalpojums", 1.5f),
        new("Vienība", 0.9f),
        new("Skaits", 0.8f, CellAlignment.Right),
        new("Vienības izmaksas, EUR", 1.05f, CellAlignment.Right),
        new("Faktiskās izmaksas, EUR", 1.05f, CellAlignment.Right),
        new("Kompensācija, EUR", 1.5f, CellAlignment.Right),
    ];

    private static readonly TableColumn[] ServiceColumns =
    [
        new("Pakalpojums", 2.5f),
        new("Personas", 0.8f, CellAlignment.Right),
        new("Kompensācija, EUR", 1.2f, CellAlignment.Right),
    ];

    /// <summary>"2026. gada novembris".</summary>
    public static string Period(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}. gada {MonthNames[month - 1]}");

    /// <summary>Euros with two decimals and a decimal comma, no thousands separator: "1234,50".</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", ReportFormat.Latvian);

    /// <summary>Units without needless decimals: "3", "2,5".</summary>
    public static string Units(decimal units) => units.ToString("0.##", ReportFormat.Latvian);

    /// <summary>Composes the PDF: who claims from whom for which month, the rows with a total, the totals per service, the signature lines.</summary>
    /// <returns>The PDF file.</returns>
    public static byte[] Compose(CompensationClaimReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Lines);
        var period = Period(report.Year, report.Month);
        var total = report.Lines.Sum(l => l.Amount);
        var persons = report.Lines.Select(l => l.Person).Distinct(StringComparer.Ordinal).Count();
        var document = new PdfReport(new ReportInfo(Title, report.OrganisationName, report.GeneratedBy, report.GeneratedAt,
                Subject: $"{report.Municipality}, {period}, {report.VersionNumber}. versija"))
            .Heading(Title)
            .KeyValues(
            [
                ("Pakalpojumu sniedzējs", report.OrganisationName + (string.IsNullOrWhiteSpace(report.OrganisationDetails) ? "" : ", " + report.OrganisationDetails)),
                ("Pašvaldība", $"{report.Municipality} (ATVK {report.MunicipalityCode})"),
                ("Periods", period),
                ("Versija", report.VersionNumber.ToString(CultureInfo.InvariantCulture) + (report.Reason is { } reason ? $" (labojums: {reason})" : "")),
                ("Statuss", report.SubmittedAt is { } at ? $"{report.Status} {ReportFormat.Timestamp(at)} ({report.SubmittedBy})" : report.Status),
                ("Personu skaits", persons.ToString(CultureInfo.InvariantCulture)),
                ("Kopā pieprasīts, EUR", Money(total)),
            ]);

        document.Heading("Pakalpojumi personām", 2);
        if (report.Lines.Count == 0)
        {
            document.Paragraph("Šajā mēnesī nav kompensējamu pakalpojumu vienību.");
        }
        else
        {
            var rows = report.Lines.Select(l => (IReadOnlyList<string?>)
            [
                l.Person,
                l.Service,
                l.Unit,
                Units(l.Units),
                l.UnitCosts,
                l.ActualAmount is { } actual ? Money(actual) : "—",
                Money(l.Amount),
            ]).ToList();
            rows.Add(["Kopā", null, null, null, null, null, Money(total)]);
            document.Table(LineColumns, rows);

            document.Heading("Kopsavilkums pa pakalpojumiem", 2);
            var services = report.Lines.GroupBy(l => l.Service, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string?>)
                [
                    g.Key,
                    g.Select(l => l.Person).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture),
                    Money(g.Sum(l => l.Amount)),
                ]).ToList();
            services.Add(["Kopā", persons.ToString(CultureInfo.InvariantCulture), Money(total)]);
            document.Table(ServiceColumns, services);
        }

        return document
            .Spacing(12)
            .Paragraph("Kompensācija: vienību skaits × vienības izmaksas, kas bija spēkā vienības sniegšanas dienā; ja pakalpojumu iepērk pašvaldība, faktiskās izmaksas, bet ne vairāk par vienības izmaksām. Kompensācija personai tiek pieprasīta ne ilgāk kā 24 mēnešus no pirmā kompensētā mēneša.")
            .Spacing(18)
            .Paragraph($"Sagatavoja: {SignatureRule} (paraksts)     Datums: ______________")
            .Spacing(12)
            .Paragraph($"Vadītājs: {SignatureRule} (paraksts)     Datums: ______________")
            .Render();
    }
}
