using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Feedback;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Plans;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Data;
using SocialServices.Web.Data.Configurations;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Benchmarks;

/// <summary>Who the generator created, for the benchmarks to sign in as.</summary>
public sealed record GeneratedData(int OrganisationId, int ReportId, IReadOnlyDictionary<string, IReadOnlyList<string>> UsersByRole, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    public const string Password = "Bench-parole-2026";
}

/// <summary>
/// Fills a migrated database (the app's own start-up has created the organisation, catalogue and instruments) with a
/// realistic, deterministic data set of <c>clients</c> clients: households with relations, case files (about 0.6 per
/// client) with assessments, plan revisions and contact records (about 5 per client) on long timelines, applications over
/// five years, groups with held sessions and attendance (about 20 rows per client), individual appointments, complaints,
/// a satisfaction survey, a delegation contract and a draft annual report for the current year. Every entity is built
/// through the domain's constructors and methods and written with binary COPY (<see cref="BulkCopy"/>).
/// </summary>
public sealed class Generator(IServiceProvider services, string connectionString, int clients, int seed, TextWriter log)
{
    private const int Batch = 2000;
    private const string LegalBasis = "Sociālo pakalpojumu un sociālās palīdzības likuma 3. panta otrā daļa un 9. pants; Ministru kabineta 2019. gada 2. aprīļa noteikumi Nr. 138.";

    private static readonly string[] Reasons =
    [
        "Ģimene ar bērniem sociālā riska situācijā: nepietiekama bērnu aprūpe",
        "Skolas ziņojums par bērna uzvedības problēmām un kavējumiem",
        "Pieaugušais ar garīga rakstura traucējumiem, nepieciešams atbalsts ikdienā",
        "Vientuļā vecāka lūgums pēc atbalsta bērna audzināšanā",
        "Pēc darba zaudēšanas uzkrājušies īres parādi, lūdz palīdzību",
        "Policijas ziņojums par vardarbību ģimenē",
        "Slimnīcas ziņojums: pēc ārstēšanās nepieciešama aprūpe mājās",
        "Senioram nepieciešams atbalsts mājās un sociālie kontakti",
    ];

    private static readonly string[] ContactNotes =
    [
        "Apmeklējums dzīvesvietā: pārrunāts bērnu dienas režīms un skolas apmeklējums, mājoklis sakopts.",
        "Konsultācija par pabalstu pieteikšanu; kopā aizpildīts iesniegums.",
        "Telefona saruna: klients informē, ka sācis apmeklēt ārstu un jūtas labāk.",
        "Tikšanās ar skolas sociālo pedagogu par kavējumiem; vienojāmies par ziņošanu reizi nedēļā.",
        "Klients ieradās uz konsultāciju, pārrunāts budžets un parāda atmaksas grafiks.",
        "Sarunas protokols: māte apņemas bērnu vest uz grupas nodarbībām.",
    ];

    private readonly Random _random = new(seed);
    private readonly Dictionary<DateOnly, int> _serials = [];
    private readonly Dictionary<int, int> _caseNumbers = [];
    private readonly Dictionary<int, int> _applicationNumbers = [];
    private readonly Dictionary<int, int> _complaintNumbers = [];

    /// <summary>"Today" of the data set: the test clock's day, so that tests and benchmarks see the same data.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public async Task<GeneratedData> RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        using var rootScope = services.CreateScope();
        var model = rootScope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        await EnsureOrganisationAsync(ct);
        var copy = new BulkCopy(model, connection);
        await copy.InitialiseCountersAsync(ct);

