using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>"Lietotāji un lomas": the administrator's PDF list of users, their roles and status.</summary>
public static class UserListDocument
{
    /// <summary>Document title, as shown in the page header and the PDF metadata.</summary>
    public const string Title = "Lietotāji un lomas";

    /// <summary>Status text of an active user.</summary>
    public const string ActiveText = "Aktīvs";

    /// <summary>Status text of a deactivated user.</summary>
    public const string DeactivatedText = "Deaktivizēts";

    private const string None = "—";

    private static readonly TableColumn[] Columns =
    [
        new("Lietotājvārds", 1.15f),
        new("Vārds, uzvārds", 1.4f),
        new("E-pasts", 1.75f),
        new("Lomas", 1.75f),
        new("Statuss", 1.05f),
    ];

    /// <summary>Composes the PDF: title, a summary of counts, and a table of all users.</summary>
    /// <returns>The PDF file.</returns>
    public static byte[] Compose(UserListReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Users);

        var users = report.Users;
        var active = users.Count(u => u.Active);
        var culture = ReportFormat.Latvian;

        var document = new PdfReport(new ReportInfo(
                Title,
                report.OrganisationName,
                report.GeneratedBy,
                report.GeneratedAt,
                Subject: "Sistēmas lietotāju un to lomu saraksts"))
            .Heading(Title)
            .KeyValues(
            [
                ("Lietotāju skaits", users.Count.ToString(culture)),
                ("Aktīvi", active.ToString(culture)),
                ("Deaktivizēti", (users.Count - active).ToString(culture)),
                ("Stāvoklis uz", ReportFormat.Timestamp(report.GeneratedAt)),
            ]);

        if (users.Count == 0)
        {
            return document.Paragraph("Sistēmā nav neviena lietotāja.").Render();
        }

        return document
            .Table(Columns, users.Select(user => Row(user, report.GeneratedAt)))
            .Render();
    }

    private static string?[] Row(UserListRow user, DateTimeOffset now) =>
    [
        user.UserName,
        user.FullName,
        string.IsNullOrWhiteSpace(user.Email) ? None : user.Email,
        user.Roles.Count == 0 ? None : string.Join(", ", user.Roles),
        Status(user, now),
    ];

    private static string Status(UserListRow user, DateTimeOffset now)
    {
        var status = user.Active ? ActiveText : DeactivatedText;
        if (user.LockedOutUntil is not { } until || until <= now)
        {
            return status;
        }

        // Identity locks "for ever" with DateTimeOffset.MaxValue.
        return until.Year >= 9999
            ? status + "\nbloķēts"
            : string.Create(CultureInfo.InvariantCulture, $"{status}\nbloķēts līdz {ReportFormat.Timestamp(until)}");
    }
}
