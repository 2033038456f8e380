using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Reporting;
using SocialServices.Reports;
using SocialServices.Reports.Documents;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Reporting;

/// <summary>
/// Turns a report and its figures into the PDF's input, in Latvian whatever the interface language (it leaves the
/// organisation as an official document). Clients appear by case number only, never by name.
/// </summary>
public sealed class AnnualReportPdfBuilder(IStringLocalizer<SharedResource> t)
{
    private static readonly CultureInfo Lv = Cultures.LatvianCulture;

    public byte[] Compose(ReportView view, string? organisationDetails, string generatedBy, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Lv;
        try
        {
            return AnnualReportDocument.Compose(Build(view, organisationDetails, generatedBy, generatedAt));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>The PDF's input (for tests and the PDF alike).</summary>
    public AnnualReportPdf Build(ReportView view, string? organisationDetails, string generatedBy, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (r, f) = (view.Report, view.Figures);
        var about = new List<(string, string?)>
        {
            ("Pašvaldība", f.MunicipalityName),
            ("Līgums", string.Create(Lv, $"Nr. {f.ContractNumber}, noslēgts {Date(f.ContractSignedOn)}")),
            ("Pārskata periods", Date(f.PeriodFrom) + " – " + Date(f.PeriodTo)),
            ("Versija", string.Create(Lv, $"{r.VersionNumber}.") + (r.Reason is { } reason ? " (" + reason + ")" : string.Empty)),
            ("Skaitļi aprēķināti", f.ComputedAt.ToLatvian().ToString("dd.MM.yyyy HH:mm", Lv) + (r.IsDraft ? " (melnraksts)" : " (galīgā versija)")),
        };

        var sections = new List<AnnualSection>
        {
            Section1(r, f),
            Section2(f),
            Section3(f),
            Section4(f),
            Section5(f),
            Section6(f),
            new("7. Cita informācija", [new AnnualParagraph(r.OtherText ?? "Nav.")]),
        };
        return new AnnualReportPdf(f.ProviderName, organisationDetails, Title(f), about, r.IsDraft, sections, r.FinalisedByName, generatedBy, generatedAt);
    }

    public static string Title(AnnualFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return string.Create(Lv, $"Pārskats par līguma Nr. {figures.ContractNumber} izpildi {figures.Year}. gadā");
    }

    private static AnnualSection Section1(AnnualReport r, AnnualFigures f)
    {
        var rows = f.Services.Select(s => Row(s.Code + " " + s.Name, N(s.GroupsRun), N(s.SessionsHeld), N(s.Appointments), N(s.Episodes), N(s.Clients))).ToList();
        rows.Add(Row("Kopā", N(f.Services.Sum(s => s.GroupsRun)), N(f.Services.Sum(s => s.SessionsHeld)), N(f.Services.Sum(s => s.Appointments)), N(f.Services.Sum(s => s.Episodes)), N(f.TotalClients)));
        return new AnnualSection("1. Pārvaldes uzdevuma izpilde un sasniegtie rezultāti",
        [
            new AnnualParagraph("Deleģētais uzdevums: " + f.DelegatedTask),
            new AnnualTable(
            [
                new("Pakalpojums", 3f), new("Grupas", 1f, CellAlignment.Right), new("Nodarbības", 1.35f, CellAlignment.Right),
                new("Individuālās tikšanās", 1.3f, CellAlignment.Right), new("Pakalpojuma epizodes", 1.3f, CellAlignment.Right), new("Klienti", 1f, CellAlignment.Right),
            ], rows),
            new AnnualParagraph("Klients, kas saņēmis vairākus pakalpojumus, katrā pakalpojumā skaitīts vienreiz un kopskaitā vienreiz."),
            new AnnualParagraph(r.ResultsText ?? "Nav aprakstīts."),
        ]);
    }

    private static AnnualSection Section2(AnnualFigures f)
    {
        var p = f.PlanTotals;
        var parts = new List<AnnualPart>
        {
            new AnnualParagraph(string.Create(Lv, $"Izvērtēti {p.Clients} klienti: progress {p.Progress}, bez izmaiņām {p.NoChange}, regress {p.Regress}. Mērķi kopā {p.Goals}: sasniegti {p.GoalsAchieved}, daļēji {p.GoalsPartly}, nav sasniegti {p.GoalsNotAchieved}.")),
        };
        if (f.PlanResults.Count > 0)
        {
            var rows = f.PlanResults.Select(c => Row(c.CaseNumber, Date(c.EvaluatedOn), EvaluationTexts(c.Result), N(c.GoalsAchieved), N(c.GoalsPartly), N(c.GoalsNotAchieved))).ToList();
            rows.Add(Row("Kopā", string.Empty, string.Create(Lv, $"{p.Progress} / {p.NoChange} / {p.Regress}"), N(p.GoalsAchieved), N(p.GoalsPartly), N(p.GoalsNotAchieved)));
            parts.Add(new AnnualTable(
            [
                new("Lietas Nr.", 1.3f), new("Izvērtēts", 1.1f), new("Rezultāts", 1.3f),
                new("Mērķi sasniegti", 1f, CellAlignment.Right), new("Daļēji", 0.9f, CellAlignment.Right), new("Nav sasniegti", 1f, CellAlignment.Right),
            ], rows));
            parts.Add(new AnnualBarChart("Klientu izvērtējumu rezultāti", ["Progress", "Bez izmaiņām", "Regress"], [("Klienti", [p.Progress, p.NoChange, p.Regress])]));
        }

        if (f.GroupEvaluations.Count == 0)
        {
            parts.Add(new AnnualParagraph("Grupu noslēguma izvērtējumi periodā nav rakstīti."));
        }
        else
        {
            var rows = f.GroupEvaluations.Select(g => Row(g.ProgrammeCode + " " + g.ProgrammeName, N(g.Groups), N(g.Members), string.Create(Lv, $"{g.SessionsAttended} no {g.SessionsHeld}"))).ToList();
            rows.Add(Row("Kopā", N(f.GroupEvaluations.Sum(g => g.Groups)), N(f.GroupEvaluations.Sum(g => g.Members)),
                string.Create(Lv, $"{f.GroupEvaluations.Sum(g => g.SessionsAttended)} no {f.GroupEvaluations.Sum(g => g.SessionsHeld)}")));
            parts.Add(new AnnualParagraph("Grupu dalībnieku noslēguma izvērtējumi (spēkā esošā versija):"));
            parts.Add(new AnnualTable(
            [
                new("Programma", 3.2f), new("Grupas", 1f, CellAlignment.Right), new("Izvērtēti dalībnieki", 1.3f, CellAlignment.Right), new("Apmeklētas nodarbības", 1.5f, CellAlignment.Right),
            ], rows));
        }

        return new AnnualSection("2. Klientu sociālās rehabilitācijas plānu izpilde", parts);
    }

    private AnnualSection Section3(AnnualFigures f)
    {
        var d = f.Distribution;
        var withUnknown = d.ByAgeAndGender.Any(r => r.Unknown > 0);
        var columns = new List<TableColumn> { new("Vecuma grupa", 1.6f), new("Sievietes", 1f, CellAlignment.Right), new("Vīrieši", 1f, CellAlignment.Right) };
        if (withUnknown)
        {
            columns.Add(new TableColumn("Dzimums nav zināms", 1.2f, CellAlignment.Right));
        }

        columns.Add(new TableColumn("Kopā", 1f, CellAlignment.Right));
        string?[] AgeRow(string band, int female, int male, int unknown, int total) =>
            withUnknown ? Row(band, N(female), N(male), N(unknown), N(total)) : Row(band, N(female), N(male), N(total));
        var ageRows = d.ByAgeAndGender.Select(r => AgeRow(r.Band == AgeBands.Unknown ? "Vecums nav zināms" : r.Band, r.Female, r.Male, r.Unknown, r.Total)).ToList();
        ageRows.Add(AgeRow("Kopā", d.ByAgeAndGender.Sum(r => r.Female), d.ByAgeAndGender.Sum(r => r.Male), d.ByAgeAndGender.Sum(r => r.Unknown), d.TotalClients));

        var typeRows = d.ByServiceType.Select(kv => Row(t["ServiceType." + kv.Key].Value, N(kv.Value))).ToList();
        var names = f.Services.ToDictionary(s => s.ServiceId, s => s.Code + " " + s.Name);
        var serviceRows = d.ByService.Select(kv => Row(names.GetValueOrDefault(kv.Key, "#" + kv.Key.ToString(Lv)), N(kv.Value))).ToList();
        return new AnnualSection("3. Klientu skaits pa vecumiem, dzimumiem un pakalpojumu veidiem",
        [
            new AnnualParagraph(string.Create(Lv, $"Vecums noteikts {Date(f.PeriodTo)}. Katrs klients vecuma un dzimuma tabulā skaitīts vienreiz.")),
            new AnnualTable(columns, ageRows),
            new AnnualBarChart("Klienti pa vecuma grupām un dzimumiem", d.ByAgeAndGender.Select(r => r.Band == AgeBands.Unknown ? "?" : r.Band).ToList(),
                [("Sievietes", d.ByAgeAndGender.Select(r => (double)r.Female).ToList()), ("Vīrieši", d.ByAgeAndGender.Select(r => (double)r.Male).ToList())]),
            new AnnualTable([new("Pakalpojuma veids", 3f), new("Klienti", 1f, CellAlignment.Right)], typeRows),
            new AnnualTable([new("Pakalpojums", 3f), new("Klienti", 1f, CellAlignment.Right)], serviceRows),
        ]);
    }

    private static AnnualSection Section4(AnnualFigures f)
    {
        var c = f.Complaints;
        var parts = new List<AnnualPart>();
        if (f.Satisfaction.Count == 0)
        {
            parts.Add(new AnnualParagraph("Klientu apmierinātības aptaujas pārskata periodā nav veiktas."));
        }
        else
        {
            parts.Add(new AnnualTable([new("Pakalpojums", 3f), new("Atbildes", 1f, CellAlignment.Right), new("Vidējais vērtējums (1–5)", 1.4f, CellAlignment.Right)],
                f.Satisfaction.Select(s => Row(s.ServiceName, N(s.Responses), s.AverageScore?.ToString("0.0", Lv) ?? "–")).ToList()));
        }

        parts.Add(new AnnualTable([new("Sūdzības", 3f), new("Skaits", 1f, CellAlignment.Right)],
        [
            Row("Saņemtas", N(c.Received)), Row("Pamatotas", N(c.Justified)), Row("Daļēji pamatotas", N(c.PartlyJustified)),
            Row("Nepamatotas", N(c.Unjustified)), Row("Vēl nav atbildētas", N(c.Open)), Row("Atsauktas (saņemtajās nav ieskaitītas)", N(c.Withdrawn)),
        ]));
        return new AnnualSection("4. Klientu apmierinātība ar pakalpojumiem, saņemtās sūdzības un to pamatotība", parts);
    }

    private AnnualSection Section5(AnnualFigures f) =>
        new("5. Pakalpojumu sniegšanā iesaistīto speciālistu kvalifikācija", f.Qualifications.Count == 0
            ? [new AnnualParagraph("Periodā neviens reģistrā esošs darbinieks nav vadījis līguma pakalpojumu nodarbības vai individuālās tikšanās.")]
            : [
                new AnnualParagraph(string.Create(Lv, $"Speciālisti, kas periodā vadīja līguma pakalpojumu nodarbības vai individuālās tikšanās: {f.Qualifications.Count}.")),
                new AnnualTable([new("Speciālists", 1.5f), new("Amats (profesijas kods)", 1.8f), new("Izglītība", 2.6f), new("Sertifikāti, apmācības", 2.1f)],
                    f.Qualifications.Select(q => Row(q.Name, q.Position + (q.ProfessionCode is { } code ? " (" + code + ")" : string.Empty),
                        q.Education.Count == 0 ? "–" : string.Join("; ", q.Education.Select(e => t["Staff.Level." + e.Level].Value + ": " + e.Qualification + ", " + e.Institution + (e.CompletedOn is { } done ? ", " + done.Year.ToString(Lv) : string.Empty))),
                        q.Certificates.Count == 0 ? "–" : string.Join("; ", q.Certificates.Select(c => c.Title + " (" + Date(c.IssuedOn) + (c.ValidUntil is { } until ? "–" + Date(until) : string.Empty) + ")")))).ToList()),
            ]);

    private static AnnualSection Section6(AnnualFigures f)
    {
        if (f.Development.Count == 0 || f.DevelopmentTotals is not { } totals)
        {
            return new("6. Personālam sniegtās apmācības un supervīzijas", [new AnnualParagraph("Nav datu.")]);
        }

        var rows = f.Development.Select(d => Row(d.Name, d.Position, N(d.Trainings),
                H(d.TrainingHours) + " (" + H(d.RequiredTrainingHours) + ")",
                N(d.SupervisionSessions) + " (" + N(d.RequiredSupervisionSessions) + ")",
                H(d.SupervisionHours), d.Shortfalls.Count == 0 ? "izpildīts" : string.Join("; ", d.Shortfalls.Select(Shortfall)))).ToList();
        rows.Add(Row("Kopā", string.Empty, N(totals.Trainings), H(totals.TrainingHours), N(totals.SupervisionSessions), H(totals.SupervisionHours),
            string.Create(Lv, $"nav izpildīts: {totals.StaffShort}")));
        return new("6. Personālam sniegtās apmācības un supervīzijas",
        [
            new AnnualParagraph(string.Create(Lv, $"Periodā nodarbināti {totals.Staff} darbinieki; prasības (iekavās) aprēķinātas proporcionāli nostrādātajiem mēnešiem.")),
            new AnnualTable(
            [
                new("Darbinieks", 1.4f), new("Amats", 1.3f), new("Mācības", 1.1f, CellAlignment.Right), new("Stundas (prasība)", 1.1f, CellAlignment.Right),
                new("Supervīzijas (prasība)", 1.45f, CellAlignment.Right), new("Supervīziju stundas", 1.35f, CellAlignment.Right), new("Trūkst", 1.65f),
            ], rows),
        ]);
    }

    private static string Shortfall(SocialServices.Domain.Staff.Shortfall s) => s.Kind switch
    {
        SocialServices.Domain.Staff.ShortfallKind.Supervision => string.Create(Lv, $"supervīzijas: trūkst {s.Missing:0.##}"),
        SocialServices.Domain.Staff.ShortfallKind.Training => string.Create(Lv, $"apmācības: trūkst {s.Missing:0.##} h"),
        SocialServices.Domain.Staff.ShortfallKind.ChildRightsExpired => "bērnu tiesību aizsardzības apmācība beigusies " + (s.ExpiredOn is { } d ? Date(d) : string.Empty),
        _ => "nav bērnu tiesību aizsardzības apmācības",
    };

    private static string EvaluationTexts(OverallResult result) => result switch
    {
        OverallResult.Progress => "progress",
        OverallResult.NoChange => "bez izmaiņām",
        _ => "regress",
    };

    private static string?[] Row(params string?[] cells) => cells;

    private static string N(int value) => value.ToString("N0", Lv);

    private static string H(decimal value) => value.ToString("0.#", Lv);

    private static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
