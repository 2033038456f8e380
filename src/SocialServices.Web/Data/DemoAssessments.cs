using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo assessments (run after <c>DemoData</c>): Edgars Rozenbergs's case gets an initial assessment with identified
/// problems and two completed functional assessments months apart (so the radar chart overlays the earlier one), and
/// a new family at risk (Agnese Kalēja with her partner and two children) gets an initial assessment, a basic needs
/// assessment and a risk-factor assessment completed almost six months ago, so its next one is due on the boards.
/// Created once; all names are invented.
/// </summary>
public static class DemoAssessments
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.Assessments.AnyAsync(ct) || !await db.Organisations.AnyAsync(ct))
        {
            return;
        }

        await AssessmentInstruments.EnsureSeededAsync(db, ct);
        var now = clock.GetUtcNow();
        var today = LatvianTime.Today(clock);
        await FunctionalCaseAsync(db, now, today, ct);
        await FamilyAtRiskAsync(db, now, today, ct);
    }

    private static async Task FunctionalCaseAsync(AppDbContext db, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var caseFile = await db.CaseFiles
            .Where(c => c.Status == CaseStatus.Open && !c.IsArchived && c.ResponsibleWorkerId != null
                        && db.Clients.Any(k => k.Id == c.ClientId && k.FirstName == "Edgars" && k.LastName == "Rozenbergs"))
            .FirstOrDefaultAsync(ct);
        if (caseFile is null)
        {
            return;
        }

        var by = await ActorAsync(db, caseFile.ResponsibleWorkerId!, ct);
        DateTimeOffset At(DateOnly day) => now.AddDays(day.DayNumber - today.DayNumber);

        var initialOn = caseFile.OpenedOn.AddDays(3);
        Add(db, caseFile, AssessmentKind.InitialSocialSituation, initialOn, new AssessmentContent(Initial: new InitialSituation(
                "Dzīvo viens divistabu dzīvoklī, ar māsu tiekas reizi mēnesī. Draugu loks sarucis pēc darba zaudēšanas; ārpus mājas iziet reti.",
                "Diagnosticēti garīga rakstura traucējumi, regulāri apmeklē psihiatru. Periodiski nomākts garastāvoklis, trūkst motivācijas ikdienas darbiem.",
                "Fiziski vesels, pārvietojas patstāvīgi. Miega ritms nestabils, uzturs nepilnvērtīgs.",
                "Ienākumi — invaliditātes pensija; parādi par komunālajiem maksājumiem. Nav nodarbinātības, sociālā izolācija.",
                "Parādu pieaugums un mājokļa zaudēšanas risks; veselības pasliktināšanās, ja pārtrauc ārstēšanos.",
                "Vēlas atgūt kārtību finansēs un atrast kādu nodarbi ārpus mājas; atbalstam piekrīt.",
                "Nepieciešams atbalsts finanšu plānošanā, ikdienas prasmju stiprināšanā un sociālo kontaktu veidošanā; ieteicams dienas aprūpes centrs.")),
            [
                new IdentifiedProblem("Parādi par komunālajiem maksājumiem", "Neplāno izdevumus, rēķinus atliek; nomākts garastāvoklis", ProblemSignificance.High),
                new IdentifiedProblem("Sociālā izolācija", "Darba zaudēšana, maz draugu, kauns par slimību", ProblemSignificance.Medium),
                new IdentifiedProblem("Nepilnvērtīgs uzturs", "Neprot un negrib gatavot, trūkst naudas", ProblemSignificance.Low),
            ], by, At(initialOn));

        var domains = await AssessmentInstruments.ActiveDomainsAsync(db, ct);
        int?[] first = [3, 5, 2, 1, 3, 2, 1, 2, 3, 2];
        int?[] second = [4, 5, 3, 3, 3, 3, 2, 3, 4, 3];
        string?[] comments = [null, "Pārvietojas patstāvīgi", "Uzkopšanā vajadzīgs atgādinājums", "Izveidots budžeta plāns, parādu atmaksas grafiks", null, "Apmeklē dienas centru divreiz nedēļā", "Interesējas par darbnīcu", null, null, "Garastāvoklis stabilāks"];
        var firstOn = caseFile.OpenedOn.AddDays(6);
        var secondOn = today.AddDays(-21);
        Add(db, caseFile, AssessmentKind.Functional, firstOn, Functional(domains, first, null), [new IdentifiedProblem("Nespēj pārvaldīt savus finanšu līdzekļus", "Nav budžeta plānošanas prasmju", ProblemSignificance.High)], by, At(firstOn));
        Add(db, caseFile, AssessmentKind.Functional, secondOn, Functional(domains, second, comments), [], by, At(secondOn));
        await db.SaveChangesAsync(ct);
    }

    private static async Task FamilyAtRiskAsync(AppDbContext db, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var worker = await db.Users.Where(u => u.UserName == "sandra.ozolina").Select(u => u.Id).FirstOrDefaultAsync(ct)
                     ?? await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SocialWorker)))
                         .OrderBy(u => u.UserName).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (worker is null)
        {
            return;
        }

        var by = await ActorAsync(db, worker, ct);
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var municipalityId = await db.Organisations.OrderBy(o => o.Id).Select(o => (int?)o.MunicipalityId).FirstAsync(ct);
        var opened = today.AddDays(-200);
        DateTimeOffset At(DateOnly day) => now.AddDays(day.DayNumber - today.DayNumber);

        var code = PersonalCode.Parse("329104-57213", today).Code;
        var mother = new Client(organisationId, new ClientDetails(code, "Agnese", "Kalēja", new DateOnly(1991, 4, 9), Gender.Female, municipalityId,
            "Dobeles šoseja 41-7, Jelgava, LV-3007", "+371 26 412 905", null, "lv", null, null, null,
            [TargetGroup.FamilyWithChildrenAtRisk, TargetGroup.ParentOrLegalRepresentative], null), worker, At(opened.AddDays(-2)));
        mother.RecordDataProcessingInformed(opened.AddDays(-2), by.Name);
        db.Clients.Add(mother);
        await db.SaveChangesAsync(ct);
        mother.AddRelation(RelationKind.SpousePartner, false, true, null, new RelatedPerson("Kristaps", "Kalējs", new DateOnly(1987, 11, 23), null), "Strādā maiņās", At(opened));
        mother.AddRelation(RelationKind.Child, false, true, null, new RelatedPerson("Marta", "Kalēja", today.AddYears(-9).AddDays(-40), null), null, At(opened));
        mother.AddRelation(RelationKind.Child, false, true, null, new RelatedPerson("Toms", "Kalējs", today.AddYears(-5).AddDays(-130), null), "Apmeklē bērnudārzu", At(opened));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await CaseNumbers.NextAsync(db, organisationId, opened.Year, ct);
        var caseFile = new CaseFile(organisationId, mother.Id, number, opened, "Skolas ziņojums: meita bieži kavē stundas, ģimenē konflikti un alkohola lietošana",
            ReferralSource.School, worker, by, At(opened));
        db.CaseFiles.Add(caseFile);
        await db.SaveChangesAsync(ct);

        var initialOn = opened.AddDays(5);
        Add(db, caseFile, AssessmentKind.InitialSocialSituation, initialOn, new AssessmentContent(Initial: new InitialSituation(
                "Ģimenē četri cilvēki: māte, viņas partneris un divi bērni. Māte strādā veikalā, partneris maiņu darbā. Radinieku atbalsta nav.",
                "Mātei nogurums un trauksme; partneris lieto alkoholu nedēļas nogalēs, tad ģimenē rodas konflikti. Meita noslēgusies.",
                "Bērni fiziski attīstās atbilstoši vecumam; dēlam biežas saaukstēšanās.",
                "Zemi ienākumi, īres dzīvoklis ar malkas apkuri; meita kavē skolu, skola sadarbojas.",
                "Bērnu emocionālā labklājība apdraudēta konfliktu dēļ; alkohola lietošana var pāraugt atkarībā.",
                "Māte vēlas, lai mājās būtu mierīgāk, un ir gatava sadarboties; partneris atbalstu pagaidām noraida.",
                "Ģimene ir sociālā riska situācijā; nepieciešams riska faktoru novērtējums, atbalsta plāns un sadarbība ar skolu.")),
            [
                new IdentifiedProblem("Konflikti ģimenē un partnera alkohola lietošana", "Stress, zemi ienākumi, nav konfliktu risināšanas prasmju", ProblemSignificance.High),
                new IdentifiedProblem("Meita kavē skolu", "Nemiers mājās, miega trūkums", ProblemSignificance.High),
                new IdentifiedProblem("Nepietiekami ienākumi", "Viens algas avots, parādi", ProblemSignificance.Medium),
            ], by, At(initialOn));

        var needsOn = opened.AddDays(9);
        var needs = BasicNeedsContent.Start();
        needs = needs with
        {
            Needs = needs.Needs.Select(n => n with
            {
                Status = n.Need switch
                {
                    BasicNeed.Income => NeedStatus.NotMet,
                    BasicNeed.Safety or BasicNeed.Housing or BasicNeed.Education => NeedStatus.PartlyMet,
                    _ => NeedStatus.Met,
                },
                Comment = n.Need switch
                {
                    BasicNeed.Housing => "Malkas apkure, ziemā auksti",
                    BasicNeed.Safety => "Konflikti nedēļas nogalēs",
                    BasicNeed.Education => "Meita kavē stundas",
                    BasicNeed.Income => "Ienākumi zem trūcīgas personas sliekšņa",
                    _ => null,
                },
            }).ToList(),
            Strengths = ["Māte rūpējas par bērniem un ir motivēta mainīties", "Bērni ir pieķērušies mātei"],
            Weaknesses = ["Zemi ienākumi", "Partneris noraida palīdzību"],
            InnerResources = ["Mātes darba pieredze un regulārs darbs", "Meitas interese par zīmēšanu"],
            OuterResources = ["Skolas sociālais pedagogs", "Bērnudārza audzinātāja", "Pašvaldības atbalsta grupa vecākiem"],
        };
        Add(db, caseFile, AssessmentKind.BasicNeedsAndResources, needsOn, new AssessmentContent(BasicNeeds: needs), [], by, At(needsOn));

        // Completed a little less than six months ago: the next one is due within days (on the worker's and the manager's board).
        var riskOn = today.AddMonths(-RiskSchedule.DefaultRepeatMonths).AddDays(5);
        var members = await AssessmentInstruments.HouseholdAsync(db, mother.Id, ct);
        var items = await AssessmentInstruments.ActiveRiskItemsAsync(db, ct);
        var start = RiskContent.Start(members, items);
        int?[][] scores =
        [
            [1, 0, 2, 2], [0, 1, 3, 2], [0, 3, null, null], [2, 1, 2, 2], [1, 3, 2, 1], [1, 0, 2, 2],
            [0, 1, 1, 1], [0, 0, 3, 2], [0, 0, 0, 0], [0, 0, 0, 0], [2, 2, 3, 2], [2, 3, null, null],
        ];
        var risk = start with
        {
            Rows = start.Rows.Select((row, i) => row with { Scores = Enumerable.Range(0, members.Count).Select(m => i < scores.Length && m < scores[i].Length ? scores[i][m] : null).ToList() }).ToList(),
        };
        Add(db, caseFile, AssessmentKind.RiskFactors, riskOn.AddDays(-2), new AssessmentContent(Risk: risk),
            [new IdentifiedProblem("Bērni piedzīvo konfliktus un bailes nedēļas nogalēs", "Partnera alkohola lietošana", ProblemSignificance.High)], by, At(riskOn), riskOn);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Starts, fills in and completes an assessment as its assessor would have on that day.</summary>
    internal static void Add(AppDbContext db, CaseFile caseFile, AssessmentKind kind, DateOnly on, AssessmentContent content, IReadOnlyList<IdentifiedProblem> problems, Actor by, DateTimeOffset at, DateOnly? completedOn = null)
    {
        var empty = kind switch
        {
            AssessmentKind.Functional => content with { Functional = content.Functional! with { Scores = content.Functional.Scores.Select(s => s with { Score = null, Comment = null }).ToList() } },
            _ => content,
        };
        var assessment = Assessment.Start(caseFile, kind, on, empty, by, at);
        assessment.SaveDraft(on, content, problems, caseFile, by, at.AddHours(1));
        assessment.Complete(caseFile, null, completedOn ?? on, RiskThresholds.Default, RiskSchedule.DefaultRepeatMonths, by, at.AddHours(2));
        db.Assessments.Add(assessment);
    }

    internal static AssessmentContent Functional(List<(int Id, string Name)> domains, int?[] scores, string?[]? comments) =>
        new(Functional: new FunctionalContent(domains.Select((d, i) => new FunctionalScore(d.Id, d.Name, i < scores.Length ? scores[i] : 3, comments is not null && i < comments.Length ? comments[i] : null)).ToList()));

    private static async Task<Actor> ActorAsync(AppDbContext db, string userId, CancellationToken ct) =>
        new(userId, await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).FirstAsync(ct));
}
