using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Feedback;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo satisfaction survey and complaints: the questionnaire "Klientu apmierinātības aptauja" (six scale questions and
/// two free-text ones) with 26 filled-in forms over this year and last for four group programmes (some anonymous),
/// and five complaints (one open past its deadline, one justified with action taken, one unjustified, one partly
/// justified, one withdrawn). Runs after <see cref="DemoData"/>; does nothing when questionnaires exist.
/// </summary>
internal static class DemoFeedback
{
    private const string Name = "Klientu apmierinātības aptauja";

    private static readonly QuestionDraft[] Questions =
    [
        new(QuestionKind.Scale, "Cik kopumā esat apmierināts ar saņemto pakalpojumu?", "ļoti neapmierināts", "ļoti apmierināts"),
        new(QuestionKind.Scale, "Cik ērts jums bija nodarbību laiks un vieta?", "pavisam neērts", "ļoti ērts"),
        new(QuestionKind.Scale, "Cik saprotami speciālisti izskaidroja jums svarīgo?", "nesaprotami", "ļoti saprotami"),
        new(QuestionKind.Scale, "Vai jutāties uzklausīts un cienīts?", "nemaz", "pilnībā"),
        new(QuestionKind.Scale, "Cik noderīgs pakalpojums ir jūsu ikdienā?", "nemaz nav noderīgs", "ļoti noderīgs"),
        new(QuestionKind.Scale, "Vai ieteiktu šo pakalpojumu citiem?", "noteikti neieteiktu", "noteikti ieteiktu"),
        new(QuestionKind.FreeText, "Kas jums patika visvairāk?", null, null),
        new(QuestionKind.FreeText, "Ko mēs varētu darīt labāk?", null, null),
    ];

    private static readonly string[] Liked =
    [
        "Grupas vadītājas sirsnība un tas, ka varēja runāt atklāti.",
        "Praktiskie padomi, ko uzreiz varēju izmēģināt mājās ar bērniem.",
        "Satikt citus vecākus ar līdzīgām grūtībām – vairs nejūtos viena.",
        "Nodarbības notika vakarā, pēc darba varēju paspēt.",
        "Lomu spēles un video piemēri.",
        "Ka mani uzklausīja un nenosodīja.",
    ];

    private static readonly string[] Better =
    [
        "Vajadzētu bērnu pieskatīšanu nodarbību laikā.",
        "Telpā bija auksti, it īpaši ziemā.",
        "Gribētos vairāk nodarbību, desmit ir par maz.",
        "Materiālus varētu dot arī krievu valodā.",
        "Laikus paziņot, ja nodarbība tiek pārcelta.",
    ];

    private static readonly string[] ServiceCodes = ["6.1.2", "6.1.3", "6.1.4", "6.1.7"];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.Questionnaires.AnyAsync(ct))
        {
            return;
        }

        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var managerRole = await db.Roles.Where(r => r.Name == Roles.ServiceManager).Select(r => r.Id).FirstAsync(ct);
        var manager = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == managerRole))
            .OrderBy(u => u.UserName).Select(u => new Actor(u.Id, u.FullName)).FirstAsync(ct);
        var workerRole = await db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).FirstAsync(ct);
        var workers = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == workerRole))
            .OrderBy(u => u.UserName).Select(u => new Actor(u.Id, u.FullName)).ToListAsync(ct);
        var services = await db.Services.Where(s => ServiceCodes.Contains(s.Code)).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
        var clients = await db.Clients.Where(c => c.OrganisationId == organisationId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.FirstName, c.LastName }).Take(20).ToListAsync(ct);
        if (services.Count == 0 || clients.Count < 10)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // The questionnaire, created at the start of last year.
        var questionnaire = new Questionnaire(organisationId, Name,
            "Aptauja ir brīvprātīga un anonīma. Jūsu atbildes palīdzēs mums uzlabot pakalpojumus.", 1, manager.UserId, now.AddYears(-1).AddMonths(-2));
        questionnaire.ReplaceQuestions(Questions, inUse: false);
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync(ct);

        // 26 forms: two a month, going back from today, for the four programmes; every third one anonymous.
        var questionIds = questionnaire.Questions.OrderBy(q => q.Position).Select(q => q.Id).ToList();
        for (var i = 0; i < 26; i++)
        {
            var answeredOn = today.AddDays(-(9 + (i * 17)));
            var service = services[i % services.Count];
            var anonymous = i % 3 == 2;
            var method = anonymous ? (i % 2 == 0 ? SurveyMethod.AnonymousBox : SurveyMethod.Paper) : (i % 4 == 1 ? SurveyMethod.InPerson : SurveyMethod.Paper);
            var client = anonymous || method == SurveyMethod.AnonymousBox ? null : (int?)clients[i % clients.Count].Id;
            var answers = new Dictionary<int, (int? Score, string? Text)>();
            for (var q = 0; q < 6; q++)
            {
                // Mostly satisfied (4-5), the timing question lower, a few unhappy forms.
                var score = 5 - ((i + (q * 3)) % 7 == 0 ? 2 : (i * (q + 1)) % 3 == 0 ? 1 : 0) - (q == 1 && i % 4 == 0 ? 1 : 0);
                if (i % 11 == 5)
                {
                    score = Math.Max(1, score - 2);
                }

                if (!(q == 5 && i % 9 == 4))
                {
                    answers[questionIds[q]] = (score, null);
                }
            }

            if (i % 2 == 0)
            {
                answers[questionIds[6]] = (null, Liked[i / 2 % Liked.Length]);
            }

            if (i % 3 == 1)
            {
                answers[questionIds[7]] = (null, Better[i / 3 % Better.Length]);
            }

            db.SurveyResponses.Add(new SurveyResponse(organisationId, questionnaire, service.Id, client, answeredOn, method, answers, manager.UserId,
                now.AddDays(-(8 + (i * 17)))));
        }

        await db.SaveChangesAsync(ct);

        int ServiceOf(string code) => services.FirstOrDefault(s => s.Code == code)?.Id ?? services[0].Id;
        int ClientNamed(string last) => clients.FirstOrDefault(c => c.LastName == last)?.Id ?? clients[0].Id;
        var worker = workers.Count > 0 ? workers[0] : manager;
        var complaints = new (ComplaintDetails Details, Action<Complaint> Then)[]
        {
            // 1. Justified, with action taken.
            (new ComplaintDetails(today.AddDays(-130), ComplainantKind.Client, ClientNamed("Kalniņš"), null, ComplaintChannel.Email,
                "Sociālā darbiniece divas reizes neieradās uz norunāto mājas vizīti un par to nepaziņoja. Klients abas reizes bija atprasījies no darba.",
                null, [worker.UserId], null),
                c => c.Close(new ComplaintHandling(
                    "Pārrunāts ar darbinieci un pārbaudīts vizīšu grafiks: abas vizītes tika pārceltas slimības dēļ, bet klientam par to netika paziņots.",
                    ComplaintVerdict.Justified,
                    "Atvainojamies par sagādātajām neērtībām. Sūdzība atzīta par pamatotu; nākamā vizīte saskaņota ar Jums pa tālruni.",
                    today.AddDays(-112),
                    "Ieviesta kārtība: par vizītes atcelšanu klientam jāpaziņo vismaz dienu iepriekš; jautājums pārrunāts darbinieku sapulcē."),
                    today, manager, now.AddDays(-112))),

            // 2. Unjustified (anonymous).
            (new ComplaintDetails(today.AddDays(-75), ComplainantKind.Anonymous, null, null, ComplaintChannel.Phone,
                "Zvanītājs, nenosaucot sevi, sūdzējās, ka administratore pieņemšanā esot bijusi nelaipna un atteikusies pierakstīt uz konsultāciju.",
                null, [], "Administratore pieņemšanā"),
                c => c.Close(new ComplaintHandling(
                    "Pārbaudīts pieraksta žurnāls un pārrunāts ar administratori: attiecīgajā dienā visi zvanītāji pierakstīti; pieraksts uz konsultāciju netika atteikts.",
                    ComplaintVerdict.Unjustified,
                    "Sūdzība izskatīta un atzīta par nepamatotu. Atbilde izvietota centra informācijas stendā, jo iesniedzējs nav zināms.",
                    today.AddDays(-60),
                    null),
                    today, manager, now.AddDays(-60))),

            // 3. Partly justified, last year.
            (new ComplaintDetails(today.AddDays(-330), ComplainantKind.Representative, ClientNamed("Ivanova"), "Ludmila Ivanova", ComplaintChannel.EAddress,
                "Māte saņem nodarbību materiālus tikai latviešu valodā un ne visu saprot; grupā viņai nav ļauts jautāt krieviski.",
                ServiceOf("6.1.3"), [], "Grupas vadītāja"),
                c => c.Close(new ComplaintHandling(
                    "Grupas vadītāja apstiprina, ka materiāli bijuši tikai latviski; jautāt krieviski nav aizliegts, grupā runā latviski, bet individuāli var skaidrot arī krieviski.",
                    ComplaintVerdict.PartlyJustified,
                    "Sūdzība atzīta par daļēji pamatotu: turpmāk izdales materiāli būs pieejami arī krievu valodā; nodarbības notiek latviešu valodā.",
                    today.AddDays(-305),
                    "Izdales materiāli iztulkoti krievu valodā; grupas vadītājai norādīts pēc nodarbības piedāvāt individuālu skaidrojumu."),
                    today, manager, now.AddDays(-305))),

            // 4. Withdrawn: registered by mistake.
            (new ComplaintDetails(today.AddDays(-12), ComplainantKind.Other, null, "Valdis Kalējs", ComplaintChannel.Paper,
                "Iesniegums par kaimiņu trokšņošanu daudzdzīvokļu mājā Lielajā ielā.",
                null, [], null),
                c => c.Withdraw("Iesniegums neattiecas uz centra pakalpojumiem; reģistrēts kļūdas pēc, pārsūtīts pašvaldības administratīvajai komisijai.", now.AddDays(-11))),

            // 5. Open and overdue.
            (new ComplaintDetails(today.AddDays(-45), ComplainantKind.Client, ClientNamed("Krūmiņa"), null, ComplaintChannel.Paper,
                "Grupas nodarbība „Esam ģimene” tika atcelta bez brīdinājuma; klientes nolīgtā aukle bija jāmaksā velti. Lūdz nodarbību laikus paziņot un atlīdzināt izdevumus.",
                ServiceOf("6.1.3"), [], "Grupas vadītāja"),
                c => c.RecordHandling(new ComplaintHandling("Pieprasīts grupas vadītājas paskaidrojums; gaidām atbildi.", null, null, null, null), today)),
        };

        var settings = new ComplaintSettings();
        foreach (var (details, then) in complaints.OrderBy(c => c.Details.ReceivedOn))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await ComplaintNumbers.NextAsync(db, organisationId, details.ReceivedOn.Year, ct);
            var registeredBy = details.From == ComplainantKind.Client ? worker : manager;
            var complaint = new Complaint(organisationId, number, details, settings.DueOn(details.ReceivedOn), registeredBy,
                LatvianTimeStart(details.ReceivedOn));
            then(complaint);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    private static DateTimeOffset LatvianTimeStart(DateOnly day) => Infrastructure.LatvianTime.StartOfDay(day).AddHours(10);
}
