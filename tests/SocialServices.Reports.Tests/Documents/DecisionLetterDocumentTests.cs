using System.Globalization;
using System.Text.RegularExpressions;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class DecisionLetterDocumentTests
{
    /// <summary>05.03.2026 14:30 in Riga (UTC+2 in winter).</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 3, 5, 12, 30, 0, TimeSpan.Zero);

    private const string RefusalReason =
        "Iesniedzēja ienākumi pārsniedz saistošajos noteikumos noteikto slieksni; ģimenē ir darbspējīgi locekļi, " +
        "kuri var nodrošināt aprūpi. Ņemts vērā ārsta ķirurga atzinums un sociālā darbinieka „mājas apsekojuma” akts.";

    [Fact]
    public void A_refusal_has_the_reasons_the_full_appeal_sentence_and_Latvian_letters_exactly()
    {
        var letter = Sample(DecisionLetterOutcome.Refused) with
        {
            Reasons = RefusalReason + "\n\nĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž „pēdiņās”.",
        };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Equal("Lēmums Nr. L-2026/0012", reader.Document.Information.Title);
        Assert.Equal("Ilze Vītola", reader.Document.Information.Author);
        Assert.Contains("Jelgavas valstspilsētas pašvaldības Sociālais dienests", text, StringComparison.Ordinal);
        Assert.Contains("Reģ. Nr. 90000012345, Pasta iela 37, Jelgava, LV-3001", text, StringComparison.Ordinal);
        Assert.Contains("Gunārs Bērziņš Lielā iela 5-3, Jelgava, LV-3001", text, StringComparison.Ordinal);
        Assert.Contains("LĒMUMS par atteikumu piešķirt sociālo pakalpojumu", text, StringComparison.Ordinal);
        Assert.Contains("Nr. L-2026/0012, 04.03.2026, Jelgavas valstspilsēta", text, StringComparison.Ordinal);
        Assert.Contains("Iesnieguma Nr.: IES-2026/0141 Iesniegts: 10.02.2026 Visi dokumenti saņemti: 17.02.2026", text, StringComparison.Ordinal);
        Assert.Contains("Iesniedzējs: Gunārs Bērziņš Pakalpojuma saņēmējs: Ēriks Ķēniņš, personas kods 150615-12345", text, StringComparison.Ordinal);
        Assert.Contains("Pieprasītais pakalpojums Aprūpe mājās (APR-01)", text, StringComparison.Ordinal);
        Assert.Contains("Lēmums Atteikt piešķirt sociālo pakalpojumu „Aprūpe mājās”. Pakalpojuma saņēmējs: Ēriks Ķēniņš.", text, StringComparison.Ordinal);
        Assert.Contains("Pamatojums " + Normalise(RefusalReason), text, StringComparison.Ordinal);
        Assert.Contains("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž „pēdiņās”.", text, StringComparison.Ordinal);
        Assert.Contains("Tiesiskais pamats Sociālo pakalpojumu un sociālās palīdzības likuma 9. panta pirmā daļa", text, StringComparison.Ordinal);
        Assert.Contains(
            "Lēmuma apstrīdēšanas kārtība Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt Jelgavas valstspilsētas domē " +
            "viena mēneša laikā no tā spēkā stāšanās dienas. Domes lēmumu var pārsūdzēt Administratīvajā rajona tiesā viena mēneša laikā " +
            "no tā spēkā stāšanās dienas.",
            text,
            StringComparison.Ordinal);
        Assert.Contains(Normalise(DecisionLetterDocument.AppealText(letter.MunicipalityName)), text, StringComparison.Ordinal);
        Assert.Contains("Sociālā dienesta vadītāja Dace Šmite ______________________________ (paraksts)", text, StringComparison.Ordinal);
        Assert.Contains("Dokuments sagatavots: 05.03.2026 14:30 (Ilze Vītola)", text, StringComparison.Ordinal);
        Assert.Contains($"Lapa 1 no {reader.Pages.Count}", text, StringComparison.Ordinal);

        // Nothing that belongs to other outcomes.
        Assert.DoesNotContain("Kārtas numurs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pakalpojuma sniedzējs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_has_start_planned_end_provider_and_group()
    {
        var letter = Sample(DecisionLetterOutcome.Granted) with { ApplicantName = "Ēriks Ķēniņš", ApplicantAddress = null, Reasons = null };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Contains("LĒMUMS par sociālā pakalpojuma piešķiršanu", text, StringComparison.Ordinal);
        Assert.Contains("Piešķirt sociālo pakalpojumu „Aprūpe mājās”. Pakalpojuma saņēmējs: Ēriks Ķēniņš.", text, StringComparison.Ordinal);
        Assert.Contains("Pakalpojuma sākums: 01.04.2026", text, StringComparison.Ordinal);
        Assert.Contains("Plānotās beigas: 31.12.2026", text, StringComparison.Ordinal);
        Assert.Contains("Pakalpojuma sniedzējs: SIA „Gādīga aprūpe”", text, StringComparison.Ordinal);
        Assert.Contains("Grupa: Pirmdienas grupa Ņ-1", text, StringComparison.Ordinal);

        // The client applied: one line for both, and no reasons section when there are none.
        Assert.Contains("Iesniedzējs: Ēriks Ķēniņš, personas kods 150615-12345", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionLetterDocument.RecipientLabel + ": Ēriks Ķēniņš, personas kods", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionLetterDocument.ReasonsHeading, text, StringComparison.Ordinal);
        Assert.Contains(Normalise(DecisionLetterDocument.AppealText(letter.MunicipalityName)), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_without_details_leaves_them_out()
    {
        var letter = Sample(DecisionLetterOutcome.Granted) with { ServiceStart = null, ServicePlannedEnd = null, Provider = " ", GroupName = null };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Contains("Piešķirt sociālo pakalpojumu „Aprūpe mājās”. Pakalpojuma saņēmējs: Ēriks Ķēniņš.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pakalpojuma sākums", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pakalpojuma sniedzējs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grupa:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_decision_has_the_queue_position()
    {
        var letter = Sample(DecisionLetterOutcome.Queued) with { Reasons = null, QueuePosition = 17 };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Contains("LĒMUMS par uzņemšanu pakalpojuma saņemšanas rindā", text, StringComparison.Ordinal);
        Assert.Contains("Uzņemt pakalpojuma „Aprūpe mājās” saņemšanas rindā. Pakalpojuma saņēmējs: Ēriks Ķēniņš. Kārtas numurs rindā: 17.", text, StringComparison.Ordinal);

        // Grant details given by mistake are not printed on a queue decision.
        Assert.DoesNotContain("Pakalpojuma sniedzējs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revocation_names_the_service_and_its_reasons()
    {
        var letter = Sample(DecisionLetterOutcome.Revoked) with { Reasons = "Klients deklarējis dzīvesvietu citā novadā." };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        var text = Normalise(string.Join(" ", reader.PageTexts()));
        Assert.Contains("LĒMUMS par iepriekš pieņemta lēmuma atcelšanu", text, StringComparison.Ordinal);
        Assert.Contains("Atcelt iepriekš pieņemto lēmumu par pakalpojumu „Aprūpe mājās”.", text, StringComparison.Ordinal);
        Assert.Contains("Pamatojums Klients deklarējis dzīvesvietu citā novadā.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_reasons_flow_onto_more_pages_and_the_letter_still_ends_with_the_signature()
    {
        var reasons = string.Join("\n\n", Enumerable.Range(1, 80).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"R{i:D2}. Izvērtēta situācija: klienta veselības stāvoklis, ģimenes locekļu iespējas palīdzēt un mājokļa apstākļi; ņemti vērā visi iesniegtie dokumenti.")));
        var letter = Sample(DecisionLetterOutcome.Refused) with { Reasons = reasons };

        using var reader = new PdfReader(DecisionLetterDocument.Compose(letter));

        Assert.True(reader.Pages.Count >= 3, $"{reader.Pages.Count} pages");
        var words = reader.Words().ToList();
        var markers = Enumerable.Range(1, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"R{i:D2}.")).ToList();
        Assert.All(markers, m => Assert.Single(words, w => w.Word.Text == m));

        // Every page has the header (the whole organisation name beside the short title) and "Lapa X no Y".
        var texts = reader.PageTexts();
        Assert.All(texts.Select((t, i) => (t, i)), p =>
        {
            Assert.StartsWith("Jelgavas valstspilsētas pašvaldības Sociālais dienests Lēmums Nr. L-2026/0012", p.t, StringComparison.Ordinal);
            Assert.Contains("Lēmums Nr. L-2026/0012", p.t, StringComparison.Ordinal);
            Assert.Contains($"Lapa {p.i + 1} no {texts.Count}", p.t, StringComparison.Ordinal);
        });

        // The whole signature block ends the letter, on its last page, after the last reason.
        var last = Normalise(texts[^1]);
        Assert.Contains("Sociālā dienesta vadītāja Dace Šmite ______________________________ (paraksts)", last, StringComparison.Ordinal);
        Assert.Contains("Dokuments sagatavots: 05.03.2026 14:30 (Ilze Vītola)", last, StringComparison.Ordinal);
        var lastReason = words.Single(w => w.Word.Text == "R80.");
        var signature = words.Single(w => w.Word.Text == DecisionLetterDocument.SignatureCaption);
        Assert.True(
            signature.Page > lastReason.Page || (signature.Page == lastReason.Page && signature.Word.BoundingBox.Top < lastReason.Word.BoundingBox.Top),
            "the signature must follow the reasons");
        Assert.True(signature.Word.BoundingBox.Bottom > 62, "the signature must stay above the footer");
    }

    [Theory]
    [InlineData("Jelgavas valstspilsēta", "apstrīdēt Jelgavas valstspilsētas domē viena")]
    [InlineData("Ādažu novads", "apstrīdēt Ādažu novada domē viena")]
    [InlineData("Rīgas valstspilsētas", "apstrīdēt Rīgas valstspilsētas domē viena")]
    [InlineData(" Ogres novada ", "apstrīdēt Ogres novada domē viena")]
    public void The_appeal_goes_to_the_council_of_the_municipality(string municipality, string expected)
    {
        var text = DecisionLetterDocument.AppealText(municipality);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.StartsWith("Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt ", text, StringComparison.Ordinal);
        Assert.EndsWith("Domes lēmumu var pārsūdzēt Administratīvajā rajona tiesā viena mēneša laikā no tā spēkā stāšanās dienas.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_or_revocation_without_reasons_and_a_queue_decision_without_a_position_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DecisionLetterDocument.Compose(Sample(DecisionLetterOutcome.Refused) with { Reasons = "  " }));
        Assert.Throws<ArgumentException>(() => DecisionLetterDocument.Compose(Sample(DecisionLetterOutcome.Revoked) with { Reasons = null }));
        Assert.Throws<ArgumentException>(() => DecisionLetterDocument.Compose(Sample(DecisionLetterOutcome.Queued) with { QueuePosition = null }));
        Assert.Throws<ArgumentException>(() => DecisionLetterDocument.Compose(Sample(DecisionLetterOutcome.Queued) with { QueuePosition = 0 }));
        Assert.Throws<ArgumentException>(() => DecisionLetterDocument.Compose(Sample(DecisionLetterOutcome.Granted) with { LegalBasis = "" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecisionLetterDocument.Compose(Sample((DecisionLetterOutcome)9)));
    }

    [Fact]
    public void Realistic_samples_for_people_to_look_at()
    {
        var longReasons = string.Join("\n\n", Enumerable.Range(1, 80).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"{i}. Izvērtēta situācija: klienta veselības stāvoklis, ģimenes locekļu iespējas palīdzēt un mājokļa apstākļi; ņemti vērā visi iesniegtie dokumenti.")));
        var samples = new (string File, DecisionLetter Letter)[]
        {
            ("decision-granted.pdf", Sample(DecisionLetterOutcome.Granted) with { Reasons = null }),
            ("decision-granted-reasons.pdf", Sample(DecisionLetterOutcome.Granted)),
            ("decision-refused.pdf", Sample(DecisionLetterOutcome.Refused)),
            ("decision-queued.pdf", Sample(DecisionLetterOutcome.Queued) with { Reasons = null }),
            ("decision-revoked.pdf", Sample(DecisionLetterOutcome.Revoked)),
            ("decision-long.pdf", Sample(DecisionLetterOutcome.Refused) with { Reasons = longReasons }),
        };

        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        foreach (var (file, letter) in samples)
        {
            var pdf = DecisionLetterDocument.Compose(letter);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
                File.WriteAllBytes(Path.Combine(directory, file), pdf);
            }

            using var reader = new PdfReader(pdf);
            Assert.NotEmpty(reader.Pages);
        }
    }

    internal static DecisionLetter Sample(DecisionLetterOutcome outcome) => new(
        OrganisationName: "Jelgavas valstspilsētas pašvaldības Sociālais dienests",
        OrganisationRegistrationNumber: "90000012345",
        OrganisationAddress: "Pasta iela 37, Jelgava, LV-3001",
        MunicipalityName: "Jelgavas valstspilsēta",
        DecisionNumber: "L-2026/0012",
        DecidedOn: new DateOnly(2026, 3, 4),
        Outcome: outcome,
        ApplicantName: "Gunārs Bērziņš",
        ApplicantAddress: "Lielā iela 5-3, Jelgava, LV-3001",
        ClientName: "Ēriks Ķēniņš",
        ClientPersonalCode: "150615-12345",
        SubmittedOn: new DateOnly(2026, 2, 10),
        ApplicationNumber: "IES-2026/0141",
        DocumentsCompleteOn: new DateOnly(2026, 2, 17),
        ServiceName: "Aprūpe mājās",
        ServiceCode: "APR-01",
        Reasons: RefusalReason,
        LegalBasis: "Sociālo pakalpojumu un sociālās palīdzības likuma 9. panta pirmā daļa; Jelgavas valstspilsētas pašvaldības " +
            "saistošie noteikumi Nr. 24-5 „Par sociālajiem pakalpojumiem”.",
        QueuePosition: 7,
        ServiceStart: new DateOnly(2026, 4, 1),
        ServicePlannedEnd: new DateOnly(2026, 12, 31),
        Provider: "SIA „Gādīga aprūpe”",
        GroupName: "Pirmdienas grupa Ņ-1",
        DeciderName: "Dace Šmite",
        DeciderPosition: "Sociālā dienesta vadītāja",
        GeneratedBy: "Ilze Vītola",
        GeneratedAt: GeneratedAt);

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
