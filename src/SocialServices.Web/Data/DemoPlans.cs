using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Contacts;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo plans and delivery records around "today": one case with a social rehabilitation plan in two revisions, each
/// agreed with the client, several contacts that tick its tasks, and one task overdue; another case whose last
/// contact was long ago (on the no-contact board); and a recent contact in the other open cases, so the board shows
/// just that one. Created once, after the demo clients and cases.
/// </summary>
internal static class DemoPlans
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.Plans.AnyAsync(ct) || await db.ContactRecords.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = LatvianTime.Today(clock);
        var open = await db.CaseFiles.Where(c => c.Status == CaseStatus.Open && !c.IsArchived && c.ResponsibleWorkerId != null)
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id).ToListAsync(ct);
        if (open.Count < 2)
        {
            return;
        }

        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        Actor ActorOf(CaseFile c) => c.ResponsibleWorkerId is { } id ? new(id, names.GetValueOrDefault(id, "Demo")) : ActorOf(open[0]);
        DateTimeOffset At(DateOnly day, int hour) => ContactData.At(day, new TimeOnly(hour, 0));

        var main = open[0];
        if (main.OpenedOn > today.AddDays(-110))
        {
            return; // the story below needs a case open for some months
        }

        var quiet = open[1];
        var worker = ActorOf(main);
        var intervals = new PlanSettings().Intervals;
        var clientName = await db.Clients.Where(k => k.Id == main.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstAsync(ct);

        // Revision 1, some 100 days ago (never before the case opened).
        var firstDay = Later(main.OpenedOn.AddDays(7), today.AddDays(-100));
        var first = new PlanContent
        {
            Kind = PlanKind.SocialRehabilitation,
            RevisedOn = firstDay,
            Problems = ["Parādi par komunālajiem maksājumiem", "Bērns bieži kavē skolu", "Vecākam trūkst prasmju plānot ģimenes budžetu"],
            Goals =
            [
                new GoalInput(null, "Ģimenes finanses ir sakārtotas",
                [
                    new TaskInput(null, "Kopā ar klientu sastādīt mēneša budžetu", firstDay.AddDays(21), "Klientam ir rakstisks budžets un viņš to ievēro", ResponsibleKind.Worker, worker.Name, worker.UserId),
                    new TaskInput(null, "Vienoties ar namu pārvaldnieku par parāda atmaksas grafiku", firstDay.AddDays(45), "Noslēgta vienošanās par atmaksu", ResponsibleKind.Client, clientName),
                ]),
                new GoalInput(null, "Bērns regulāri apmeklē skolu",
                [
                    new TaskInput(null, "Tikšanās ar klases audzinātāju un sociālo pedagogu", firstDay.AddDays(14), "Vienošanās par kavējumu uzskaiti un atbalstu", ResponsibleKind.Institution, "Jelgavas 4. vidusskola"),
                    new TaskInput(null, "Rīta režīma plāns bērnam", firstDay.AddDays(30), "Bērns ierodas skolā laikā vismaz 4 dienas nedēļā", ResponsibleKind.FamilyMember, "Vecmāmiņa Ausma"),
                ]),
            ],
            Services = ["Sociālā darbinieka konsultācijas reizi divās nedēļās", "Psihologa konsultācijas bērnam"],
            Institutions = ["Jelgavas 4. vidusskola", "Bāriņtiesa"],
            Meetings = ["Katru otro otrdienu plkst. 10.00 klienta dzīvesvietā"],
        };
        var plan = new CasePlan(main.OrganisationId, main.Id, main.ClientId, first, intervals, worker, At(firstDay, 11));
        plan.RecordAgreement(firstDay, AgreementMethod.Signature, "Piekrītu, lūdzu tikšanās rīta pusē.", worker, At(firstDay, 12));
        main.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), worker, At(firstDay, 11));
        main.RecordServiceEvent(CaseEventKind.PlanAgreed, PlanTexts.Agreed(1, plan.Current.Agreement!), worker, At(firstDay, 12));
        var r1 = plan.Current;
        var budget = r1.Goals[0].Tasks[0];
        var debt = r1.Goals[0].Tasks[1];
        var school = r1.Goals[1].Tasks[0];
        var morning = r1.Goals[1].Tasks[1];

        var contacts = new List<ContactRecord>();
        void Contact(CaseFile caseFile, DateOnly day, int hour, int minutes, ContactKind kind, string participants, string notes, string? next, params (PlanTask Task, TaskOutcome Outcome)[] tasks)
        {
            var by = ActorOf(caseFile);
            var record = new ContactRecord(caseFile.OrganisationId, caseFile.Id, caseFile.ClientId, new ContactDetails
            {
                OccurredAt = At(day, hour),
                DurationMinutes = minutes,
                Kind = kind,
                Participants = participants,
                Notes = notes,
                NextStep = next,
                PlanId = tasks.Length > 0 ? plan.Id : null,
                PlanRevisionNumber = tasks.Length > 0 ? plan.CurrentRevisionNumber : null,
                Tasks = [.. tasks.Select(t => new TaskOutcomeInput(t.Task.Key, t.Outcome, t.Task.Measure))],
            }, by, At(day, hour + 2));
            contacts.Add(record);
            caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, PlanTexts.Recorded(record), by, At(day, hour + 2));
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);

        Contact(main, firstDay.AddDays(7), 10, 60, ContactKind.HomeVisit, "Klients, sociālā darbiniece",
            "Apmeklējums dzīvesvietā. Kopā pārskatījām ienākumus un izdevumus, klients atnesa rēķinus par pēdējiem trim mēnešiem. Sāktas budžeta tabulas.",
            "Pabeigt budžetu nākamajā tikšanās reizē", (budget, TaskOutcome.Partly));
        Contact(main, firstDay.AddDays(12), 13, 45, ContactKind.InstitutionMeeting, "Klases audzinātāja, sociālā pedagoģe, sociālā darbiniece",
            "Skolā vienojāmies, ka audzinātāja katru piektdienu paziņo par kavējumiem. Sociālā pedagoģe piedāvā konsultācijas bērnam.",
            null, (school, TaskOutcome.Done));
        Contact(main, firstDay.AddDays(21), 10, 50, ContactKind.Consultation, "Klients",
            "Budžets pabeigts un izdrukāts. Klients apņemas katru nedēļu pierakstīt izdevumus.", "Zvanīt namu pārvaldniekam kopā ar klientu", (budget, TaskOutcome.Done));

        // Revision 2, some 40 days ago: the debt task gets a later deadline, a new goal for the child's leisure time.
        var secondDay = Later(firstDay.AddDays(30), today.AddDays(-40));
        var second = r1.ToContent() with
        {
            RevisedOn = secondDay,
            ReviewOn = null,
            Problems = ["Parādi par komunālajiem maksājumiem", "Bērns bieži kavē skolu", "Bērnam nav pulciņu un draugu ārpus skolas"],
            Goals =
            [
                new GoalInput(r1.Goals[0].Key, r1.Goals[0].Text,
                [
                    new TaskInput(budget.Key, budget.Measure, budget.Deadline, budget.ExpectedResult, budget.ResponsibleKind, budget.ResponsibleName, budget.ResponsibleUserId),
                    new TaskInput(debt.Key, debt.Measure, secondDay.AddDays(25), "Noslēgta rakstiska vienošanās par atmaksu pa daļām", ResponsibleKind.Client, clientName),
                ]),
                new GoalInput(r1.Goals[1].Key, r1.Goals[1].Text,
                [
                    new TaskInput(school.Key, school.Measure, school.Deadline, school.ExpectedResult, school.ResponsibleKind, school.ResponsibleName),
                    new TaskInput(morning.Key, morning.Measure, morning.Deadline, morning.ExpectedResult, morning.ResponsibleKind, morning.ResponsibleName),
                ]),
                new GoalInput(null, "Bērns lietderīgi pavada brīvo laiku",
                [
                    new TaskInput(null, "Atrast un pieteikt bērnu pulciņā", today.AddDays(20), "Bērns apmeklē pulciņu vismaz reizi nedēļā", ResponsibleKind.Client, clientName),
                ]),
            ],
            Services = ["Sociālā darbinieka konsultācijas reizi divās nedēļās", "Psihologa konsultācijas bērnam", "Atbalsta grupa vecākiem"],
        };
        plan.Revise(second, "Izvērtēšana pēc mēneša: budžets sakārtots, parāda vienošanās vēl nav; bērnam vajadzīgs atbalsts brīvā laika pavadīšanā.", intervals, worker, At(secondDay, 11));
        plan.RecordAgreement(secondDay.AddDays(1), AgreementMethod.Orally, "Piekrītu, bet pulciņu izvēlēsies pats bērns.", worker, At(secondDay.AddDays(1), 9));
        main.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), worker, At(secondDay, 11));
        main.RecordServiceEvent(CaseEventKind.PlanAgreed, PlanTexts.Agreed(2, plan.Current.Agreement!), worker, At(secondDay.AddDays(1), 9));

        Contact(main, secondDay.AddDays(10), 14, 20, ContactKind.PhoneCall, "Klients",
            "Klients zvanīja namu pārvaldniekam, tikšanās atlikta. Vienošanās vēl nav.", "Atgādināt par tikšanos ar pārvaldnieku", (debt, TaskOutcome.NotDone));
        Contact(main, Later(secondDay.AddDays(20), today.AddDays(-12)), 10, 40, ContactKind.ConversationProtocol, "Klients, bērns, vecmāmiņa Ausma",
            "Saruna par rīta režīmu: pēdējās divās nedēļās bērns skolā ieradies laikā. Vecmāmiņa palīdz no rītiem. Pārrunāts, kā pārvaldniekam iesniegt atmaksas priekšlikumu rakstiski.",
            "Palīdzēt uzrakstīt atmaksas priekšlikumu", (morning, TaskOutcome.Done), (debt, TaskOutcome.Partly));

        // The quiet case: one home visit long ago, nothing since.
        Contact(quiet, Later(quiet.OpenedOn, today.AddDays(-75)), 11, 60, ContactKind.HomeVisit, "Klients",
            "Pirmā tikšanās dzīvesvietā. Klients stāsta par savu situāciju, vienojamies par nākamo tikšanos.", "Sazināties pēc divām nedēļām");

        // Every other open case had a recent contact (so the no-contact board shows just the quiet one).
        var i = 0;
        var unassigned = await db.CaseFiles.Where(c => c.Status == CaseStatus.Open && !c.IsArchived && c.ResponsibleWorkerId == null).ToListAsync(ct);
        foreach (var other in open.Skip(2).Concat(unassigned))
        {
            i++;
            Contact(other, Later(other.OpenedOn, today.AddDays(-(3 + (i * 5 % 20)))), 9 + (i % 6), 15 + (i % 4) * 15, i % 2 == 0 ? ContactKind.PhoneCall : ContactKind.Consultation,
                "Klients", "Pārrunāta situācija un nākamie soļi.", null);
        }

        db.ContactRecords.AddRange(contacts);
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
