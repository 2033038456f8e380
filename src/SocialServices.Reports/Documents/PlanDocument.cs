using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// A client's plan as a Latvian PDF for signing: provider, title (the plan's kind), client and case, revision,
/// problems, goals each with a table of tasks, planned services, cooperating institutions, meeting times, the next
/// review, and the agreement block with signature lines for the client and the social worker.
/// </summary>
public static class PlanDocument
{
    /// <summary>Heading of the problems.</summary>
    public const string ProblemsHeading = "Risināmās problēmas";

    /// <summary>Heading of the goals and tasks.</summary>
    public const string GoalsHeading = "Mērķi un uzdevumi";

    /// <summary>Heading of the planned services.</summary>
    public const string ServicesHeading = "Plānotie pakalpojumi un atbalsts";

    /// <summary>Heading of the cooperating institutions.</summary>
    public const string InstitutionsHeading = "Sadarbības institūcijas";

    /// <summary>Heading of the meeting times.</summary>
    public const string MeetingsHeading = "Norunātie tikšanās laiki";

    /// <summary>Heading of the review.</summary>
    public const string ReviewHeading = "Plāna izvērtēšana";

    /// <summary>Heading of the agreement block.</summary>
    public const string AgreementHeading = "Saskaņošana ar klientu";

    /// <summary>Written where a list is empty.</summary>
    public const string NoneListed = "Nav norādīts.";

    /// <summary>The task table's column headers.</summary>
    public static readonly IReadOnlyList<string> TaskColumns = ["Nr.", "Pasākums", "Termiņš", "Sagaidāmais rezultāts", "Atbildīgais"];

    /// <summary>The header of the status column (when the plan is printed with task statuses).</summary>
    public const string StatusColumn = "Izpilde";

    private const string SignatureRule = "______________________________";