        var today = DateOnly.FromDateTime(Now.ToLatvian().DateTime);
        var (organisationId, municipalityId) = await ReadAsync(db => db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.MunicipalityId }).FirstAsync(ct)) is var o ? (o.Id, o.MunicipalityId) : default;
        var catalogue = await ReadAsync(db => db.Services.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct));
        var organisationName = await ReadAsync(db => db.Organisations.Where(x => x.Id == organisationId).Select(x => x.Name).FirstAsync(ct));

        // Staff: one social worker per 150 clients, one specialist per 500, a manager per 20,000, two auditors, an administrator.
        var users = await UsersAsync(copy, ct);
        var workers = users[Roles.SocialWorker];
        var specialists = users[Roles.Specialist];
        var manager = users[Roles.ServiceManager][0];
        Progress(watch, "users", users.Sum(u => u.Value.Count));

        // Households, their case files and everything recorded in them.
        var groupServices = catalogue.Where(s => s.Type == ServiceType.EducationalAndSupportGroup).ToList();
        var individual = catalogue.Where(s => s.Type == ServiceType.SpecialistConsultations || s.Type == ServiceType.DayCareCentre).ToList();
        if (individual.Count == 0)
        {
            individual = catalogue.Where(s => s.Type != ServiceType.EducationalAndSupportGroup).Take(2).ToList();
        }

        var clientIds = new List<int>(clients);
        var made = 0;
        while (made < clients)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var inBatch = 0;
            while (inBatch < Batch && made < clients)
            {
                var household = Household(organisationId, municipalityId, workers, today, Math.Min(clients - made, 1 + _random.Next(4)));
                foreach (var client in household)
                {
                    copy.AssignIds(client);
                    clientIds.Add(client.Id);
                }

                Relate(household);
                foreach (var client in household)
                {
                    db.Add(client);
                }

                foreach (var client in household)
                {
                    // About 0.6 case files per client: most adults, some children.
                    var adult = client.AgeOn(today) >= 18;
                    if (_random.NextDouble() < (adult ? 0.8 : 0.35))
                    {
                        CaseWork(db, copy, client, organisationId, organisationName, workers, specialists, manager, catalogue, individual, today);
                    }
                }

                made += household.Count;
                inBatch += household.Count;
            }

            await copy.FlushAsync(db, ct);
            Progress(watch, "clients", made);
        }

        // The client_group_years triggers would run once per COPY row of attendance: they are off while the groups are
        // written, and the summary is rebuilt in one statement afterwards (measured in docs/benchmarks.md).
        await ExecuteAsync(connection, $"ALTER TABLE attendance_records DISABLE TRIGGER {ClientGroupYears.AttendanceTrigger}; "
            + $"ALTER TABLE group_sessions DISABLE TRIGGER {ClientGroupYears.SessionTrigger}", ct);
        try
        {
            await GroupsAsync(copy, organisationId, groupServices, clientIds, users, today, watch, ct);
        }
        finally
        {
            await ExecuteAsync(connection, $"ALTER TABLE attendance_records ENABLE TRIGGER {ClientGroupYears.AttendanceTrigger}; "
                + $"ALTER TABLE group_sessions ENABLE TRIGGER {ClientGroupYears.SessionTrigger}", CancellationToken.None);
        }

        await ExecuteAsync(connection, ClientGroupYears.Rebuild, ct);
        await using (var summaries = new NpgsqlCommand("SELECT count(*) FROM " + ClientGroupYears.Table, connection))
        {
            Progress(watch, "client_group_years rows (rebuilt)", (long)(await summaries.ExecuteScalarAsync(ct))!);
        }
        await FeedbackAsync(copy, organisationId, catalogue, clientIds, workers, manager, today, ct);
        Progress(watch, "feedback", clientIds.Count / 200);
        var reportId = await ReportAsync(copy, organisationId, municipalityId, catalogue, manager, today, ct);

        await CountersAsync(connection, organisationId, ct);
        await copy.ResetSequencesAsync(ct);
        await using (var analyse = new NpgsqlCommand("ANALYZE", connection))
        {
            analyse.CommandTimeout = 600;
            await analyse.ExecuteNonQueryAsync(ct);
        }

        Progress(watch, "done", clients);
        var byRole = users.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value.Select(x => _userNames[x.UserId]).ToList());
        return new GeneratedData(organisationId, reportId, byRole, copy.Rows.ToDictionary(), watch.Elapsed);
    }

    /// <summary>The organisation, catalogue and instruments, when the app's start-up has not created them (as in the tests).</summary>
    private async Task EnsureOrganisationAsync(CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Organisations.AnyAsync(ct))
        {
            var municipality = new Domain.Organisations.Municipality("Jelgavas valstspilsēta", "JELGAVA");
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync(ct);
            db.Organisations.Add(new Domain.Organisations.Organisation("Biedrība \"Atbalsts ģimenei\"", "40008000001", municipality.Id));
            await db.SaveChangesAsync(ct);
        }

        if (!await db.Services.AnyAsync(ct))
        {
            var municipalityId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.MunicipalityId).FirstAsync(ct);
            db.Services.AddRange(ServiceCatalogueSeed.Create(municipalityId));
            await db.SaveChangesAsync(ct);
        }

        await Web.Assessments.AssessmentInstruments.EnsureSeededAsync(db, ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private void Progress(Stopwatch watch, string what, long count) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{watch.Elapsed:mm\\:ss}] {what}: {count:N0} (working set {Environment.WorkingSet / 1048576} MB)"));

    private async Task<Dictionary<string, List<Actor>>> UsersAsync(BulkCopy copy, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var counts = new Dictionary<string, int>
        {
            [Roles.SocialWorker] = Math.Max(3, clients / 150),
            [Roles.Specialist] = Math.Max(2, clients / 500),
            [Roles.ServiceManager] = Math.Max(1, clients / 20000),
            [Roles.Auditor] = 2,
            [Roles.Administrator] = 1,
        };
        // One hash for all: hashing is deliberately slow, and every generated user has the same password.
        var hash = hasher.HashPassword(new AppUser(), GeneratedData.Password);
        var taken = new HashSet<string>(await db.Users.Select(u => u.UserName!).ToListAsync(ct));
        var result = new Dictionary<string, List<Actor>>();
        foreach (var (role, count) in counts)
        {
            var list = new List<Actor>();
            for (var i = 0; i < count; i++)
            {
                var gender = _random.Next(3) == 0 ? Gender.Male : Gender.Female;
                var first = gender == Gender.Male ? Pick(Names.Male) : Pick(Names.Female);
                var last = Names.Surname(_random.Next(Names.Surnames.Length), gender);
                var userName = Domain.Common.TextFolding.Fold(first + "." + last).Replace(' ', '.').Replace('-', '.');
                for (var n = 2; !taken.Add(userName); n++)
                {
                    userName = Domain.Common.TextFolding.Fold(first + "." + last).Replace(' ', '.').Replace('-', '.') + n.ToString(CultureInfo.InvariantCulture);
                }

                var user = new AppUser
                {
                    Id = DeterministicGuid().ToString(),
                    UserName = userName,
                    NormalizedUserName = userName.ToUpperInvariant(),
                    Email = userName + "@bench.socialservices.lv",
                    NormalizedEmail = (userName + "@bench.socialservices.lv").ToUpperInvariant(),
                    EmailConfirmed = true,
                    PasswordHash = hash,
                    SecurityStamp = DeterministicGuid().ToString("N").ToUpperInvariant(),
                    ConcurrencyStamp = DeterministicGuid().ToString(),
                    LockoutEnabled = true,
                    FullName = first + " " + last,
                    CreatedAt = Now.AddYears(-5),
                };
                db.Add(user);
                db.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
                list.Add(new Actor(user.Id, user.FullName) { });
                _userNames[user.Id] = userName;
            }

            result[role] = list;
        }

        await copy.FlushAsync(db, ct);
        return result;
    }

    private readonly Dictionary<string, string> _userNames = [];

    private Guid DeterministicGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(_random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));

    private PersonalCode Code(DateOnly birth)
    {
        var serial = _serials.TryGetValue(birth, out var s) ? s : 100 + _random.Next(300);
        var code = Names.Code(birth, ref serial);
        _serials[birth] = serial;
        return code;
    }

    /// <summary>A household: one or two adults (a couple shares the surname) and children.</summary>
    private List<Client> Household(int organisationId, int municipalityId, List<Actor> workers, DateOnly today, int size)
    {
        var worker = Pick(workers);
        var surname = _random.Next(Names.Surnames.Length);
        var address = string.Create(CultureInfo.InvariantCulture, $"{Pick(Names.Streets)} {1 + _random.Next(120)}-{1 + _random.Next(60)}, Jelgava, LV-30{_random.Next(10)}{_random.Next(10)}");
        var registered = Now.AddDays(-_random.Next(5 * 365));
        var russian = _random.Next(6) == 0;
        var members = new List<Client>();
        var adults = size == 1 ? 1 : Math.Min(size - 1, 1 + _random.Next(2));
        var senior = size == 1 && _random.Next(4) == 0;
        for (var i = 0; i < size; i++)
        {
            var isAdult = i < adults;
            var gender = i == 0 ? (_random.Next(3) == 0 ? Gender.Male : Gender.Female) : i == 1 && isAdult ? (members[0].Gender == Gender.Male ? Gender.Female : Gender.Male) : (_random.Next(2) == 0 ? Gender.Male : Gender.Female);
            var birth = isAdult
                ? (senior ? Day(today.AddYears(-92), today.AddYears(-65)) : Day(today.AddYears(-60), today.AddYears(-22)))
                : Day(today.AddYears(-17), today.AddYears(-1));
            var first = gender == Gender.Male ? Pick(Names.Male) : Pick(Names.Female);
            IReadOnlyList<TargetGroup> targets = isAdult
                ? senior ? [TargetGroup.Senior] : size > 1 ? [TargetGroup.FamilyWithChildrenAtRisk, TargetGroup.ParentOrLegalRepresentative] : [Pick(new[] { TargetGroup.AdultWithMentalDisorder, TargetGroup.PersonWithDisability, TargetGroup.Other })]
                : _random.Next(4) == 0 ? [TargetGroup.ChildInBehaviourCorrectionProgramme] : [TargetGroup.FamilyWithChildrenAtRisk];
            var disabled = targets.Contains(TargetGroup.PersonWithDisability);
            var client = new Client(organisationId, new ClientDetails(
                Code(birth), first, Names.Surname(surname, gender), null, gender, municipalityId, address,
                isAdult ? string.Create(CultureInfo.InvariantCulture, $"+371 2{_random.Next(10)}{_random.Next(1000000):000000}") : null, null,
                russian ? "ru" : "lv", disabled ? DisabilityGroup.II : null, disabled ? today.AddYears(-2) : null, disabled ? today.AddYears(3) : null, targets, null),
                worker.UserId, registered);
            if (isAdult)
            {
                client.RecordDataProcessingInformed(DateOnly.FromDateTime(registered.UtcDateTime), _userNames[worker.UserId]);
            }

            members.Add(client);
        }

        return members;
    }

    private void Relate(List<Client> household)
    {
        var adults = household.Where(c => c.AgeOn(DateOnly.FromDateTime(Now.UtcDateTime)) >= 18).ToList();
        var children = household.Except(adults).ToList();
        if (adults.Count == 2)
        {
            adults[0].AddRelation(RelationKind.SpousePartner, false, true, adults[1].Id, null, null, adults[0].RegisteredAt);
            adults[1].AddRelation(RelationKind.SpousePartner, false, true, adults[0].Id, null, null, adults[0].RegisteredAt);
        }

        foreach (var child in children)
        {
            foreach (var parent in adults)
            {
                child.AddRelation(RelationKind.Parent, true, true, parent.Id, null, null, parent.RegisteredAt);
                parent.AddRelation(RelationKind.Child, false, true, child.Id, null, null, parent.RegisteredAt);
            }
        }

        if (adults.Count == 1 && children.Count > 0 && _random.Next(3) == 0)
        {
            adults[0].AddRelation(RelationKind.OtherRelative, false, false, null, new RelatedPerson(Pick(Names.Female), adults[0].LastName, null, null), "Vecmāmiņa, palīdz ar bērniem", adults[0].RegisteredAt);
        }
    }

    private static DateTimeOffset At(DateOnly day, int hour) => LatvianTime.StartOfDay(day).AddHours(hour);

    /// <summary>A case file with its assessment, plan (one to three revisions), contacts, an application and appointments.</summary>
    private void CaseWork(AppDbContext db, BulkCopy copy, Client client, int organisationId, string organisationName, List<Actor> workers, List<Actor> specialists, Actor manager,
        List<Service> catalogue, List<Service> individual, DateOnly today)
    {
        var worker = workers.FirstOrDefault(w => w.UserId == client.RegisteredById) ?? Pick(workers);
        var registeredOn = DateOnly.FromDateTime(client.RegisteredAt.ToLatvian().DateTime);
        var opened = Day(registeredOn, today.AddDays(-3) > registeredOn ? today.AddDays(-3) : registeredOn.AddDays(1));
        var number = CaseNumber.Format(opened.Year, _caseNumbers[opened.Year] = _caseNumbers.GetValueOrDefault(opened.Year) + 1);
        var caseFile = new CaseFile(organisationId, client.Id, number, opened, Pick(Reasons), (ReferralSource)(1 + _random.Next(7)), worker.UserId, worker, At(opened, 9));
        copy.AssignIds(caseFile);
        if (_random.Next(3) == 0)
        {
            caseFile.AddTeamMember(Pick(specialists).UserId, "Psihologs", worker, At(opened, 10));
        }

        // Assessment of the initial situation, completed a few days after opening.
        var assessedOn = opened.AddDays(Math.Min(4, today.DayNumber - opened.DayNumber));
        var content = new AssessmentContent(Initial: new InitialSituation(
            "Dzīvo kopā ar ģimeni īrētā dzīvoklī; radinieki palīdz reti.",
            "Nomākts garastāvoklis, trauksme par nākotni.",
            "Fiziski patstāvīgs, hroniskas slimības nav.",
            "Ienākumi nestabili, uzkrājušies komunālo maksājumu parādi.",
            "Mājokļa zaudēšanas risks; bērnu aprūpes nepietiekamība.",
            "Vēlas sakārtot situāciju un ir gatavs sadarboties.",
            "Nepieciešams sociālās rehabilitācijas plāns un regulāras konsultācijas."));
        var problems = new[] { new IdentifiedProblem("Parādi un nestabili ienākumi", "Darba zaudēšana", ProblemSignificance.High) };
        var assessment = Assessment.Start(caseFile, AssessmentKind.InitialSocialSituation, assessedOn, content, worker, At(assessedOn, 10));
        assessment.SaveDraft(assessedOn, content, problems, caseFile, worker, At(assessedOn, 11));
        assessment.Complete(caseFile, null, assessedOn, RiskThresholds.Default, RiskSchedule.DefaultRepeatMonths, worker, At(assessedOn, 12));
        copy.AssignIds(assessment);
        db.Add(assessment);

        // The plan and its revisions.
        var planOn = assessedOn.AddDays(Math.Min(6, today.DayNumber - assessedOn.DayNumber));
        var plan = new CasePlan(organisationId, caseFile.Id, client.Id, PlanOf(planOn, worker, client), new PlanSettings().Intervals, worker, At(planOn, 11));
        copy.AssignIds(plan);
        caseFile.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), worker, At(planOn, 11));
        var revisions = _random.Next(3);
        for (var r = 1; r <= revisions; r++)
        {
            var on = planOn.AddDays(r * 90);
            if (on >= today)
            {
                break;
            }

            plan.Revise(PlanOf(on, worker, client), "Plāna izvērtēšana: daļa uzdevumu izpildīta, mērķi precizēti.", new PlanSettings().Intervals, worker, At(on, 11));
            caseFile.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(plan.Current), worker, At(on, 11));
        }

        copy.AssignIds(plan);
        db.Add(plan);

        // Contacts: about eight per case (five per client); one case in two hundred has a long history.
        var contacts = _random.Next(200) == 0 ? 150 + _random.Next(100) : 3 + _random.Next(11);
        var span = Math.Max(1, today.DayNumber - planOn.DayNumber);
        for (var c = 0; c < contacts; c++)
        {
            var day = planOn.AddDays(span * (c + 1) / (contacts + 1));
            var record = new ContactRecord(organisationId, caseFile.Id, client.Id, new ContactDetails
            {
                OccurredAt = At(day, 9 + _random.Next(8)),
                DurationMinutes = 15 + _random.Next(8) * 15,
                Kind = (ContactKind)(1 + _random.Next(6)),
                Participants = client.FullName + ", sociālais darbinieks",
                Notes = Pick(ContactNotes),
                NextStep = _random.Next(3) == 0 ? "Nākamā tikšanās pēc divām nedēļām" : null,
                PlanId = plan.Id,
                PlanRevisionNumber = plan.CurrentRevisionNumber,
            }, worker, At(day, 17));
            copy.AssignIds(record);
            db.Add(record);
            caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, PlanTexts.Recorded(record), worker, At(day, 17));
        }

        // An application for an individual service, decided unless recent; an episode when granted.
        var service = Pick(individual);
        var submitted = opened.AddDays(Math.Min(14, today.DayNumber - opened.DayNumber));
        var applicationNumber = "IES-" + CaseNumber.Format(submitted.Year, _applicationNumbers[submitted.Year] = _applicationNumbers.GetValueOrDefault(submitted.Year) + 1);
        var application = new ServiceApplication(organisationId, client.Id, service.Id, applicationNumber,
            new ApplicationDetails(submitted, (ApplicationChannel)(1 + _random.Next(4)), ApplicantKind.Client, null, null, caseFile.Id, worker.UserId, null, null),
            service.RequiredDocuments, worker, At(submitted, 10));
        foreach (var document in service.RequiredDocuments)
        {
            application.AddDocument(document, submitted, null, worker, At(submitted, 10));
        }

        caseFile.RecordServiceEvent(CaseEventKind.ApplicationRecorded, $"{applicationNumber} · {service.Name}", worker, At(submitted, 10));
        var decidedOn = submitted.AddDays(5 + _random.Next(20));
        ServiceEpisode? episode = null;
        if (decidedOn < today)
        {
            var grant = _random.Next(6) != 0;
            var decision = application.Decide(grant ? DecisionKind.Grant : DecisionKind.Refuse, decidedOn, LegalBasis,
                grant ? null : "Pakalpojuma saņemšanas nosacījumi nav izpildīti.", null, manager, At(decidedOn, 12));
            caseFile.RecordServiceEvent(CaseEventKind.DecisionTaken, $"{decision.Number} · {(grant ? "piešķirts" : "atteikts")} · {service.Name}", manager, At(decidedOn, 12));
            if (grant)
            {
                copy.AssignIds(application);
                episode = new ServiceEpisode(caseFile.Id, client.Id, service.Id, application.Id, decidedOn.AddDays(3), decidedOn.AddDays(183), organisationName);
                if (decidedOn.AddDays(183) < today)
                {
                    episode.End(decidedOn.AddDays(183), "Pakalpojuma periods beidzies");
                }
            }
        }

        copy.AssignIds(application);
        db.Add(application);
        if (episode is not null)
        {
            copy.AssignIds(episode);
            db.Add(episode);
        }

        // Individual appointments with a specialist, most of them this year.
        var appointments = 1 + _random.Next(3);
        for (var a = 0; a < appointments; a++)
        {
            var day = Day(opened > today.AddDays(-300) ? opened : today.AddDays(-300), today);
            var status = _random.Next(8) switch { 0 => AttendanceStatus.Absent, 1 => AttendanceStatus.Excused, _ => AttendanceStatus.Present };
            var appointment = new Appointment(organisationId, client.Id, service.Id, caseFile.Id, Pick(specialists).UserId, (AppointmentKind)(1 + _random.Next(3)),
                At(day, 9 + _random.Next(8)), 45 + _random.Next(4) * 15, status, status == AttendanceStatus.Present ? "Individuāla konsultācija." : "Neieradās.");
            copy.AssignIds(appointment);
            db.Add(appointment);
        }

        // A fifth of the older cases are closed.
        if (opened < today.AddDays(-400) && _random.Next(5) == 0)
        {
            var closedOn = today.AddDays(-_random.Next(Math.Max(1, today.DayNumber - opened.DayNumber - 200)));
            caseFile.Close(closedOn, "Mērķi sasniegti", "Situācija stabilizējusies, klients izmanto pieejamos resursus.", null, worker, At(closedOn, 15));
        }

        copy.AssignIds(caseFile);
        db.Add(caseFile);
    }

    private PlanContent PlanOf(DateOnly on, Actor worker, Client client) => new()
    {
        Kind = PlanKind.SocialRehabilitation,
        RevisedOn = on,
        Problems = ["Parādi un nestabili ienākumi", "Sociālā izolācija"],
        Goals =
        [
            new GoalInput(null, "Parādi tiek atmaksāti pēc grafika",
            [
                new TaskInput(null, "Vienoties ar kreditoru par atmaksu pa daļām", on.AddDays(30), "Rakstiska vienošanās", ResponsibleKind.Client, client.FullName),
                new TaskInput(null, "Sastādīt mēneša budžetu", on.AddDays(20), "Budžets sastādīts", ResponsibleKind.Worker, worker.Name, worker.UserId),
            ]),
            new GoalInput(null, "Klientam ir sociālie kontakti",
            [
                new TaskInput(null, "Apmeklēt atbalsta grupu", on.AddDays(90 + _random.Next(30)), "Apmeklētas vismaz 8 nodarbības", ResponsibleKind.Client, client.FullName),
            ]),
        ],
        Services = ["Sociālā darbinieka konsultācijas reizi divās nedēļās"],
        Meetings = ["Katru otro ceturtdienu sociālajā dienestā"],
    };

    /// <summary>Groups of the group programmes over five years: 8 members, 10 weekly sessions, held ones with registers.</summary>
    private async Task GroupsAsync(BulkCopy copy, int organisationId, List<Service> groupServices, List<int> clientIds, Dictionary<string, List<Actor>> users, DateOnly today, Stopwatch watch, CancellationToken ct)
    {
        if (groupServices.Count == 0)
        {
            return;
        }

        var leaders = users[Roles.Specialist].Concat(users[Roles.SocialWorker]).ToList();
        var groups = Math.Max(2, clientIds.Count / 4);
        var order = clientIds.OrderBy(_ => _random.Next()).ToList();
        var next = 0;
        var made = 0;
        var attendance = 0L;
        while (made < groups)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var g = 0; g < 500 && made < groups; g++, made++)
            {
                var service = groupServices[made % groupServices.Count];
                // Four in ten groups run in the report year, the rest spread over the four years before.
                var start = _random.Next(10) < 4 ? Day(new DateOnly(today.Year, 1, 8), today.AddDays(14)) : Day(today.AddYears(-5), new DateOnly(today.Year - 1, 12, 1));
                // One group in forty is a large one (30 members, like a day-care centre's), for the register's save target.
                var size = made % 40 == 0 ? 30 : 8;
                if (size == 30)
                {
                    start = today.AddDays(-80 - _random.Next(200));
                }

                var group = new ProgrammeGroup(organisationId, service.Id, string.Create(CultureInfo.InvariantCulture, $"{service.Name} — {start:yyyy}. gada grupa Nr. {made + 1}"),
                    start, start.AddDays(7 * 9), Math.Max(10, size), "Lielā iela 1, Jelgava");
                copy.AssignIds(group);
                db.Add(group);
                var leader = leaders[made % leaders.Count];
                db.Add(new GroupLeader(group.Id, leader.UserId));
                var members = new List<int>();
                while (members.Count < Math.Min(size, order.Count))
                {
                    var member = order[next++ % order.Count];
                    if (!members.Contains(member))
                    {
                        members.Add(member);
                    }
                }

                foreach (var member in members)
                {
                    db.Add(new GroupEnrolment(member, service.Id, group.Id, null, start.AddDays(-7)));
                }

                for (var s = 0; s < 10; s++)
                {
                    var date = start.AddDays(7 * s);
                    var session = new GroupSession(group.Id, date, new TimeOnly(17, 30), new TimeOnly(19, 0), "2. stāva zāle");
                    copy.AssignIds(session);
                    db.Add(session);
                    if (date >= today)
                    {
                        continue;
                    }

                    session.RecordHeld(new TimeOnly(17, 30), new TimeOnly(19, 0));
                    db.Add(new SessionLeader(session.Id, leader.UserId));
                    foreach (var member in members)
                    {
                        var roll = _random.Next(12);
                        var status = roll == 0 ? AttendanceStatus.Absent : roll == 1 ? AttendanceStatus.Excused : AttendanceStatus.Present;
                        db.Add(new AttendanceRecord(session.Id, member, status, status == AttendanceStatus.Present && roll == 2, status == AttendanceStatus.Excused ? "Slimība" : null, null));
                        attendance++;
                    }
                }
            }

            await copy.FlushAsync(db, ct);
            Progress(watch, "groups", made);
        }

        Progress(watch, "attendance rows", attendance);
    }

    private async Task FeedbackAsync(BulkCopy copy, int organisationId, List<Service> catalogue, List<int> clientIds, List<Actor> workers, Actor manager, DateOnly today, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var questionnaire = new Questionnaire(organisationId, "Klientu apmierinātības aptauja", "Aptauja ir brīvprātīga un anonīma.", 1, manager.UserId, Now.AddYears(-5));
        questionnaire.ReplaceQuestions(
        [
            new QuestionDraft(QuestionKind.Scale, "Cik kopumā esat apmierināts ar saņemto pakalpojumu?", "ļoti neapmierināts", "ļoti apmierināts"),
            new QuestionDraft(QuestionKind.Scale, "Vai jutāties uzklausīts un cienīts?", "nemaz", "pilnībā"),
            new QuestionDraft(QuestionKind.FreeText, "Ko mēs varētu darīt labāk?", null, null),
        ], inUse: false);
        copy.AssignIds(questionnaire);
        db.Add(questionnaire);
        var questionIds = questionnaire.Questions.OrderBy(q => q.Position).Select(q => q.Id).ToList();
        var groupServices = catalogue.Where(s => s.Type == ServiceType.EducationalAndSupportGroup).ToList();
        for (var i = 0; i < Math.Max(5, clientIds.Count / 20) && groupServices.Count > 0; i++)
        {
            var answers = new Dictionary<int, (int? Score, string? Text)> { [questionIds[0]] = (3 + _random.Next(3), null), [questionIds[1]] = (2 + _random.Next(4), null) };
            if (_random.Next(3) == 0)
            {
                answers[questionIds[2]] = (null, "Laikus paziņot, ja nodarbība tiek pārcelta.");
            }

            var on = today.AddDays(-_random.Next(5 * 365));
            var response = new SurveyResponse(organisationId, questionnaire, Pick(groupServices).Id, _random.Next(3) == 0 ? null : Pick(clientIds), on, SurveyMethod.Paper, answers, manager.UserId, At(on, 12));
            copy.AssignIds(response);
            db.Add(response);
        }

        var settings = new Web.Feedback.ComplaintSettings();
        for (var i = 0; i < Math.Max(3, clientIds.Count / 200); i++)
        {
            var received = today.AddDays(-_random.Next(5 * 365));
            var number = ComplaintNumber(received.Year);
            var complaint = new Complaint(organisationId, number, new ComplaintDetails(received, ComplainantKind.Client, Pick(clientIds), null, ComplaintChannel.Paper,
                "Grupas nodarbība tika atcelta bez brīdinājuma; lūdz nodarbību laikus paziņot.", null, [Pick(workers).UserId], null),
                settings.DueOn(received), manager, At(received, 10));
            if (received < today.AddDays(-30))
            {
                complaint.Close(new ComplaintHandling("Pārbaudīts grafiks un pārrunāts ar darbinieci.", ComplaintVerdict.PartlyJustified,
                    "Sūdzība atzīta par daļēji pamatotu; turpmāk par izmaiņām paziņosim iepriekš.", received.AddDays(20), null), today, manager, At(received.AddDays(20), 12));
            }

            copy.AssignIds(complaint);
            db.Add(complaint);
        }

        await copy.FlushAsync(db, ct);
    }

    private string ComplaintNumber(int year) =>
        Web.Feedback.ComplaintNumbers.Format(year, _complaintNumbers[year] = _complaintNumbers.GetValueOrDefault(year) + 1);

    private async Task<int> ReportAsync(BulkCopy copy, int organisationId, int municipalityId, List<Service> catalogue, Actor manager, DateOnly today, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var serviceIds = catalogue.Where(s => s.Type is ServiceType.EducationalAndSupportGroup or ServiceType.SpecialistConsultations or ServiceType.DayCareCentre).Select(s => s.Id).ToList();
        var contract = new DelegationContract(organisationId, municipalityId, "JSLP-2021/12", new DateOnly(today.Year - 5, 1, 20), new DateOnly(today.Year - 5, 2, 1), new DateOnly(today.Year + 1, 12, 31),
            "Izglītojošu un atbalsta grupu programmu, speciālistu individuālo konsultāciju un dienas aprūpes centra pakalpojumu sniegšana Jelgavas valstspilsētas iedzīvotājiem.", serviceIds);
        copy.AssignIds(contract);
        db.Add(contract);
        var report = new AnnualReport(organisationId, contract.Id, today.Year, 1, null, "Pārskata gadā īstenotas grupu programmas un individuālās konsultācijas.", null, manager.UserId, manager.Name, Now);
        copy.AssignIds(report);
        db.Add(report);
        await copy.FlushAsync(db, ct);
        return report.Id;
    }

    private async Task CountersAsync(NpgsqlConnection connection, int organisationId, CancellationToken ct)
    {
        foreach (var (table, counters) in new[] { ("case_number_counters", _caseNumbers), ("application_number_counters", _applicationNumbers), ("complaint_number_counters", _complaintNumbers) })
        {
            foreach (var (year, last) in counters)
            {
                await using var command = new NpgsqlCommand(
                    $"INSERT INTO {table} (organisation_id, year, last) VALUES (@o, @y, @l) ON CONFLICT (organisation_id, year) DO UPDATE SET last = GREATEST({table}.last, @l)", connection);
                command.Parameters.AddWithValue("o", organisationId);
                command.Parameters.AddWithValue("y", year);
                command.Parameters.AddWithValue("l", last);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
