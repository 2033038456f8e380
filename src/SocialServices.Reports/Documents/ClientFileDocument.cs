using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// "Klienta lieta": the client's complete file as a PDF in Latvian (the client's right to read their file, seed 001):
/// personal data, representatives and family, every case file with its responsible workers, team and timeline,
/// and "Kas piekļuva šiem datiem", every audit entry about the client.
/// </summary>
public static class ClientFileDocument
{
    /// <summary>Document title, as shown in the page header and the PDF metadata.</summary>
    public const string Title = "Klienta lieta";

    /// <summary>Heading of the section that lists every access to the client's data.</summary>
    public const string AccessLogHeading = "Kas piekļuva šiem datiem";

    private const string None = "—";

    private static readonly TableColumn[] RelationColumns =
    [
        new("Saite", 1.1f),
        new("Vārds, uzvārds", 1.5f),
        new("Dzimšanas datums", 1.25f),
        new("Pazīmes", 1.6f),
        new("Periods", 1.45f),
        new("Piezīmes", 1.7f),
    ];

    private static readonly TableColumn[] WorkerColumns =
    [
        new("Darbinieks", 2f),
        new("No", 1.45f),
        new("Līdz", 1.45f),
        new("Nodošanas iemesls", 2.8f),
    ];

    private static readonly TableColumn[] TeamColumns =
    [
        new("Komandas dalībnieks", 2f),
        new("Loma lietā", 2f),
        new("No", 1.2f),
        new("Līdz", 1.2f),
    ];

    private static readonly TableColumn[] TimelineColumns =
    [
        new("Laiks", 1.45f),
        new("Ieraksts", 1.4f),
        new("Saturs", 3.3f),
        new("Ierakstīja", 1.35f),
    ];

    private static readonly TableColumn[] AccessColumns =
    [
        new("Laiks", 1.55f),
        new("Lietotājs", 2f),
        new("Darbība", 2f),
        new("Lieta", 1.05f),
        new("Iemesls", 1.55f),
    ];

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    public static byte[] Compose(ClientFileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Client);
        ArgumentNullException.ThrowIfNull(report.Relations);
        ArgumentNullException.ThrowIfNull(report.Cases);
        ArgumentNullException.ThrowIfNull(report.AccessLog);

        var client = report.Client;
        var document = new PdfReport(new ReportInfo(
                Title + ": " + client.FullName,
                report.OrganisationName,
                report.GeneratedBy,
                report.GeneratedAt,
                Subject: "Visi dati par klientu un to, kas tiem piekļuva"))
            .Heading(Title + ": " + client.FullName)
            .Paragraph(
                $"Izraksts par visiem datiem, ko {report.OrganisationName} glabā par klientu: personas dati, likumiskie pārstāvji " +
                "un ģimene, visas klienta lietas ar to hronoloģiju, kā arī visi, kas piekļuva šiem datiem. " +
                $"Stāvoklis uz {ReportFormat.Timestamp(report.GeneratedAt)}. Ierobežotas pieejamības informācija.");

        PersonalData(document, report);
        Relations(document, report.Relations);
        Cases(document, report.Cases);

