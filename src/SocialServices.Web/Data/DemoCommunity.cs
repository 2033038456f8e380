using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Community;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Contacts;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo community-based services (issue 8, episodes part): four DI clients of the organisation's municipality, each with a case,
/// a completed initial assessment, the community facts of the target group, a support plan agreed with the client that names
/// the services, episodes started through the start gate and the combination rules, and units:
/// Valters Krastiņš (leaving a state long-term care institution) in the day care centre with a staff support person,
/// Gatis Upenieks (leaving the institution) in the day care centre, Solvita Dzene (at risk of entering one) with home care
/// hours and an external support person, and the child Emīlija Siliņa (functional impairment, her mother the legal
/// representative) with two respite stays within the 30 days of the year. All names are invented.
/// <para>
/// The compensation demo runs before this one (DatabaseInitialiser orders them) and submits last month's
/// claim; so that claim stays true, this demo's units start on the first day of the current month (the summer respite stay
/// lies months back, in no claim). The current month's draft claim computes them live. Runs once.
/// </para>
/// </summary>
internal static class DemoCommunity
{
    private const string DayCareProvider = "Dienas aprūpes centrs „Saulgrieži”";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.MunicipalityId }).FirstOrDefaultAsync(ct);
        var users = await db.Users.Where(u => u.UserName == "sandra.ozolina" || u.UserName == "marta.kalnina" || u.UserName == "peteris.kalnins")
            .ToDictionaryAsync(u => u.UserName!, u => new Actor(u.Id, u.FullName), ct);
        if (organisation is null || users.Count < 3 || await db.SupportAssignments.AnyAsync(ct) || await db.CommunityProfiles.AnyAsync(ct))
        {
            return;
        }

        var services = await db.Services.AsNoTracking().Where(s => s.Code == "DAC" || s.Code == "AM" || s.Code == "AP" || s.Code == "AB").ToDictionaryAsync(s => s.Code, ct);
        if (services.Count < 4)
        {
            return;
        }

        var seed = new Seeder(db, clock, organisation.Id, organisation.MunicipalityId, ct);
        var today = seed.Today;
        var month = new DateOnly(today.Year, today.Month, 1);
        var sandra = users["sandra.ozolina"];
        var marta = users["marta.kalnina"];
        var peteris = users["peteris.kalnins"];

        // Valters Krastiņš: day care centre on weekdays and a support person from staff.
        var valters = await seed.PersonAsync("Valters", "Krastiņš", new DateOnly(1979, 5, 17), 91, Gender.Male, DisabilityGroup.II, sandra,
            new CommunityFacts(true, "Psihiatra atzinums Nr. 2026/318, 14.03.2026", InstitutionStatus.LeavingInstitution, false, null),
            "Deinstitucionalizācija: pēc 11 gadiem VSAC „Zemgale” filiālē „Jelgava” pārceļas uz dzīvokli, vajadzīgs atbalsts sabiedrībā", month.AddDays(-40));
        await seed.AssessedAsync(valters, month.AddDays(-30),
            "Pēc ilgas dzīves institūcijā pārceļas uz sociālo dzīvokli Jelgavā; māsa dzīvo Rīgā, tiekas reizi mēnesī.",
            "Paranoīdā šizofrēnija remisijā, regulāri lieto medikamentus, apmeklē psihiatru reizi mēnesī.",
            "Fiziski vesels, pārvietojas patstāvīgi.",
            "Invaliditātes pensija; nav pieredzes rīkoties ar naudu un kārtot rēķinus pašam.",
            "Bez ikdienas struktūras un atbalsta iespējama atgriešanās institūcijā.",
            "Vēlas dzīvot patstāvīgi un strādāt darbnīcā; atbalstam piekrīt.",
            "Ieteicams dienas aprūpes centrs darba dienās un atbalsta persona lēmumu pieņemšanā.");
        await seed.PlannedAsync(valters, month.AddDays(-12), ["Dienas aprūpes centrs „Saulgrieži” darba dienās", "Atbalsta persona lēmumu pieņemšanā, reizi nedēļā"],
            "Patstāvīga dzīve savā dzīvoklī", "Kopā ar atbalsta personu sastādīt mēneša budžetu un rēķinu apmaksas kalendāru", "Klients pats apmaksā rēķinus laikā");
        var valtersDayCare = await seed.EpisodeAsync(valters, services["DAC"], month, null, ServiceUnit.Day, DayCareProvider);
        var valtersSupport = await seed.EpisodeAsync(valters, services["AP"], month, null, ServiceUnit.Hour, "Biedrība „Atbalsts ģimenei”");

        // Gatis Upenieks: day care centre on weekdays.
        var gatis = await seed.PersonAsync("Gatis", "Upenieks", new DateOnly(1992, 1, 28), 92, Gender.Male, DisabilityGroup.II, sandra,
            new CommunityFacts(true, "Psihiatra atzinums Nr. 2026/402, 02.06.2026", InstitutionStatus.LeavingInstitution, false, null),
            "Deinstitucionalizācija: pāriet no VSAC uz grupu dzīvokli un dienas aprūpes centru", month.AddDays(-38));
        await seed.AssessedAsync(gatis, month.AddDays(-28),
            "Dzīvo grupu dzīvoklī kopā ar diviem kaimiņiem; ar tēvu sazinās pa tālruni.",
            "Viegla garīga atpalicība un trauksme; ārstējas ambulatori.",
            "Bieži saaukstējas, citādi vesels.",
            "Invaliditātes pensija; interesējas par kokapstrādi.",
            "Sociālā izolācija, ja dienā nav nodarbju.",
            "Grib nodarbes kopā ar citiem un iemācīties gatavot ēst.",
            "Ieteicams dienas aprūpes centrs ar ikdienas prasmju nodarbībām.");
        await seed.PlannedAsync(gatis, month.AddDays(-10), ["DAC – ikdienas prasmju nodarbības"],
            "Prot pats pagatavot vienkāršu maltīti", "Piedalīties dienas centra virtuves nodarbībās divreiz nedēļā", "Klients pats pagatavo brokastis");
        var gatisDayCare = await seed.EpisodeAsync(gatis, services["DAC"], month, null, ServiceUnit.Day, DayCareProvider);

        // Solvita Dzene: home care hours and an external support person.
        var solvita = await seed.PersonAsync("Solvita", "Dzene", new DateOnly(1984, 10, 2), 93, Gender.Female, DisabilityGroup.I, marta,
            new CommunityFacts(true, "Psihiatra atzinums Nr. 2025/977, 21.11.2025", InstitutionStatus.AtRiskOfEntering, false, null),
            "Risks nonākt ilgstošas sociālās aprūpes institūcijā: pēc mātes nāves dzīvo viena", month.AddDays(-35));
        await seed.AssessedAsync(solvita, month.AddDays(-25),
            "Dzīvo viena mātes atstātā dzīvoklī; brālis palīdz ar iepirkšanos reizi nedēļā.",
            "Bipolāri afektīvi traucējumi; pēc hospitalizācijas stāvoklis stabilizējies.",
            "Pārvietojas ar grūtībām, izmanto spieķi.",
            "Invaliditātes pensija; komunālo maksājumu parāds.",
            "Bez palīdzības mājās draud ievietošana institūcijā.",
            "Vēlas palikt savās mājās.",
            "Ieteicama aprūpe mājās un atbalsta persona lēmumu pieņemšanā.");
        await seed.PlannedAsync(solvita, month.AddDays(-8), ["Aprūpe mājās – 2 stundas pirmdienās, trešdienās un piektdienās", "Atbalsta persona"],
            "Droša dzīve savās mājās", "Vienoties par parāda atmaksu ar namu pārvaldnieku", "Noslēgta vienošanās par parāda atmaksu");
        var solvitaHomeCare = await seed.EpisodeAsync(solvita, services["AM"], month, null, ServiceUnit.Hour, "SIA „Aprūpe mājās”");
        var solvitaSupport = await seed.EpisodeAsync(solvita, services["AP"], month, null, ServiceUnit.Hour, "Biedrība „Atbalsts ģimenei”");

        // Emīlija Siliņa: a child with a functional impairment; respite for a week in summer and a few days now.
        var emilija = await seed.PersonAsync("Emīlija", "Siliņa", today.AddYears(-11).AddDays(-95), 94, Gender.Female, DisabilityGroup.II, marta,
            new CommunityFacts(false, null, InstitutionStatus.None, true, "VDEĀVK atzinums par funkcionāliem traucējumiem Nr. 7-0421, 09.01.2026"),
            "Bērns ar funkcionāliem traucējumiem: atelpas brīdis ģimenei", month.AddMonths(-5), mother: true);
        await seed.AssessedAsync(emilija, month.AddMonths(-5).AddDays(6),
            "Dzīvo ar māti Ingu un vecāko brāli; māte viena rūpējas par meitu visu diennakti.",
            "Cerebrālā trieka, pārvietojas ratiņkrēslā; runā īsos teikumos.",
            "Vajadzīga palīdzība ēšanā, ģērbšanā un higiēnā.",
            "Mātes ienākumi – kopšanas pabalsts un daļēja slodze darbā.",
            "Mātes pārslodze; atbalsta trūkums ģimenei.",
            "Māte lūdz atelpas brīdi, lai varētu atpūsties un nokārtot savas lietas.",
            "Ieteicams atelpas brīdis līdz 30 diennaktīm gadā.");
        await seed.PlannedAsync(emilija, month.AddMonths(-5).AddDays(10), ["Atelpas brīdis līdz 30 diennaktīm gadā"],
            "Māte var atpūsties, meita ir drošībā", "Atelpas brīdis vasarā un rudenī", "Divi atelpas brīži gada laikā");
        var summer = month.AddMonths(-4).AddDays(6);
        var summerStay = await seed.EpisodeAsync(emilija, services["AB"], summer, summer.AddDays(6), ServiceUnit.Day, "Atelpas brīža māja „Pūcīte”");
        var stay = today.AddDays(-4) < month ? month : today.AddDays(-4);
        var autumnStay = await seed.EpisodeAsync(emilija, services["AB"], stay, stay.AddDays(5), ServiceUnit.Day, "Atelpas brīža māja „Pūcīte”");
        await seed.SaveAsync();

        // Units: weekdays in the day care centre (a few absences), home care hours, respite days.
        for (var day = month; day < today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            if (day.Day != 6)
            {
                seed.Unit(valtersDayCare, day, 1, sandra);
            }

            if (day.Day is not (4 or 12))
            {
                seed.Unit(gatisDayCare, day, 1, sandra);
            }

            if (day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday)
            {
                seed.Unit(solvitaHomeCare, day, 2, marta);
            }
        }

        for (var day = summerStay.StartOn; day <= summerStay.PlannedEnd; day = day.AddDays(1))
        {
            seed.Unit(summerStay, day, 1, marta);
        }

        summerStay.End(summerStay.PlannedEnd!.Value, "Atelpas brīdis noslēdzies, meita atgriezusies mājās");
        emilija.RecordServiceEvent(CaseEventKind.ServiceEnded, $"{services["AB"].Name} · {RefusalTexts.Day(summerStay.EndedOn!.Value)} · {summerStay.EndReason}", marta,
            ContactData.At(summerStay.EndedOn.Value, new TimeOnly(15, 0)));
        for (var day = autumnStay.StartOn; day < today; day = day.AddDays(1))
        {
            seed.Unit(autumnStay, day, 1, marta);
        }

        // Support persons with a weekly meeting each; every meeting's hours are units of the episode.
        await seed.SupportAsync(valtersSupport, peteris.UserId, null, SupportIntensity.Medium, sandra,
            "Klients pats plāno mēneša budžetu.\nKlients pats piesakās vizītei pie ģimenes ārsta.", DayOfWeek.Tuesday, 90,
            ["Budžeta plānošana", "Rēķinu apmaksa internetbankā", "Pieteikšanās pie ģimenes ārsta", "Iepirkšanās saraksts"],
            ["Nolēma atvērt kontu ar karti", "Nolēma rēķinus maksāt ik mēneša 10. datumā", "Pats pieteicās pie ārsta uz nākamo nedēļu", null]);
        await seed.SupportAsync(solvitaSupport, null, "Aija Vanaga", SupportIntensity.High, marta,
            "Klientei ir vienošanās par parāda atmaksu.\nKliente pati izvēlas aprūpētāja apmeklējuma laikus.", DayOfWeek.Thursday, 120,
            ["Saruna par parādu", "Tikšanās ar namu pārvaldnieku", "Aprūpes laiku saskaņošana", "Medikamentu lietošanas plāns"],
            ["Nolēma lūgt atmaksu pa daļām", "Parakstīja atmaksas grafiku", "Izvēlējās rīta apmeklējumus", null]);
        await seed.SaveAsync();
    }

    /// <summary>Builds the demo through the domain and checks each episode against the start gate and the combination rules.</summary>
    private sealed class Seeder(AppDbContext db, TimeProvider clock, int organisationId, int? municipalityId, CancellationToken ct)
    {
        private readonly CommunityEpisodes _episodes = new(db);
        private readonly Dictionary<int, Actor> _workers = [];

        public DateOnly Today { get; } = LatvianTime.Today(clock);

        private DateTimeOffset Now => clock.GetUtcNow();

        public async Task<CaseFile> PersonAsync(string first, string last, DateOnly birth, int seed, Gender gender, DisabilityGroup group, Actor worker, CommunityFacts facts,
            string reason, DateOnly opened, bool mother = false)
        {
            var targetGroup = facts.FunctionalImpairment ? TargetGroup.ChildWithFunctionalImpairment : TargetGroup.AdultWithMentalDisorder;
            var client = new Client(organisationId, new ClientDetails(DemoData.Code(birth, seed), first, last, birth, gender, municipalityId, "Jelgava", null, null, "lv",
                group, opened.AddYears(-2), null, [targetGroup], null), worker.UserId, At(opened.AddDays(-1), 10));
            client.RecordDataProcessingInformed(opened.AddDays(-1), worker.Name);
            db.Clients.Add(client);
            await db.SaveChangesAsync(ct);
            if (mother)
            {
                client.AddRelation(RelationKind.Parent, true, true, null, new RelatedPerson("Inga", last, new DateOnly(1986, 3, 11), null), "Māte, likumiskā pārstāve", At(opened, 9));
            }

            db.CommunityProfiles.Add(new CommunityProfile(client.Id, facts, worker.UserId, At(opened, 10)));
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await CaseNumbers.NextAsync(db, organisationId, opened.Year, ct);
            var caseFile = new CaseFile(organisationId, client.Id, number, opened, reason, ReferralSource.Self, worker.UserId, worker, At(opened, 11));
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _workers[caseFile.Id] = worker;
            return caseFile;
        }

        public async Task AssessedAsync(CaseFile caseFile, DateOnly on, string family, string health, string physical, string economic, string risks, string wishes, string conclusion)
        {
            DemoAssessments.Add(db, caseFile, AssessmentKind.InitialSocialSituation, on,
                new AssessmentContent(Initial: new InitialSituation(family, health, physical, economic, risks, wishes, conclusion)), [], Worker(caseFile), At(on, 12));
            await db.SaveChangesAsync(ct);
        }

        public async Task PlannedAsync(CaseFile caseFile, DateOnly on, string[] services, string goal, string task, string result)
        {
            var by = Worker(caseFile);
            var clientName = await db.Clients.Where(c => c.Id == caseFile.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstAsync(ct);
            var content = new PlanContent
            {
                Kind = PlanKind.Support,
                RevisedOn = on,
                ReviewOn = on.AddMonths(6),
                Problems = ["Vajadzīgs atbalsts dzīvei sabiedrībā"],
                Goals = [new GoalInput(null, goal, [new TaskInput(null, task, Today.AddMonths(2), result, ResponsibleKind.Client, clientName)])],
                Services = services,
                Meetings = ["Reizi mēnesī dienas centrā vai klienta dzīvesvietā"],
            };
            var plan = new CasePlan(organisationId, caseFile.Id, caseFile.ClientId, content, ReviewIntervals.Default, by, At(on, 11));
            plan.RecordAgreement(on, AgreementMethod.Signature, null, by, At(on, 12));
            caseFile.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), by, At(on, 11));
            caseFile.RecordServiceEvent(CaseEventKind.PlanAgreed, PlanTexts.Agreed(1, plan.Current.Agreement!), by, At(on, 12));
            db.Plans.Add(plan);
            var contactOn = Today.AddDays(-3 - (caseFile.Id % 5));
            var contact = new ContactRecord(organisationId, caseFile.Id, caseFile.ClientId, new ContactDetails
            {
                OccurredAt = At(contactOn, 10),
                DurationMinutes = 30,
                Kind = ContactKind.PhoneCall,
                Participants = "Klients",
                Notes = "Pārrunāts, kā klientam veicas ar pakalpojumiem; sūdzību nav.",
            }, by, At(contactOn, 11));
            db.ContactRecords.Add(contact);
            caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, PlanTexts.Recorded(contact), by, At(contactOn, 11));
            await db.SaveChangesAsync(ct);
        }

        /// <summary>Starts an episode as the start page would: the target group, the gate and the combination rules must let it start.</summary>
        public async Task<ServiceEpisode> EpisodeAsync(CaseFile caseFile, Domain.Catalogue.Service service, DateOnly start, DateOnly? plannedEnd, ServiceUnit unit, string provider)
        {
            var rules = await _episodes.RulesAsync(ct);
            var gaps = StartGate.Check(await _episodes.StartFactsAsync(caseFile.Id, service, start, start, ct));
            var groups = await _episodes.TargetGroupsAsync(caseFile.ClientId, start, ct);
            var birth = await db.Clients.Where(c => c.Id == caseFile.ClientId).Select(c => c.BirthDate!.Value).FirstAsync(ct);
            var conflicts = CombinationCheck.Check(new EpisodePeriod(null, service.Type, service.Name, start, plannedEnd), await _episodes.PeriodsAsync(caseFile.ClientId, ct), rules,
                Domain.Common.Age.On(birth, start) >= TargetGroups.AdultAge);
            if (gaps.Count > 0 || conflicts.Count > 0 || groups is not { Any: true })
            {
                throw new InvalidOperationException($"The demo episode {service.Code} of case {caseFile.Number} would be refused: {string.Join(", ", gaps)} {conflicts.Count} conflict(s).");
            }

            var episode = new ServiceEpisode(caseFile.Id, caseFile.ClientId, service.Id, null, start, plannedEnd, provider);
            episode.MeasureIn(unit);
            db.ServiceEpisodes.Add(episode);
            caseFile.RecordServiceEvent(CaseEventKind.ServiceStarted,
                $"{service.Name} · {RefusalTexts.Day(start)}{(plannedEnd is { } end ? "–" + RefusalTexts.Day(end) : string.Empty)} · {provider}", Worker(caseFile), At(start, 9));
            await db.SaveChangesAsync(ct);
            return episode;
        }

        public void Unit(ServiceEpisode episode, DateOnly on, decimal quantity, Actor by) =>
            db.DeliveredUnits.Add(new DeliveredUnit(episode.Id, episode.ClientId, episode.ServiceId, on, episode.Unit!.Value, quantity, UnitSource.Manual, null, by.UserId, At(on, 16)));

        /// <summary>Assigns a support person from the episode's start and logs a meeting a week (up to yesterday), each meeting's hours a unit.</summary>
        public async Task SupportAsync(ServiceEpisode episode, string? staffUserId, string? externalName, SupportIntensity intensity, Actor by, string goals, DayOfWeek weekday, int minutes,
            string[] topics, string?[] decisions)
        {
            var assignment = new SupportAssignment(episode.Id, episode.ClientId, staffUserId, externalName, intensity, goals, episode.StartOn, by.UserId, At(episode.StartOn, 13));
            db.SupportAssignments.Add(assignment);
            await db.SaveChangesAsync(ct);
            var meetings = new List<SupportMeeting>();
            var day = episode.StartOn;
            while (day.DayOfWeek != weekday)
            {
                day = day.AddDays(1);
            }

            for (var i = 0; day < Today; day = day.AddDays(7), i++)
            {
                meetings.Add(new SupportMeeting(assignment.Id, day, minutes, topics[i % topics.Length], decisions[i % decisions.Length], by.UserId, At(day, 17)));
            }

            db.SupportMeetings.AddRange(meetings);
            await db.SaveChangesAsync(ct);
            foreach (var meeting in meetings)
            {
                db.DeliveredUnits.Add(new DeliveredUnit(episode.Id, episode.ClientId, episode.ServiceId, meeting.On, ServiceUnit.Hour, meeting.Hours, UnitSource.SupportMeeting, meeting.Id,
                    by.UserId, meeting.RecordedAt));
            }
        }

        public Task<int> SaveAsync() => db.SaveChangesAsync(ct);

        private Actor Worker(CaseFile caseFile) => _workers[caseFile.Id];

        private static DateTimeOffset At(DateOnly day, int hour) => ContactData.At(day, new TimeOnly(hour, 0));
    }
}
