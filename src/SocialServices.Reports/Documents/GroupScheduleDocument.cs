using System.Globalization;
using System.Text;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// A group's programme and schedule (grupas programma un norises grafiks, 002 §11.1.1) as a Latvian PDF and as CSV
/// for Latvian Excel (UTF-8 with BOM, semicolons): the provider, the programme, the group (leaders, place, room,
/// places) and every session with its date, weekday, time and room; cancelled sessions stay with their reason.
/// </summary>
public static class GroupScheduleDocument
{
    /// <summary>The schedule table's column headers (the CSV's too).</summary>
    public static readonly IReadOnlyList<string> Columns = ["Nr.", "Datums", "Diena", "Laiks", "Telpa", "Piezīmes"];

    /// <summary>Written in the notes of a cancelled session before its reason.</summary>
    public const string Cancelled = "Atcelta";

    /// <summary>Written in the notes of a held session.</summary>
    public const string Held = "Notikusi";

    private static readonly CultureInfo Latvian = CultureInfo.GetCultureInfo("lv-LV");

    /// <summary>"Grupas programma un grafiks: Esam ģimene — 2027. gada grupa".</summary>
    public static string DocumentTitle(GroupScheduleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "Grupas programma un grafiks: " + report.GroupName;
    }

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">A required text is empty.</exception>
    public static byte[] Compose(GroupScheduleReport report)
    {
        Validate(report);
        var document = new PdfReport(new ReportInfo(DocumentTitle(report), report.OrganisationName, report.GeneratedBy, report.GeneratedAt, Subject: "Grupas programma un norises grafiks"));
        document.Heading(report.OrganisationName, 1);
        if (!string.IsNullOrWhiteSpace(report.OrganisationDetails))
        {
            document.Paragraph(report.OrganisationDetails.Trim());
        }

        document.Heading("GRUPAS PROGRAMMA UN NORISES GRAFIKS", 2)
            .Heading(report.GroupName, 3);
        var programme = new List<(string, string?)>
        {
            ("Programma", report.ProgrammeCode + " " + report.ProgrammeName),
        };
        if (!string.IsNullOrWhiteSpace(report.ProgrammeTarget))
        {
            programme.Add(("Mērķa grupa", report.ProgrammeTarget.Trim()));
        }

        if (report.ProgrammeSessions is { } planned)
        {
            programme.Add(("Nodarbību skaits programmā", planned.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(report.ProgrammeDescription))
        {
            programme.Add(("Programmas saturs", report.ProgrammeDescription.Trim()));
        }

        document.KeyValues(programme);
        var held = report.Sessions.Count(s => s.Number is not null);
        document.Heading("Grupa", 3).KeyValues(
        [
            ("Grupas vadītāji", report.Leaders.Count == 0 ? "–" : string.Join(", ", report.Leaders)),
            ("Norises vieta", string.IsNullOrWhiteSpace(report.Location) ? "–" : report.Location),
            ("Telpa", string.IsNullOrWhiteSpace(report.Room) ? "–" : report.Room),
            ("Laiks", Date(report.StartsOn) + (report.EndsOn is { } end ? " – " + Date(end) : string.Empty)),
            ("Nodarbību grafiks", string.IsNullOrWhiteSpace(report.Pattern) ? "–" : report.Pattern),
            ("Plānotās nodarbības", held.ToString(CultureInfo.InvariantCulture)),
            ("Vietu skaits", string.Create(CultureInfo.InvariantCulture, $"{report.Capacity} (aizņemtas {report.Members})")),
        ]);

        document.Heading("Nodarbību grafiks", 3);
        if (report.Sessions.Count == 0)
        {
            document.Paragraph("Nodarbības vēl nav ieplānotas.");
        }
        else
        {
            document.Table(
                [new(Columns[0], 0.6f), new(Columns[1], 1.2f), new(Columns[2], 1.3f), new(Columns[3], 1.2f), new(Columns[4], 1.6f), new(Columns[5], 2.6f)],
                report.Sessions.Select(Row));
        }

        document.Spacing(8f).Paragraph($"Dokuments sagatavots: {ReportFormat.Timestamp(report.GeneratedAt)} ({report.GeneratedBy})");
        return document.Render();
    }

    /// <summary>The schedule as CSV for Latvian Excel: UTF-8 with BOM, semicolons, CRLF, a header line, the group on each line.</summary>
    public static byte[] Csv(GroupScheduleReport report)
    {
        Validate(report);
        var text = new StringBuilder();
        void Line(IEnumerable<string?> cells) => text.Append(string.Join(";", cells.Select(Cell))).Append("\r\n");
        Line(["Programma", "Grupa", "Vadītāji", "Vieta", .. Columns]);
        foreach (var session in report.Sessions)
        {
            Line([report.ProgrammeCode + " " + report.ProgrammeName, report.GroupName, string.Join(", ", report.Leaders), report.Location, .. Row(session)]);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static string?[] Row(GroupScheduleSession s) =>
    [
        s.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) + "." : "–",
        Date(s.Date),
        DayName(s.Date.DayOfWeek),
        s.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + s.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        s.Room,
        s.CancelReason is { } reason ? Cancelled + ": " + reason : s.Held ? Held : null,
    ];

    /// <summary>The Latvian weekday, lower-case as Latvian writes it ("otrdiena").</summary>
    public static string DayName(DayOfWeek day) => Latvian.DateTimeFormat.GetDayName(day).ToLower(Latvian);

    /// <summary>A CSV cell: quoted when it holds a semicolon, quote or line break; a leading formula character is neutralised.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var cell = value.ReplaceLineEndings(" ");
        if (cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([';', '"']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static void Validate(GroupScheduleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.OrganisationName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.GroupName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.ProgrammeName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.GeneratedBy);
        ArgumentNullException.ThrowIfNull(report.Leaders);
        ArgumentNullException.ThrowIfNull(report.Sessions);
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
