using System.Globalization;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class ClientFileDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_empty_file_still_has_every_section_and_says_what_is_missing()
    {
        var report = new ClientFileReport("Rīgas Sociālais dienests", "Ilze Vītola", Now, MinimalClient(), [], [], []);

        using var reader = new PdfReader(ClientFileDocument.Compose(report));

        var text = string.Join(" ", reader.PageTexts());
        Assert.Equal("Klienta lieta: Ņina Ūdre", reader.Document.Information.Title);
        Assert.Contains("Klienta lieta: Ņina Ūdre", text, StringComparison.Ordinal);
        Assert.Contains("Personas kods: nav norādīts", text, StringComparison.Ordinal);
        Assert.Contains("Nav atzīmēts, ka klients būtu informēts", text, StringComparison.Ordinal);
        Assert.Contains("Nav reģistrētu likumisko pārstāvju vai ģimenes locekļu.", text, StringComparison.Ordinal);
        Assert.Contains("Klientam nav atvērta neviena lieta.", text, StringComparison.Ordinal);
        Assert.Contains("4. Kas piekļuva šiem datiem", text, StringComparison.Ordinal);
        Assert.Contains("Žurnālā nav neviena ieraksta par šo klientu.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_file_shows_personal_data_family_cases_and_every_access()
    {
        var report = Sample(timelineEntries: 3, accesses: 4);

        using var reader = new PdfReader(ClientFileDocument.Compose(report));

        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Klienta lieta: Žanete Ķēniņa", text, StringComparison.Ordinal);
        Assert.Contains("Personas kods: 161175-19997", text, StringComparison.Ordinal);
        Assert.Contains("Dzimšanas datums: 16.11.1975", text, StringComparison.Ordinal);
        Assert.Contains("Dzimums: Sieviete", text, StringComparison.Ordinal);
        Assert.Contains("Deklarētā dzīvesvieta: Šķūņu iela 7-12, Rīga, Rīgas valstspilsēta", text, StringComparison.Ordinal);
        Assert.Contains("Invaliditāte: II grupa, no 01.01.2024 līdz 31.12.2027", text, StringComparison.Ordinal);
        Assert.Contains("Mērķa grupas: Vientuļais vecāks; Ģimene ar bērniem sociālā riska situācijā", text, StringComparison.Ordinal);
        Assert.Contains("Klients informēts par savu personas datu apstrādi 02.03.2026; informēja Ilze Vītola.", text, StringComparison.Ordinal);
        Assert.Contains("Pašreizējās saites", text, StringComparison.Ordinal);
        Assert.Contains("Ēriks Ķēniņš", text, StringComparison.Ordinal);
        Assert.Contains("likumiskais", text, StringComparison.Ordinal);
        Assert.Contains("Izbeigtās saites", text, StringComparison.Ordinal);
        Assert.Contains("Izbeigta: Šķīrušies", text, StringComparison.Ordinal);
        Assert.Contains("Lieta Nr. 2026/0153", text, StringComparison.Ordinal);
        Assert.Contains("Lieta Nr. 2024/0017", text, StringComparison.Ordinal);
        Assert.Contains("Noslēguma kopsavilkums: Mērķi sasniegti", text, StringComparison.Ordinal);
        Assert.Contains("Atbildīgo darbinieku vēsture", text, StringComparison.Ordinal);
        Assert.Contains("Darbinieces ilgstoša prombūtne", text, StringComparison.Ordinal);
        Assert.Contains("Lietas komanda", text, StringComparison.Ordinal);
        Assert.Contains("Ģimenes konsultācija nr. 3", text, StringComparison.Ordinal);

        // The access log starts on its own page and lists every entry.
        var accessPage = reader.Pages.Single(p => PdfReader.Text(p).Contains("4. Kas piekļuva šiem datiem", StringComparison.Ordinal));
        Assert.DoesNotContain("Lieta Nr.", PdfReader.Text(accessPage), StringComparison.Ordinal);
        Assert.Contains("Ierakstu skaits: 4.", PdfReader.Text(accessPage), StringComparison.Ordinal);
        Assert.Contains("Skatīja lietu", text, StringComparison.Ordinal);
        Assert.Contains("Eksportēja klienta lietu", text, StringComparison.Ordinal);
        Assert.Contains("Pārbaude pēc", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_timeline_and_access_log_flow_over_pages_with_every_entry_once()
    {
        var report = Sample(timelineEntries: 150, accesses: 120);

        using var reader = new PdfReader(ClientFileDocument.Compose(report));

        Assert.True(reader.Pages.Count >= 8, $"{reader.Pages.Count} pages");
        var words = reader.Words().Select(w => w.Word.Text).ToList();
        for (var i = 1; i <= 150; i++)
        {
            Assert.Single(words, w => w == string.Create(CultureInfo.InvariantCulture, $"T{i:D3}."));
        }

        for (var i = 1; i <= 120; i++)
        {
            Assert.Single(words, w => w == string.Create(CultureInfo.InvariantCulture, $"(lietotajs{i:D3})"));
        }

        // The table header repeats on every page a table continues on; every page has the header and footer.
        var texts = reader.PageTexts();
        Assert.All(texts, t => Assert.Contains("Klienta lieta: Žanete Ķēniņa", t, StringComparison.Ordinal));
        Assert.All(texts.Select((t, i) => (t, i)), p => Assert.Contains($"Lapa {p.i + 1} no {texts.Count}", p.t, StringComparison.Ordinal));
        var timelinePages = texts.Where(t => t.Contains("T0", StringComparison.Ordinal) || t.Contains("T1", StringComparison.Ordinal)).ToList();
        Assert.True(timelinePages.Count >= 3);
        Assert.All(timelinePages, t => Assert.Contains("Laiks Ieraksts Saturs Ierakstīja", t, StringComparison.Ordinal));
        var accessPages = texts.Where(t => t.Contains("lietotajs", StringComparison.Ordinal)).ToList();
        Assert.True(accessPages.Count >= 2);
        Assert.All(accessPages, t => Assert.Contains("Laiks Lietotājs Darbība Lieta Iemesls", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Realistic_sample_for_people_to_look_at()
    {
        var pdf = ClientFileDocument.Compose(Sample(timelineEntries: 12, accesses: 25));

        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, "client-file.pdf"), pdf);
        }

        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 2);
    }

    private static ClientFilePerson MinimalClient() => new(
        "Ņina", "Ūdre", null, null, null, null, null, null, null, null, null, null, null, [], null, null, null, Now.AddDays(-1), null, null);

    internal static ClientFileReport Sample(int timelineEntries, int accesses)
    {
        var client = new ClientFilePerson(
            FirstName: "Žanete",
            LastName: "Ķēniņa",
            PersonalCode: "161175-19997",
            BirthDate: new DateOnly(1975, 11, 16),
            Gender: "Sieviete",
            Municipality: "Rīgas valstspilsēta",
            Address: "Šķūņu iela 7-12, Rīga",
            Phone: "+371 29 123 456",
            Email: "zanete.kenina@example.lv",
            PreferredLanguage: "latviešu",
            DisabilityGroup: "II grupa",
            DisabilityFrom: new DateOnly(2024, 1, 1),
            DisabilityTo: new DateOnly(2027, 12, 31),
            TargetGroups: ["Vientuļais vecāks", "Ģimene ar bērniem sociālā riska situācijā"],
            DataProcessingInformedOn: new DateOnly(2026, 3, 2),
            DataProcessingInformedBy: "Ilze Vītola",
            Notes: "Klientei ir grūtības ar lasīšanu: dokumentus izskaidrot mutiski. Sazināties pēc plkst. 16.",
            RegisteredAt: new DateTimeOffset(2024, 2, 10, 8, 15, 0, TimeSpan.Zero),
            RegisteredBy: "Ilze Vītola",
            ArchiveReason: null);
        var relations = new List<ClientFileRelation>
        {
            new("Bērns", "Ēriks Ķēniņš", new DateOnly(2015, 6, 1), false, true, true, null, new DateTimeOffset(2024, 2, 10, 8, 20, 0, TimeSpan.Zero), null, null),
            new("Bērns", "Līva Ķēniņa", new DateOnly(2019, 9, 14), false, true, false, "Apmeklē bērnudārzu \"Pasaciņa\"", new DateTimeOffset(2024, 2, 10, 8, 21, 0, TimeSpan.Zero), null, null),
            new("Vecāks", "Gunārs Bērziņš", new DateOnly(1950, 4, 3), true, false, false, "Palīdz ar bērnu pieskatīšanu", new DateTimeOffset(2024, 2, 10, 8, 22, 0, TimeSpan.Zero), null, null),
            new("Laulātais / partneris", "Mārtiņš Ķēniņš", null, false, false, false, null, new DateTimeOffset(2024, 2, 10, 8, 23, 0, TimeSpan.Zero), new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero), "Šķīrušies"),
        };
        var opened = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        var kinds = new[] { "Reģistrēts kontakts", "Komandas dalībnieks pievienots", "Lieta nodota" };
        var timeline = new List<ClientFileEvent> { new(opened, "Lieta atvērta", "Skolas sociālā pedagoga ziņojums par bērnu kavējumiem", "Ilze Vītola") };
        timeline.AddRange(Enumerable.Range(1, timelineEntries).Select(i => new ClientFileEvent(
            opened.AddDays(i),
            kinds[i % kinds.Length],
            string.Create(CultureInfo.InvariantCulture, $"T{i:D3}. Ģimenes konsultācija nr. {i}: pārrunāta bērnu ikdiena, skolas apmeklējums un mājokļa apstākļi; vienošanās par nākamo tikšanos.") + (i % 10 == 0 ? " " + string.Concat(Enumerable.Repeat("Papildu piezīmes par situāciju. ", 8)) : string.Empty),
            i % 2 == 0 ? "Ilze Vītola" : "Kārlis Ozoliņš")));
        var current = new ClientFileCase(
            Number: "2026/0153",
            Status: "Atvērta",
            OpenedOn: new DateOnly(2026, 3, 2),
            Reason: "Bērni bieži kavē skolu; mātei grūtības ar mājokļa uzturēšanu",
            ReferralSource: "Skola",
            ResponsibleWorker: "Kārlis Ozoliņš",
            ClosedOn: null,
            ClosureReason: null,
            ClosingSummary: null,
            MonitoringOn: null,
            ArchiveReason: null,
            Workers:
            [
                new("Ilze Vītola", opened, opened.AddDays(40), null),
                new("Kārlis Ozoliņš", opened.AddDays(40), null, "Darbinieces ilgstoša prombūtne"),
            ],
            Team:
            [
                new("Dace Šmite", "psiholoģe", opened.AddDays(3), null),
                new("Gunta Čakste", "ergoterapeite", opened.AddDays(5), opened.AddDays(60)),
            ],
            Timeline: timeline);
        var earlier = new ClientFileCase(
            "2024/0017", "Slēgta", new DateOnly(2024, 2, 10), "Parādi par komunālajiem maksājumiem", "Pats klients", "Ilze Vītola",
            new DateOnly(2024, 9, 30), "Mērķi sasniegti", "Mērķi sasniegti: parādi nokārtoti, ģimene saņem mājokļa pabalstu.", new DateOnly(2025, 3, 31), null,
            [new("Ilze Vītola", new DateTimeOffset(2024, 2, 10, 8, 30, 0, TimeSpan.Zero), null, null)],
            [],
            [
                new(new DateTimeOffset(2024, 2, 10, 8, 30, 0, TimeSpan.Zero), "Lieta atvērta", "Parādi par komunālajiem maksājumiem", "Ilze Vītola"),
                new(new DateTimeOffset(2024, 9, 30, 12, 0, 0, TimeSpan.Zero), "Lieta slēgta", "Mērķi sasniegti: parādi nokārtoti, ģimene saņem mājokļa pabalstu.", "Ilze Vītola"),
                new(new DateTimeOffset(2024, 9, 30, 12, 0, 0, TimeSpan.Zero), "Uzraudzība", "31.03.2025", "Ilze Vītola"),
            ]);
        string[] actions = ["Skatīja klienta datus", "Skatīja lietu", "Laboja klienta datus", "Meklēja klientus"];
        var access = Enumerable.Range(1, accesses).Select(i => new ClientFileAccess(
            opened.AddHours(i * 5),
            string.Create(CultureInfo.InvariantCulture, $"Ilze Vītola (lietotajs{i:D3})"),
            i == accesses ? "Eksportēja klienta lietu (PDF)" : actions[i % actions.Length],
            i % 4 == 1 ? "2026/0153" : null,
            i == 2 ? "Pārbaude pēc klienta sūdzības" : null)).ToList();
        return new ClientFileReport("Rīgas valstspilsētas pašvaldības Sociālais dienests", "Kārlis Ozoliņš", Now, client, relations, [earlier, current], access);
    }
}
