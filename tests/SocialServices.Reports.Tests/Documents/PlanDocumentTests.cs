using System.Text.RegularExpressions;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class PlanDocumentTests
{
    /// <summary>05.03.2026 14:30 in Riga (UTC+2 in winter).</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 3, 5, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_plan_has_its_header_client_goals_with_task_tables_lists_review_and_signature_lines_in_Latvian()
    {
        using var reader = new PdfReader(PlanDocument.Compose(Sample()));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Equal("Sociālās rehabilitācijas plāns, lieta 2026/0007, 2. redakcija", reader.Document.Information.Title);
        Assert.Contains("Biedrība „Atbalsts ģimenei”", text, StringComparison.Ordinal);
        Assert.Contains("Reģ. Nr. 40008000001, Lielā iela 1, Jelgava", text, StringComparison.Ordinal);
        Assert.Contains("SOCIĀLĀS REHABILITĀCIJAS PLĀNS 2. redakcija, 02.03.2026", text, StringComparison.Ordinal);
        Assert.Contains("Klients: Ēriks Ķēniņš Personas kods: 150615-12345 Dzimšanas datums: 15.06.2015 Lietas Nr.: 2026/0007", text, StringComparison.Ordinal);
        Assert.Contains("Izmaiņu iemesls: Izvērtēšana: budžets sakārtots, parāda vienošanās vēl nav", text, StringComparison.Ordinal);
        Assert.Contains("Risināmās problēmas 1. Parādi par komunālajiem maksājumiem 2. Bērns bieži kavē skolu", text, StringComparison.Ordinal);
        Assert.Contains("1. mērķis: Ģimenes finanses ir sakārtotas", text, StringComparison.Ordinal);
        Assert.Contains("2. mērķis: Bērns regulāri apmeklē skolu", text, StringComparison.Ordinal);
        Assert.Contains("Plānotie pakalpojumi un atbalsts 1. Psihologa konsultācijas bērnam", text, StringComparison.Ordinal);
        Assert.Contains("Sadarbības institūcijas 1. Jelgavas 4. vidusskola 2. Bāriņtiesa", text, StringComparison.Ordinal);
        Assert.Contains("Norunātie tikšanās laiki 1. Katru otro otrdienu plkst. 10.00", text, StringComparison.Ordinal);
        Assert.Contains("Nākamā plāna izvērtēšana: 02.03.2027 (ne vēlāk kā 12 mēnešus pēc plāna sastādīšanas).", text, StringComparison.Ordinal);
        Assert.Contains("Saskaņošana ar klientu Datums: 03.03.2026 Veids: saskaņots mutiski Klienta komentāri: Piekrītu, pulciņu izvēlēsies pats bērns.", text, StringComparison.Ordinal);
        Assert.Contains("Klients Ēriks Ķēniņš ______________________________ (paraksts) Datums:", text, StringComparison.Ordinal);
        Assert.Contains("Sociālais darbinieks Ilze Ozola ______________________________ (paraksts)", text, StringComparison.Ordinal);
        Assert.Contains("Dokuments sagatavots: 05.03.2026 14:30 (Ilze Ozola)", text, StringComparison.Ordinal);
        Assert.Contains("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_goal_has_a_table_of_its_tasks_with_measure_deadline_result_responsible_and_status()
    {
        using var reader = new PdfReader(PlanDocument.Compose(Sample()));

        var page = reader.Pages[0];
        var words = page.GetWords().ToList();
        var header = words.Where(w => Math.Abs(w.BoundingBox.Top - words.First(x => x.Text == "Pasākums").BoundingBox.Top) < 1).ToList();
        var lefts = PlanDocument.TaskColumns.Select(h => h.Split(' ')[0]).Append(PlanDocument.StatusColumn).Select(h => header.First(w => w.Text == h).BoundingBox.Left - 2).ToList();
        string[] Row(string key)
        {
            var anchor = words.First(w => w.Text == key);
            var below = words.Where(w => w.Text.EndsWith('.') && w.BoundingBox.Left < lefts[1] && w.BoundingBox.Top < anchor.BoundingBox.Top - 1).Select(w => w.BoundingBox.Top).DefaultIfEmpty(0).Max();
            var inRow = words.Where(w => w.BoundingBox.Bottom <= anchor.BoundingBox.Bottom + 1 && w.BoundingBox.Top > Math.Max(below + 2, anchor.BoundingBox.Top - 40)).ToList();
            return [.. lefts.Select((left, c) => string.Join(" ", inRow
                .Where(w => w.BoundingBox.Left >= left && w.BoundingBox.Left < (c + 1 < lefts.Count ? lefts[c + 1] : double.MaxValue))
                .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text)))];
        }

        Assert.Equal(["1.1.", "Kopā ar klientu sastādīt mēneša budžetu", "20.01.2026", "Klientam ir rakstisks budžets", "Ilze Ozola (darbinieks)", "izpildīts"], Row("1.1."));
        Assert.Equal(["1.2.", "Vienoties ar namu pārvaldnieku par parāda atmaksu", "27.03.2026", "Noslēgta vienošanās", "Ēriks Ķēniņš (klients)", "daļēji izpildīts"], Row("1.2."));
        Assert.Contains("2.1.", reader.PageTexts().First(t => t.Contains("2. mērķis", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_agreement_the_client_underlines_agree_or_disagree_and_empty_lists_say_so()
    {
        var plan = Sample() with { Agreement = null, Meetings = [], Goals = [Sample().Goals[0] with { Tasks = [.. Sample().Goals[0].Tasks.Select(t => t with { Status = null })] }] };

        using var reader = new PdfReader(PlanDocument.Compose(plan));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Contains("Piekrītu / nepiekrītu plānam (vajadzīgo pasvītrot).", text, StringComparison.Ordinal);
        Assert.Contains("Norunātie tikšanās laiki Nav norādīts.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Izpilde", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_plan_runs_over_pages_with_the_signature_block_at_the_end()
    {
        var goals = Enumerable.Range(1, 8).Select(g => new PlanReportGoal(g, $"Mērķis numur {g}: ģimenes dzīves kvalitātes uzlabošana",
            [.. Enumerable.Range(1, 5).Select(t => new PlanReportTask($"Pasākums {g}.{t}: regulāras konsultācijas un sadarbība ar skolu un ārstu", new DateOnly(2026, 4, t), "Sagaidāms, ka situācija uzlabosies", "Ilze Ozola (darbinieks)"))])).ToList();

        var pdf = PlanDocument.Compose(Sample() with { Goals = goals });
        Keep("plan-long.pdf", pdf);
        using var reader = new PdfReader(pdf);

        Assert.True(reader.Pages.Count >= 2);
        var last = Normalise(reader.PageTexts()[^1]);
        Assert.Contains("Dokuments sagatavots", last, StringComparison.Ordinal);
        Assert.Contains($"Lapa {reader.Pages.Count} no {reader.Pages.Count}", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_plan_for_looking_at()
    {
        var pdf = PlanDocument.Compose(Sample());
        Keep("plan.pdf", pdf);
        using var reader = new PdfReader(pdf);
        Assert.NotEmpty(reader.Pages);
    }

    [Fact]
    public void Required_texts_are_checked()
    {
        Assert.Throws<ArgumentException>(() => PlanDocument.Compose(Sample() with { ClientName = " " }));
        Assert.Throws<ArgumentException>(() => PlanDocument.Compose(Sample() with { Goals = [new PlanReportGoal(1, "", [])] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanDocument.Compose(Sample() with { RevisionNumber = 0 }));
    }

    internal static PlanReport Sample() => new(
        OrganisationName: "Biedrība „Atbalsts ģimenei”",
        OrganisationDetails: "Reģ. Nr. 40008000001, Lielā iela 1, Jelgava",
        KindName: "Sociālās rehabilitācijas plāns",
        ClientName: "Ēriks Ķēniņš",
        ClientPersonalCode: "150615-12345",
        ClientBirthDate: new DateOnly(2015, 6, 15),
        CaseNumber: "2026/0007",
        ResponsibleWorker: "Ilze Ozola",
        RevisionNumber: 2,
        RevisedOn: new DateOnly(2026, 3, 2),
        AuthorName: "Ilze Ozola",
        Reason: "Izvērtēšana: budžets sakārtots, parāda vienošanās vēl nav",
        ReviewOn: new DateOnly(2027, 3, 2),
        ReviewRule: "ne vēlāk kā 12 mēnešus pēc plāna sastādīšanas",
        Problems: ["Parādi par komunālajiem maksājumiem", "Bērns bieži kavē skolu", "ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž"],
        Goals:
        [
            new PlanReportGoal(1, "Ģimenes finanses ir sakārtotas",
            [
                new PlanReportTask("Kopā ar klientu sastādīt mēneša budžetu", new DateOnly(2026, 1, 20), "Klientam ir rakstisks budžets", "Ilze Ozola (darbinieks)", "izpildīts"),
                new PlanReportTask("Vienoties ar namu pārvaldnieku par parāda atmaksu", new DateOnly(2026, 3, 27), "Noslēgta vienošanās", "Ēriks Ķēniņš (klients)", "daļēji izpildīts"),
            ]),
            new PlanReportGoal(2, "Bērns regulāri apmeklē skolu",
            [
                new PlanReportTask("Tikšanās ar klases audzinātāju", new DateOnly(2026, 1, 14), "Vienošanās par kavējumu uzskaiti", "Jelgavas 4. vidusskola (institūcija)", "izpildīts"),
            ]),
        ],
        Services: ["Psihologa konsultācijas bērnam", "Atbalsta grupa vecākiem"],
        Institutions: ["Jelgavas 4. vidusskola", "Bāriņtiesa"],
        Meetings: ["Katru otro otrdienu plkst. 10.00"],
        Agreement: new PlanReportAgreement(new DateOnly(2026, 3, 3), "saskaņots mutiski", "Piekrītu, pulciņu izvēlēsies pats bērns."),
        GeneratedBy: "Ilze Ozola",
        GeneratedAt: GeneratedAt);

    private static void Keep(string file, byte[] pdf)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, file), pdf);
        }
    }

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
