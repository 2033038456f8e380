using System.Text;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class GroupDocumentsTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static GroupScheduleReport Schedule(int sessions = 4) => new(
        "Biedrība „Atbalsts ģimenei”", "Reģ. Nr. 40008000001, Lielā iela 1, Jelgava", "6.1.5", "Sociālo prasmju attīstīšana",
        "Bērns no 8 līdz 12 gadu vecumam uzvedības sociālās korekcijas programmā", "Nodarbības par emocijām, saskarsmi un konfliktu risināšanu.", 28,
        "Sociālās prasmes — bērnu grupa", ["Pēteris Kalniņš", "Edgars Zariņš"], "Katoļu iela 4, Jelgava", "Radošā darbnīca", 8, 6,
        new DateOnly(2026, 10, 14), new DateOnly(2027, 4, 28), "trešdiena 15:30–17:00; 28 nodarbības",
        [.. Enumerable.Range(0, sessions).Select(i => i == 2
            ? new GroupScheduleSession(null, new DateOnly(2026, 10, 14).AddDays(7 * i), new TimeOnly(15, 30), new TimeOnly(17, 0), "Radošā darbnīca", false, "Vadītāja slimība; ģimenes informētas")
            : new GroupScheduleSession(i < 2 ? i + 1 : i, new DateOnly(2026, 10, 14).AddDays(7 * i), new TimeOnly(15, 30), new TimeOnly(17, 0), "Radošā darbnīca", i < 2, null))],
        "Ilze Bērziņa", GeneratedAt);

    [Fact]
    public void The_schedule_has_the_provider_programme_group_and_every_session_with_the_cancelled_one_and_its_reason()
    {
        using var reader = new PdfReader(GroupScheduleDocument.Compose(Schedule()));

        var text = string.Join(" ", reader.PageTexts());
        Assert.Equal("Grupas programma un grafiks: Sociālās prasmes — bērnu grupa", reader.Document.Information.Title);
        Assert.Contains("Biedrība „Atbalsts ģimenei” Reģ. Nr. 40008000001, Lielā iela 1, Jelgava", text, StringComparison.Ordinal);
        Assert.Contains("Programma: 6.1.5 Sociālo prasmju attīstīšana", text, StringComparison.Ordinal);
        Assert.Contains("Grupas vadītāji: Pēteris Kalniņš, Edgars Zariņš", text, StringComparison.Ordinal);
        Assert.Contains("Vietu skaits: 8 (aizņemtas 6)", text, StringComparison.Ordinal);
        Assert.Contains("1. 14.10.2026 trešdiena 15:30–17:00 Radošā darbnīca Notikusi", text, StringComparison.Ordinal);
        Assert.Contains("– 28.10.2026 trešdiena 15:30–17:00 Radošā darbnīca Atcelta: Vadītāja slimība; ģimenes informētas", text, StringComparison.Ordinal);
        Assert.Contains("Dokuments sagatavots: 23.11.2026 11:00 (Ilze Bērziņa)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_schedule_runs_over_pages_and_the_CSV_is_UTF8_with_BOM_and_semicolons()
    {
        var report = Schedule(40);
        using var reader = new PdfReader(GroupScheduleDocument.Compose(report));
        Assert.True(reader.Pages.Count >= 2);
        Assert.Contains("39. 14.07.2027", string.Join(" ", reader.PageTexts()), StringComparison.Ordinal);

        var csv = GroupScheduleDocument.Csv(report);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(41, lines.Length);
        Assert.Equal("6.1.5 Sociālo prasmju attīstīšana;Sociālās prasmes — bērnu grupa;Pēteris Kalniņš, Edgars Zariņš;Katoļu iela 4, Jelgava;–;28.10.2026;trešdiena;15:30–17:00;Radošā darbnīca;\"Atcelta: Vadītāja slimība; ģimenes informētas\"", lines[3]);
    }

    [Fact]
    public void The_evaluations_print_each_member_with_attendance_results_recommendations_and_who_is_missing()
    {
        var report = new GroupEvaluationsReport("Biedrība „Atbalsts ģimenei”", null, "6.1.2", "Bērna emocionālā audzināšana", "Pavasara grupa", ["Pēteris Kalniņš"],
            new DateOnly(2026, 3, 4), new DateOnly(2026, 5, 20), 12,
            [
                new("Ēriks Ķēniņš", new DateOnly(1988, 2, 3), 11, 12, null, "Apguva emociju atpazīšanas paņēmienus.", "Turpināt ģimenes konsultācijas.", "Pēteris Kalniņš", new DateOnly(2026, 5, 25), 1, null),
                new("Žanna Ūdre", null, 3, 4, new DateOnly(2026, 4, 1), "Piedalījās četrās nodarbībās.", "Pieteikties rudens grupai.", "Pēteris Kalniņš", new DateOnly(2026, 5, 26), 2, "Precizēts apmeklējums"),
            ],
            ["Olga Ivanova"], "Ilze Bērziņa", GeneratedAt);

        using var reader = new PdfReader(GroupEvaluationsDocument.Compose(report));

        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Izvērtēti dalībnieki: 2 no 3", text, StringComparison.Ordinal);
        Assert.Contains("1. Ēriks Ķēniņš Dzimšanas datums: 03.02.1988 Apmeklējums: apmeklēja 11 no 12 nodarbībām (92 %)", text, StringComparison.Ordinal);
        Assert.Contains("apmeklēja 3 no 4 nodarbībām (75 %); grupu pameta 01.04.2026", text, StringComparison.Ordinal);
        Assert.Contains("(labojums Nr. 1: Precizēts apmeklējums)", text, StringComparison.Ordinal);
        Assert.Contains("Dalībnieki bez izvērtējuma 1. Olga Ivanova", text, StringComparison.Ordinal);
        Assert.Equal("apmeklēja 1 no 21 nodarbības (5 %)", GroupEvaluationsDocument.Attendance(1, 21));
        Assert.Equal("nodarbības vēl nav notikušas", GroupEvaluationsDocument.Attendance(0, 0));
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, "group-evaluations-sample.pdf"), GroupEvaluationsDocument.Compose(report));
            File.WriteAllBytes(Path.Combine(dir, "group-schedule-sample.pdf"), GroupScheduleDocument.Compose(Schedule(30)));
        }
    }
}
