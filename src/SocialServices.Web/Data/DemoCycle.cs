using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Contacts;
using SocialServices.Web.Pages.Evaluations;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Web.Data;

/// <summary>
/// One demo case that went round the whole case-work cycle (issue 5): Ilona Vītola came after losing her job, was
/// assessed (initial and functional), agreed a social rehabilitation plan, was seen at home and in consultations that
/// ticked off every task, was evaluated with progress and the decision to close, and the case was closed with a
/// monitoring date. Its timeline reads assessment → plan → delivery → evaluation → closure. Created once (run after
/// <see cref="DemoAssessments"/>, which seeds the instruments); names are invented.
/// </summary>
internal static class DemoCycle
{
    public const string FirstName = "Ilona";
    public const string LastName = "Vītola";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (!await db.Organisations.AnyAsync(ct) || await db.Clients.AnyAsync(c => c.FirstName == FirstName && c.LastName == LastName, ct))
        {
            return;
        }

        var worker = await db.Users.Where(u => u.UserName == "marta.kalnina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (worker is null)
        {
            return;
        }

        var by = new Actor(worker.Id, worker.FullName);
        var now = clock.GetUtcNow();
        var today = LatvianTime.Today(clock);
        DateTimeOffset At(DateOnly day, int hour) => ContactData.At(day, new TimeOnly(hour, 0));
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var municipalityId = await db.Organisations.OrderBy(o => o.Id).Select(o => (int?)o.MunicipalityId).FirstAsync(ct);
        var opened = today.AddDays(-230);

        var client = new Client(organisationId, new ClientDetails(DemoData.Code(new DateOnly(1979, 3, 12), 71), FirstName, LastName,
            new DateOnly(1979, 3, 12), Gender.Female, municipalityId, "Lielā iela 27-12, Jelgava, LV-3001", "+371 29 184 337", null, "lv",
            null, null, null, [TargetGroup.Other], null), worker.Id, At(opened.AddDays(-1), 10));
        client.RecordDataProcessingInformed(opened.AddDays(-1), by.Name);
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await CaseNumbers.NextAsync(db, organisationId, opened.Year, ct);
        var caseFile = new CaseFile(organisationId, client.Id, number, opened,
            "Pēc darba zaudēšanas un šķiršanās nomākta, uzkrājušies īres parādi, lūdz palīdzību", ReferralSource.Self, worker.Id, by, At(opened, 9));
        db.CaseFiles.Add(caseFile);
        await db.SaveChangesAsync(ct);

        // Assessment.
        var initialOn = opened.AddDays(4);
        DemoAssessments.Add(db, caseFile, AssessmentKind.InitialSocialSituation, initialOn, new AssessmentContent(Initial: new InitialSituation(
                "Dzīvo viena īrētā vienistabas dzīvoklī; pieaugušais dēls dzīvo Rīgā, sazinās reti. Pēc šķiršanās draugu loks sarucis.",
                "Nomākts garastāvoklis, miega traucējumi, zems pašvērtējums; ģimenes ārsts iesaka psihologa konsultācijas.",
                "Hroniskas muguras sāpes, citādi fiziski vesela un patstāvīga.",
                "Pēc uzņēmuma slēgšanas zaudēts darbs pārdevējas amatā; bezdarbnieka pabalsts beidzas, īres parāds trīs mēnešu apmērā.",
                "Mājokļa zaudēšanas risks parādu dēļ; depresijas padziļināšanās un sociālā izolācija.",
                "Vēlas atkal strādāt un nomaksāt parādu; gatava iesaistīties, ja būs atbalsts.",
                "Nepieciešams atbalsts parāda kārtošanā un darba meklēšanā, psihologa konsultācijas; sastādīt sociālās rehabilitācijas plānu.")),
            [
                new IdentifiedProblem("Īres parāds un mājokļa zaudēšanas risks", "Ienākumu zudums, budžets netiek plānots", ProblemSignificance.High),
                new IdentifiedProblem("Bezdarbs", "Uzņēmuma slēgšana, novecojušas prasmes, trūkst pašpārliecības", ProblemSignificance.High),
                new IdentifiedProblem("Nomākts garastāvoklis un sociālā izolācija", "Šķiršanās, darba zaudēšana", ProblemSignificance.Medium),
            ], by, At(initialOn, 11));
        var domains = await AssessmentInstruments.ActiveDomainsAsync(db, ct);
        var functionalOn = opened.AddDays(6);
        DemoAssessments.Add(db, caseFile, AssessmentKind.Functional, functionalOn,
            DemoAssessments.Functional(domains, [4, 4, 3, 1, 3, 2, 1, 2, 4, 2], null), [], by, At(functionalOn, 10));

        // Plan.
        var planOn = opened.AddDays(10);
        var content = new PlanContent
        {
            Kind = PlanKind.SocialRehabilitation,
            RevisedOn = planOn,
            Problems = ["Īres parāds un mājokļa zaudēšanas risks", "Bezdarbs", "Nomākts garastāvoklis un sociālā izolācija"],
            Goals =
            [
                new GoalInput(null, "Īres parāds tiek atmaksāts pēc grafika",
                [
                    new TaskInput(null, "Vienoties ar izīrētāju par parāda atmaksu pa daļām", planOn.AddDays(20), "Rakstiska vienošanās par atmaksas grafiku", ResponsibleKind.Client, FirstName + " " + LastName),
                    new TaskInput(null, "Sastādīt mēneša budžetu un pieteikties mājokļa pabalstam", planOn.AddDays(30), "Budžets sastādīts, pabalsts piešķirts", ResponsibleKind.Worker, by.Name, by.UserId),
                ]),
                new GoalInput(null, "Klientei ir darbs",
                [
                    new TaskInput(null, "Reģistrēties NVA un apmeklēt karjeras konsultanta nodarbības", planOn.AddDays(30), "Izstrādāts individuālais darba meklēšanas plāns", ResponsibleKind.Institution, "Nodarbinātības valsts aģentūras Jelgavas filiāle"),
                    new TaskInput(null, "Sagatavot CV un pieteikties vismaz piecām vakancēm", planOn.AddDays(90), "Darba līgums vai apmācību kurss", ResponsibleKind.Client, FirstName + " " + LastName),
                ]),
                new GoalInput(null, "Uzlabojies garastāvoklis un ir sociālie kontakti",
                [
                    new TaskInput(null, "Psihologa konsultācijas (8 reizes)", planOn.AddDays(120), "Klientes pašvērtējums uzlabojies, miegs atjaunojies", ResponsibleKind.Institution, "Jelgavas sociālo pakalpojumu centra psiholoģe"),
                ]),
            ],
            Services = ["Sociālā darbinieka konsultācijas reizi divās nedēļās", "Psihologa konsultācijas", "Mājokļa pabalsts"],
            Institutions = ["Nodarbinātības valsts aģentūra", "Izīrētājs SIA \"Lielā 27\""],
            Meetings = ["Katru otro ceturtdienu plkst. 14.00 sociālajā dienestā"],
        };
        var plan = new CasePlan(organisationId, caseFile.Id, client.Id, content, new PlanSettings().Intervals, by, At(planOn, 11));
        plan.RecordAgreement(planOn, AgreementMethod.Signature, "Piekrītu plānam.", by, At(planOn, 12));
        caseFile.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), by, At(planOn, 11));
        caseFile.RecordServiceEvent(CaseEventKind.PlanAgreed, PlanTexts.Agreed(1, plan.Current.Agreement!), by, At(planOn, 12));
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);

        // Delivery.
        var revision = plan.Current;
        var (debt, budget) = (revision.Goals[0].Tasks[0], revision.Goals[0].Tasks[1]);
        var (register, apply) = (revision.Goals[1].Tasks[0], revision.Goals[1].Tasks[1]);
        var psychologist = revision.Goals[2].Tasks[0];
        void Contact(DateOnly day, int hour, int minutes, ContactKind kind, string participants, string notes, string? next, params (PlanTask Task, TaskOutcome Outcome)[] tasks)
        {
            var record = new ContactRecord(organisationId, caseFile.Id, client.Id, new ContactDetails
            {
                OccurredAt = At(day, hour),
                DurationMinutes = minutes,
                Kind = kind,
                Participants = participants,
                Notes = notes,
                NextStep = next,
                PlanId = plan.Id,
                PlanRevisionNumber = plan.CurrentRevisionNumber,
                Tasks = [.. tasks.Select(t => new TaskOutcomeInput(t.Task.Key, t.Outcome, t.Task.Measure))],
            }, by, At(day, hour + 1));
            db.ContactRecords.Add(record);
            caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, PlanTexts.Recorded(record), by, At(day, hour + 1));
        }

        Contact(planOn.AddDays(7), 10, 60, ContactKind.HomeVisit, "Kliente, sociālā darbiniece",
            "Apmeklējums dzīvesvietā. Kopā sastādījām mēneša budžetu, aizpildīts iesniegums mājokļa pabalstam.", "Zvanīt izīrētājam kopā ar klienti",
            (budget, TaskOutcome.Done));
        Contact(planOn.AddDays(15), 14, 45, ContactKind.InstitutionMeeting, "Kliente, izīrētāja pārstāvis, sociālā darbiniece",
            "Tikšanās ar izīrētāju: parakstīta vienošanās par parāda atmaksu sešos mēnešos.", null, (debt, TaskOutcome.Done));
        Contact(planOn.AddDays(28), 14, 30, ContactKind.Consultation, "Kliente",
            "Kliente reģistrējusies NVA, sākusi karjeras konsultācijas; apmeklējusi trīs psihologa konsultācijas.", "Sagatavot CV",
            (register, TaskOutcome.Done), (psychologist, TaskOutcome.Partly));
        Contact(planOn.AddDays(70), 9, 15, ContactKind.PhoneCall, "Kliente",
            "Kliente pieteikusies sešām vakancēm, uzaicināta uz divām darba intervijām.", null, (apply, TaskOutcome.Partly));
        Contact(planOn.AddDays(110), 14, 40, ContactKind.Consultation, "Kliente",
            "Kliente no nākamā mēneša strādā par kasieri lielveikalā; psihologa konsultāciju kurss pabeigts, guļ labi. Parāds atmaksāts pēc grafika.", "Izvērtēt plānu",
            (apply, TaskOutcome.Done), (psychologist, TaskOutcome.Done));

        // Evaluation and closure.
        var evaluatedOn = today.AddDays(-35);
        var evaluation = new Evaluation(caseFile, plan.Id, revision, new EvaluationContent
        {
            EvaluatedOn = evaluatedOn,
            Goals = [.. revision.Goals.Select(g => new GoalResult(g.Key, GoalAchievement.Achieved, null))],
            SituationChanges = "Kliente strādā pilnu slodzi, īres parāds atmaksāts, saņēma mājokļa pabalstu līdz darba sākumam. Garastāvoklis stabils, atjaunoti kontakti ar dēlu un bijušajām kolēģēm.",
            Cooperation = ClientCooperation.Active,
            Motivation = ClientMotivation.High,
            CooperationNotes = "Ieradās uz visām norunātajām tikšanās reizēm.",
            OverallResult = OverallResult.Progress,
            Decision = EvaluationDecision.CloseCase,
            Justification = "Visi plāna mērķi sasniegti; kliente turpmāk tiek galā patstāvīgi. Ieteicama pārraudzība pēc trim mēnešiem.",
        }, by, At(evaluatedOn, 11));
        db.Evaluations.Add(evaluation);
        caseFile.RecordServiceEvent(CaseEventKind.EvaluationRecorded, EvaluationTexts.Timeline(evaluation), by, At(evaluatedOn, 11));
        var closedOn = evaluatedOn.AddDays(2);
        caseFile.Close(closedOn, "Sociālās rehabilitācijas plāna mērķi sasniegti",
            "Kliente strādā, parāds atmaksāts, garastāvoklis uzlabojies. Pārraudzība pēc trim mēnešiem.", closedOn.AddMonths(3), by, At(closedOn, 10));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
