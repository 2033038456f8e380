using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// One version of a needs and resources assessment as a Latvian PDF for the client file: the header (client, case,
/// instrument, date, assessor, status, version), the instrument's content (a functional assessment with its radar chart,
/// drawn from the same geometry as the web page), the identified problems, the versions, and signature lines.
/// </summary>
public static class AssessmentDocument
{
    /// <summary>Heading of the identified problems.</summary>
    public const string ProblemsHeading = "Identificētās problēmas";

    /// <summary>Heading of the version history.</summary>
    public const string VersionsHeading = "Versiju vēsture";

    private const string None = "—";

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    public static byte[] Compose(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Problems);
        ArgumentNullException.ThrowIfNull(report.Versions);

        var title = "Novērtējums: " + report.Instrument;
        var document = new PdfReport(new ReportInfo(title, report.OrganisationName, report.GeneratedBy, report.GeneratedAt,
                Subject: $"{report.ClientName}, lieta Nr. {report.CaseNumber}, {Date(report.AssessedOn)}"))
            .Heading(report.Instrument);

        var header = new List<(string, string?)>
        {
            ("Klients", report.ClientName),
            ("Personas kods", report.PersonalCode ?? "nav norādīts"),
            ("Lieta", "Nr. " + report.CaseNumber),
            ("Novērtējuma datums", Date(report.AssessedOn)),
            ("Novērtētājs", report.Assessor),
            ("Statuss", report.Status),
            ("Versija", report.VersionNumber.ToString(ReportFormat.Latvian)),
        };
        if (report.CorrectionReason is { } reason)
        {
            header.Add(("Labojuma iemesls", reason));
        }

        if (report.Completed is { } completed)
        {
            header.Add(("Pabeigts", completed));
        }

        document.KeyValues(header);
        if (report.SupersededNote is { } superseded)
        {
            document.Paragraph(superseded);
        }

        document.Paragraph("Ierobežotas pieejamības informācija: klienta lietas dokuments.");

        if (report.Initial is { } initial)
        {
            foreach (var section in initial)
            {
                document.Heading(section.Heading, 3).Paragraph(string.IsNullOrWhiteSpace(section.Text) ? "Nav aizpildīts." : section.Text);
            }
        }

        if (report.Functional is { } functional)
        {
            Functional(document, functional);
        }

        if (report.BasicNeeds is { } needs)
        {
            BasicNeeds(document, needs);
        }

        if (report.Risk is { } risk)
        {
            Risk(document, risk);
        }

        document.Heading(ProblemsHeading, 2);
        if (report.Problems.Count == 0)
        {
            document.Paragraph("Novērtējumā problēmas nav identificētas.");
        }
        else
        {
            document.Table(
                [new TableColumn("Nr.", 0.4f, CellAlignment.Right), new TableColumn("Problēma", 2.4f), new TableColumn("Cēloņi", 2.6f), new TableColumn("Būtiskums", 1.1f)],
                report.Problems.Select((p, i) => new[] { (i + 1).ToString(ReportFormat.Latvian), p.Definition, p.Causes ?? None, p.Significance ?? None }));
        }

        document.Heading(VersionsHeading, 2).Table(
            [new TableColumn("Versija", 0.8f, CellAlignment.Right), new TableColumn("Stāvoklis", 1.3f), new TableColumn("Datums", 1.1f), new TableColumn("Novērtētājs", 1.6f), new TableColumn("Labojuma iemesls", 2.6f)],
            report.Versions.Select(v => new[] { v.Number.ToString(ReportFormat.Latvian), v.State, Date(v.AssessedOn), v.Assessor, v.Reason ?? None }));

        document.Spacing(24)
            .Paragraph("Novērtētājs: ________________________________ (paraksts)")
            .Spacing(8)
            .Paragraph("Ar novērtējumu iepazinos (klients vai likumiskais pārstāvis): ________________________________ (paraksts, datums)");
        return document.Render();
    }

    private static void Functional(PdfReport document, AssessmentReportFunctional functional)
    {
        document.Heading("Funkcionēšanas jomu vērtējums", 2).Paragraph(functional.ScaleNote);
        if (functional.Chart is { } chart)
        {
            document.Radar(chart);
        }

        var columns = new List<TableColumn> { new("Joma", 2f) };
        columns.AddRange(functional.Dates.Select(d => new TableColumn(d, 1f, CellAlignment.Right)));
        columns.Add(new TableColumn("Komentārs", 3f));
        document.Table(columns, functional.Scores.Select(s =>
        {
            var cells = new List<string?> { s.Domain };
            cells.AddRange(s.Scores.Select(Score));
            cells.Add(s.Comment ?? None);
            return (IReadOnlyList<string?>)cells;
        }));
    }

    private static void BasicNeeds(PdfReport document, AssessmentReportNeeds needs)
    {
        document.Heading("Pamatvajadzības", 2).Table(
            [new TableColumn("Vajadzība", 1.6f), new TableColumn("Nodrošinājums", 1.4f), new TableColumn("Komentārs", 3.4f)],
            needs.Needs.Select(n => new[] { n.Need, n.Status ?? "nav novērtēts", n.Comment ?? None }));
        document.Heading("Resursu skala", 2);
        foreach (var (heading, items) in new[] { ("Stiprās puses", needs.Strengths), ("Vājās puses", needs.Weaknesses), ("Iekšējie resursi", needs.InnerResources), ("Ārējie resursi", needs.OuterResources) })
        {
            document.Heading(heading, 3).Paragraph(items.Count == 0 ? "Nav norādīts." : string.Join("\n", items.Select(i => "• " + i)));
        }
    }

    private static void Risk(PdfReport document, AssessmentReportRisk risk)
    {
        document.Heading("Riska faktori", 2).Paragraph(risk.ScaleNote);
        var columns = new List<TableColumn> { new("Riska faktors", 3.2f) };
        columns.AddRange(risk.Members.Select(m => new TableColumn(m, 1.2f, CellAlignment.Center)));
        var rows = risk.Rows.Select(r =>
        {
            var cells = new List<string?> { r.Item };
            cells.AddRange(r.Scores.Select(Score));
            return (IReadOnlyList<string?>)cells;
        }).ToList();
        var averages = new List<string?> { "Vidēji" };
        averages.AddRange(risk.MemberAverages.Select(Decimal));
        rows.Add(averages);
        document.Table(columns, rows);

        var result = new List<(string, string?)> { ("Riska koeficients", Decimal(risk.Coefficient)) };
        if (risk.Level is { } level)
        {
            result.Add(("Riska līmenis", level));
        }

        if (risk.NextDue is { } due)
        {
            result.Add(("Nākamais novērtējums līdz", Date(due)));
        }

        document.KeyValues(result);
    }

    private static string Score(int? score) => score?.ToString(ReportFormat.Latvian) ?? None;

    private static string Decimal(decimal? value) => value?.ToString("0.00", ReportFormat.Latvian) ?? None;

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
