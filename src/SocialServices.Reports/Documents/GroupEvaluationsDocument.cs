using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// All end-of-group evaluations of one group as one Latvian PDF (izvērtējums un ieteikumi par klientu sasniegtajiem
/// rezultātiem, 002 §11.1.2): the provider, the group, then for each member the attendance (x of n sessions), the
/// results reached and the recommendations, who wrote them and when; members without an evaluation are listed at the end.
/// </summary>
public static class GroupEvaluationsDocument
{
    /// <summary>The heading above the members without an evaluation.</summary>
    public const string NotEvaluatedHeading = "Dalībnieki bez izvērtējuma";

    /// <summary>"Grupas dalībnieku izvērtējumi: Sociālās prasmes — bērnu grupa".</summary>
    public static string DocumentTitle(GroupEvaluationsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "Grupas dalībnieku izvērtējumi: " + report.GroupName;
    }

    /// <summary>"apmeklēja 7 no 9 nodarbībām (78 %)".</summary>
    public static string Attendance(int attended, int held) =>
        held == 0
            ? "nodarbības vēl nav notikušas"
            : string.Create(CultureInfo.InvariantCulture, $"apmeklēja {attended} no {held} {(held % 10 == 1 && held % 100 != 11 ? "nodarbības" : "nodarbībām")} ({Math.Round(100m * attended / held, MidpointRounding.AwayFromZero)} %)");

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">A required text is empty.</exception>
    public static byte[] Compose(GroupEvaluationsReport report)
    {
        Validate(report);
        var document = new PdfReport(new ReportInfo(DocumentTitle(report), report.OrganisationName, report.GeneratedBy, report.GeneratedAt, Subject: "Izvērtējums un ieteikumi par klientu sasniegtajiem rezultātiem"));
        document.Heading(report.OrganisationName, 1);
        if (!string.IsNullOrWhiteSpace(report.OrganisationDetails))
        {
            document.Paragraph(report.OrganisationDetails.Trim());
        }

        document.Heading("GRUPAS DALĪBNIEKU IZVĒRTĒJUMS UN IETEIKUMI", 2)
            .KeyValues(
            [
                ("Programma", report.ProgrammeCode + " " + report.ProgrammeName),
                ("Grupa", report.GroupName),
                ("Grupas vadītāji", report.Leaders.Count == 0 ? "–" : string.Join(", ", report.Leaders)),
                ("Norises laiks", Date(report.StartsOn) + (report.EndsOn is { } end ? " – " + Date(end) : string.Empty)),
                ("Notikušas nodarbības", report.SessionsHeld.ToString(CultureInfo.InvariantCulture)),
                ("Izvērtēti dalībnieki", string.Create(CultureInfo.InvariantCulture, $"{report.Evaluations.Count} no {report.Evaluations.Count + report.NotEvaluated.Count}")),
            ]);

        var number = 0;
        foreach (var entry in report.Evaluations)
        {
            number++;
            document.Heading(string.Create(CultureInfo.InvariantCulture, $"{number}. {entry.ClientName}"), 3);
            var items = new List<(string, string?)>();
            if (entry.BirthDate is { } birth)
            {
                items.Add(("Dzimšanas datums", Date(birth)));
            }

            items.Add(("Apmeklējums", Attendance(entry.Attended, entry.Held) + (entry.LeftOn is { } left ? "; grupu pameta " + Date(left) : string.Empty)));
            items.Add(("Sasniegtie rezultāti", entry.Results.Trim()));
            items.Add(("Ieteikumi", entry.Recommendations.Trim()));
            items.Add(("Izvērtēja", entry.AuthorName + ", " + Date(entry.EvaluatedOn)
                + (entry.VersionNumber > 1 ? string.Create(CultureInfo.InvariantCulture, $" (labojums Nr. {entry.VersionNumber - 1}: {entry.CorrectionReason})") : string.Empty)));
            document.KeyValues(items);
        }

        if (report.NotEvaluated.Count > 0)
        {
            document.Heading(NotEvaluatedHeading, 3)
                .Paragraph(string.Join("\n", report.NotEvaluated.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {name}"))));
        }

        document.Spacing(12f)
            .Paragraph("Grupas vadītājs: ______________________________ (paraksts)     Datums: ______________")
            .Paragraph($"Dokuments sagatavots: {ReportFormat.Timestamp(report.GeneratedAt)} ({report.GeneratedBy})");
        return document.Render();
    }

    private static void Validate(GroupEvaluationsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.OrganisationName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.GroupName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.GeneratedBy);
        ArgumentNullException.ThrowIfNull(report.Leaders);
        ArgumentNullException.ThrowIfNull(report.Evaluations);
        ArgumentNullException.ThrowIfNull(report.NotEvaluated);
        foreach (var entry in report.Evaluations)
        {
            ArgumentNullException.ThrowIfNull(entry);
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.ClientName);
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.Results);
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.Recommendations);
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