    /// <summary>The document title for the page header and PDF metadata: "Sociālās rehabilitācijas plāns, lieta 2026/0007, 2. redakcija".</summary>
    public static string DocumentTitle(PlanReport plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture, $"{plan.KindName}, lieta {plan.CaseNumber}, {plan.RevisionNumber}. redakcija");
    }

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">A required text is empty.</exception>
    public static byte[] Compose(PlanReport plan)
    {
        Validate(plan);
        var document = new PdfReport(new ReportInfo(DocumentTitle(plan), plan.OrganisationName, plan.GeneratedBy, plan.GeneratedAt, Subject: plan.KindName));
        document.Heading(plan.OrganisationName, 1);
        if (!string.IsNullOrWhiteSpace(plan.OrganisationDetails))
        {
            document.Paragraph(plan.OrganisationDetails.Trim());
        }

        document
            .Heading(plan.KindName.ToUpper(CultureInfo.GetCultureInfo("lv-LV")), 2)
            .Paragraph(string.Create(CultureInfo.InvariantCulture, $"{plan.RevisionNumber}. redakcija, {Date(plan.RevisedOn)}"));

        var about = new List<(string, string?)>
        {
            ("Klients", plan.ClientName),
        };
        if (!string.IsNullOrWhiteSpace(plan.ClientPersonalCode))
        {
            about.Add(("Personas kods", plan.ClientPersonalCode.Trim()));
        }

        if (plan.ClientBirthDate is { } birth)
        {
            about.Add(("Dzimšanas datums", Date(birth)));
        }

        about.Add(("Lietas Nr.", plan.CaseNumber));
        if (!string.IsNullOrWhiteSpace(plan.ResponsibleWorker))
        {
            about.Add(("Atbildīgais sociālais darbinieks", plan.ResponsibleWorker));
        }

        about.Add(("Plānu sagatavoja", plan.AuthorName));
        if (!string.IsNullOrWhiteSpace(plan.Reason))
        {
            about.Add(("Izmaiņu iemesls", plan.Reason));
        }

        document.KeyValues(about);

        document.Heading(ProblemsHeading, 3);
        List(document, plan.Problems);

        document.Heading(GoalsHeading, 2);
        if (plan.Goals.Count == 0)
        {
            document.Paragraph(NoneListed);
        }

        var withStatus = plan.Goals.SelectMany(g => g.Tasks).Any(t => t.Status is not null);
        foreach (var goal in plan.Goals)
        {
            document.Heading(string.Create(CultureInfo.InvariantCulture, $"{goal.Number}. mērķis: {goal.Text}"), 3);
            if (goal.Tasks.Count == 0)
            {
                document.Paragraph(NoneListed);
                continue;
            }

            var columns = new List<TableColumn>
            {
                new(TaskColumns[0], 0.65f),
                new(TaskColumns[1], 2.3f),
                new(TaskColumns[2], 1.3f),
                new(TaskColumns[3], 2.1f),
                new(TaskColumns[4], 1.6f),
            };
            if (withStatus)
            {
                columns.Add(new TableColumn(StatusColumn, 1.1f));
            }

            document.Table(columns, goal.Tasks.Select((task, i) =>
            {
                var row = new List<string?>
                {
                    string.Create(CultureInfo.InvariantCulture, $"{goal.Number}.{i + 1}."),
                    task.Measure,
                    Date(task.Deadline),
                    task.ExpectedResult,
                    task.Responsible,
                };
                if (withStatus)
                {
                    row.Add(task.Status ?? "–");
                }

                return (IReadOnlyList<string?>)row;
            }));
        }

        document.Heading(ServicesHeading, 3);
        List(document, plan.Services);
        document.Heading(InstitutionsHeading, 3);
        List(document, plan.Institutions);
        document.Heading(MeetingsHeading, 3);
        List(document, plan.Meetings);

        document.Heading(ReviewHeading, 3)
            .Paragraph("Nākamā plāna izvērtēšana: " + Date(plan.ReviewOn) + (string.IsNullOrWhiteSpace(plan.ReviewRule) ? "." : " (" + plan.ReviewRule.Trim() + ")."));

        Agreement(document, plan);
        return document.Render();
    }

    private static void Agreement(PdfReport document, PlanReport plan)
    {
        document.Heading(AgreementHeading, 2);
        if (plan.Agreement is { } agreement)
        {
            document.KeyValues(
            [
                ("Datums", Date(agreement.AgreedOn)),
                ("Veids", agreement.Method),
                ("Klienta komentāri", string.IsNullOrWhiteSpace(agreement.ClientComments) ? "–" : agreement.ClientComments.Trim()),
            ]);
        }
        else
        {
            document.Paragraph("Ar plānu iepazinos, tā mērķi un uzdevumi ar mani ir pārrunāti. Piekrītu / nepiekrītu plānam (vajadzīgo pasvītrot).")
                .Paragraph("Klienta komentāri:\n" + SignatureRule + SignatureRule + "\n" + SignatureRule + SignatureRule);
        }

        // Each signature block stands together on one page.
        document
            .Spacing(10f)
            .Heading("Klients\n" + plan.ClientName + "\n", 3)
            .Paragraph(SignatureRule + " (paraksts)     Datums: ______________")
            .Spacing(10f)
            .Heading("Sociālais darbinieks\n" + (plan.ResponsibleWorker ?? plan.AuthorName) + "\n", 3)
            .Paragraph(SignatureRule + " (paraksts)     Datums: ______________\n" +
                $"Dokuments sagatavots: {ReportFormat.Timestamp(plan.GeneratedAt)} ({plan.GeneratedBy})");
    }

    private static void List(PdfReport document, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            document.Paragraph(NoneListed);
            return;
        }

        document.Paragraph(string.Join("\n", items.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item.Trim()}"))));
    }

    private static void Validate(PlanReport plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.OrganisationName);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.KindName);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.ClientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.CaseNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.AuthorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.GeneratedBy);
        ArgumentNullException.ThrowIfNull(plan.Problems);
        ArgumentNullException.ThrowIfNull(plan.Goals);
        ArgumentNullException.ThrowIfNull(plan.Services);
        ArgumentNullException.ThrowIfNull(plan.Institutions);
        ArgumentNullException.ThrowIfNull(plan.Meetings);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.RevisionNumber, 1);
        foreach (var goal in plan.Goals)
        {
            ArgumentNullException.ThrowIfNull(goal);
            ArgumentException.ThrowIfNullOrWhiteSpace(goal.Text);
            ArgumentNullException.ThrowIfNull(goal.Tasks);
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