        // Later capabilities add their own sections here, each with data the caller loads into the record
        // (nothing is shown that is not recorded): needs and resources assessments, support/rehabilitation plans
        // with their revisions, records of service delivery (contacts and notes), and evaluations. Entries that
        // belong to one case go into that case's part in Cases(...); the access log stays last.
        AccessLog(document, report.AccessLog);
        return document.Render();
    }

    private static void PersonalData(PdfReport document, ClientFileReport report)
    {
        var client = report.Client;
        document.Heading("1. Personas dati", 2).KeyValues(
        [
            ("Vārds, uzvārds", client.FullName),
            ("Personas kods", client.PersonalCode ?? "nav norādīts"),
            ("Dzimšanas datums", Date(client.BirthDate)),
            ("Dzimums", client.Gender ?? None),
            ("Deklarētā dzīvesvieta", Join(", ", client.Address, client.Municipality) ?? None),
            ("Tālrunis", client.Phone ?? None),
            ("E-pasts", client.Email ?? None),
            ("Saziņas valoda", client.PreferredLanguage ?? None),
            ("Invaliditāte", Disability(client)),
            ("Mērķa grupas", client.TargetGroups.Count == 0 ? None : string.Join("; ", client.TargetGroups)),
            ("Reģistrēts", Join(", ", ReportFormat.Timestamp(client.RegisteredAt), client.RegisteredBy)),
            ("Statuss", client.ArchiveReason is null ? "Aktīvs" : "Arhivēts: " + client.ArchiveReason),
        ]);

        document.Heading("Informācija par personas datu apstrādi", 3)
            .Paragraph(client.DataProcessingInformedOn is { } on
                ? $"Klients informēts par savu personas datu apstrādi {Date(on)}" + (client.DataProcessingInformedBy is { } by ? $"; informēja {by}." : ".")
                : "Nav atzīmēts, ka klients būtu informēts par savu personas datu apstrādi.")
            .Paragraph(
                $"Personas datu pārzinis: {report.OrganisationName}. Dati tiek apstrādāti sociālo pakalpojumu sniegšanai un sociālā darba veikšanai; " +
                "tiem piekļūst tikai darbinieki, kuriem tas nepieciešams darba pienākumu veikšanai, un katra piekļuve tiek reģistrēta (4. sadaļa).");

        if (!string.IsNullOrWhiteSpace(client.Notes))
        {
            document.Heading("Piezīmes", 3).Paragraph(client.Notes);
        }
    }

    private static void Relations(PdfReport document, IReadOnlyList<ClientFileRelation> relations)
    {
        document.Heading("2. Likumiskie pārstāvji un ģimene", 2);
        if (relations.Count == 0)
        {
            document.Paragraph("Nav reģistrētu likumisko pārstāvju vai ģimenes locekļu.");
            return;
        }

        var current = relations.Where(r => r.EndedAt is null).ToList();
        var ended = relations.Where(r => r.EndedAt is not null).ToList();
        document.Heading("Pašreizējās saites", 3);
        if (current.Count == 0)
        {
            document.Paragraph("Pašlaik nav neviena.");
        }
        else
        {
            document.Table(RelationColumns, current.Select(RelationRow));
        }

        if (ended.Count > 0)
        {
            document.Heading("Izbeigtās saites", 3).Table(RelationColumns, ended.Select(RelationRow));
        }
    }

    private static string?[] RelationRow(ClientFileRelation relation)
    {
        var marks = new List<string>();
        if (relation.IsLegalRepresentative)
        {
            marks.Add("likumiskais pārstāvis");
        }

        if (relation.LivesInHousehold)
        {
            marks.Add("dzīvo kopā ar klientu");
        }

        if (relation.IsClient)
        {
            marks.Add("arī klients");
        }

        var period = relation.EndedAt is { } end
            ? $"no {Date(relation.From)}\nlīdz {Date(end)}"
            : "no " + Date(relation.From);
        var notes = Join("\n", relation.Notes, relation.EndReason is null ? null : "Izbeigta: " + relation.EndReason);
        return
        [
            relation.Kind,
            relation.Name,
            Date(relation.BirthDate),
            marks.Count == 0 ? None : string.Join(", ", marks),
            period,
            notes ?? None,
        ];
    }

    private static void Cases(PdfReport document, IReadOnlyList<ClientFileCase> cases)
    {
        document.Heading("3. Klienta lietas", 2);
        if (cases.Count == 0)
        {
            document.Paragraph("Klientam nav atvērta neviena lieta.");
            return;
        }

        document.Paragraph(cases.Count == 1 ? "Klientam ir viena lieta." : $"Klientam ir {cases.Count.ToString(ReportFormat.Latvian)} lietas.");
        foreach (var caseFile in cases)
        {
            Case(document, caseFile);
        }
    }

    private static void Case(PdfReport document, ClientFileCase caseFile)
    {
        var header = new List<(string, string?)>
        {
            ("Statuss", caseFile.Status),
            ("Atvērta", Date(caseFile.OpenedOn)),
            ("Atvēršanas iemesls", caseFile.Reason),
            ("Nosūtītājs", caseFile.ReferralSource),
            ("Atbildīgais darbinieks", caseFile.ResponsibleWorker ?? "nav norīkots"),
        };
        if (caseFile.ClosedOn is { } closed)
        {
            header.Add(("Slēgta", Date(closed)));
            header.Add(("Slēgšanas iemesls", caseFile.ClosureReason ?? None));
            header.Add(("Noslēguma kopsavilkums", caseFile.ClosingSummary ?? None));
        }

        if (caseFile.MonitoringOn is { } monitoring)
        {
            header.Add(("Uzraudzības datums", Date(monitoring)));
        }

        if (caseFile.ArchiveReason is { } archived)
        {
            header.Add(("Arhivēta", archived));
        }

        document.Heading("Lieta Nr. " + caseFile.Number, 2).KeyValues(header);

        document.Heading("Atbildīgo darbinieku vēsture", 3);
        if (caseFile.Workers.Count == 0)
        {
            document.Paragraph("Lietai nav bijis norīkots atbildīgais darbinieks.");
        }
        else
        {
            document.Table(WorkerColumns, caseFile.Workers.Select(w => new[]
            {
                w.Worker,
                Timestamp(w.From),
                w.Until is { } until ? Timestamp(until) : "pašlaik",
                w.Reason ?? (w == caseFile.Workers[0] ? "lietu atverot" : None),
            }));
        }

        if (caseFile.Team.Count > 0)
        {
            document.Heading("Lietas komanda", 3).Table(TeamColumns, caseFile.Team.Select(m => new[]
            {
                m.Name,
                m.Role ?? None,
                Timestamp(m.AddedAt),
                m.RemovedAt is { } removed ? Timestamp(removed) : "pašlaik",
            }));
        }

        document.Heading("Hronoloģija", 3);
        if (caseFile.Timeline.Count == 0)
        {
            document.Paragraph("Lietā nav ierakstu.");
        }
        else
        {
            document.Table(TimelineColumns, caseFile.Timeline.Select(e => new[]
            {
                Timestamp(e.At),
                e.Kind,
                string.IsNullOrWhiteSpace(e.Text) ? None : e.Text,
                e.By,
            }));
        }

        // Later issues: this case's needs and resources assessments, plans (with every revision), records of
        // service delivery and notes, and evaluations follow here, each as its own subsection with a table.
    }

    private static void AccessLog(PdfReport document, IReadOnlyList<ClientFileAccess> entries)
    {
        document.PageBreak().Heading("4. " + AccessLogHeading, 2)
            .Paragraph(
                "Visi piekļuves un izmaiņu žurnāla ieraksti par šo klientu: katra klienta datu vai lietas apskate, izmaiņa, " +
                "eksports un pārbaude, kas atrada šo klientu (personas koda dublikāts, līdzīgas personas), ar laiku, lietotāju " +
                "un norādīto iemeslu. Klientu saraksti un meklēšanas rezultāti žurnālā ir reģistrēti kopumā, ne pa klientiem. " +
                $"Ierakstu skaits: {entries.Count.ToString(ReportFormat.Latvian)}.");
        if (entries.Count == 0)
        {
            document.Paragraph("Žurnālā nav neviena ieraksta par šo klientu.");
            return;
        }

        document.Table(AccessColumns, entries.Select(e => new[]
        {
            Timestamp(e.At),
            e.User,
            e.Action,
            e.CaseNumber ?? None,
            e.Reason ?? None,
        }));
    }

    private static string Disability(ClientFilePerson client)
    {
        if (client.DisabilityGroup is null)
        {
            return "nav";
        }

        var period = (client.DisabilityFrom, client.DisabilityTo) switch
        {
            ({ } from, { } to) => $", no {Date(from)} līdz {Date(to)}",
            ({ } from, null) => $", no {Date(from)}",
            (null, { } to) => $", līdz {Date(to)}",
            _ => string.Empty,
        };
        return client.DisabilityGroup + period;
    }

    private static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? None;

    private static string Date(DateTimeOffset at) => ReportFormat.ToLatvianTime(at).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset at) => ReportFormat.Timestamp(at);

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}
