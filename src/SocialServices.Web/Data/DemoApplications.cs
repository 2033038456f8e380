using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo applications around "today" so the deadline board has something to show: overdue, due soon, on track and
/// waiting for documents, an extended deadline, and decided ones (granted into a group and into a case, refused,
/// queued), plus two programme groups. Created once, after the demo clients and cases.
/// </summary>
internal static class DemoApplications
{
    public const string LegalBasis = "Sociālo pakalpojumu un sociālās palīdzības likuma 3. panta otrā daļa un 9. pants; Ministru kabineta 2019. gada 2. aprīļa noteikumi Nr. 138.";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Applications.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToLatvian().DateTime);
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        var manager = await db.Users.FirstAsync(u => u.UserName == "ilze.berzina", ct);
        var decider = new Actor(manager.Id, manager.FullName);
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName, c.RegisteredById, c.TargetGroups }).ToListAsync(ct);
        var cases = await db.CaseFiles.Where(c => c.Status == CaseStatus.Open).ToListAsync(ct);
        var workers = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.FullName, ct);

        var spring = new ProgrammeGroup(organisationId, services["6.1.3"].Id, "Esam ģimene — " + today.AddDays(14).Year.ToString(CultureInfo.InvariantCulture) + ". gada grupa",
            today.AddDays(14), today.AddDays(14 + 9 * 7), 10, "Lielā iela 1, Jelgava, 2. stāva zāle");
        var skills = new ProgrammeGroup(organisationId, services["6.1.5"].Id, "Sociālās prasmes — bērnu grupa", today.AddDays(-40), today.AddDays(-40 + 27 * 7), 8, "Katoļu iela 4, Jelgava");
        db.ProgrammeGroups.AddRange(spring, skills);
        await db.SaveChangesAsync(ct);

        var counters = new Dictionary<int, int>();
        ServiceApplication Record(int clientIndex, string code, int submittedDaysAgo, int? documentsDaysAgo, bool allDocuments = true, (string Name, int RelationId)? representative = null)
        {
            var client = clients[clientIndex];
            var service = services[code];
            var submitted = today.AddDays(-submittedDaysAgo);
            counters[submitted.Year] = counters.GetValueOrDefault(submitted.Year) + 1;
            var number = "IES-" + CaseNumber.Format(submitted.Year, counters[submitted.Year]);
            var caseFile = cases.FirstOrDefault(c => c.ClientId == client.Id);
            var worker = caseFile?.ResponsibleWorkerId ?? client.RegisteredById;
            var by = new Actor(worker, workers.GetValueOrDefault(worker, "Demo"));
            var at = now.AddDays(-submittedDaysAgo);
            var application = new ServiceApplication(organisationId, client.Id, service.Id, number,
                new ApplicationDetails(submitted, (ApplicationChannel)(1 + (clientIndex % 4)), representative is null ? ApplicantKind.Client : ApplicantKind.LegalRepresentative,
                    representative?.Name, representative?.RelationId, caseFile?.Id, worker, code == "6.1.1" ? true : null, null),
                service.RequiredDocuments, by, at);
            var documents = allDocuments ? service.RequiredDocuments : service.RequiredDocuments.Skip(1);
            foreach (var document in documents)
            {
                application.AddDocument(document, today.AddDays(-(documentsDaysAgo ?? submittedDaysAgo)), null, by, at);
            }

            caseFile?.RecordServiceEvent(CaseEventKind.ApplicationRecorded, $"{number} · {service.Name}", by, at);
            db.Applications.Add(application);
            return application;
        }

        // Undecided: two overdue, two due soon, one on track, one waiting for a document, one extended.
        Record(8, "6.1.3", 40, null);
        Record(11, "DAC", 45, 35);
        var child = clients.Select((c, i) => (c, i)).First(x => x.c.TargetGroups.Contains(TargetGroup.ChildInBehaviourCorrectionProgramme) && x.i >= 20).i;
        var parent = await db.ClientRelations.AsNoTracking().Where(r => r.ClientId == clients[child].Id && r.Kind == RelationKind.Parent && r.IsLegalRepresentative)
            .Select(r => new { r.Id, Name = db.Clients.Where(c => c.Id == r.RelatedClientId).Select(c => c.FirstName + " " + c.LastName).First() }).FirstAsync(ct);
        Record(child, "6.1.5", 29, 28, representative: (parent.Name, parent.Id));
        Record(9, "6.1.3", 27, null);
        Record(12, "AB", 5, 5);
        Record(13, "SD", 3, 3, allDocuments: false);
        var extended = Record(2, "6.1.4", 50, null);
        extended.Extend(today.AddDays(20), "Nepieciešams bāriņtiesas atzinums par ģimenes situāciju; pieprasīts " + today.AddDays(-25).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + ".",
            today.AddDays(-24), NotificationChannel.Post, decider, now.AddDays(-24));

        // Decided: granted into a group, granted into a case, refused, queued.
        var granted = Record(10, "6.1.3", 30, null);
        var grant = granted.Decide(DecisionKind.Grant, today.AddDays(-20), LegalBasis, null, null, decider, now.AddDays(-20));
        await db.SaveChangesAsync(ct);
        granted.RecordNotification(grant.Id, today.AddDays(-19), NotificationChannel.InPerson);
        db.GroupEnrolments.Add(new GroupEnrolment(clients[10].Id, services["6.1.3"].Id, spring.Id, granted.Id, today.AddDays(-20)));

        var rehabilitation = Record(3, "SR", 35, null);
        rehabilitation.Decide(DecisionKind.Grant, today.AddDays(-25), LegalBasis, null, null, decider, now.AddDays(-25));
        var rehabilitationCase = cases.First(c => c.ClientId == clients[3].Id);
        var organisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        rehabilitation.AttachContract(new ServiceContract("SR-" + today.Year.ToString(CultureInfo.InvariantCulture) + "/014", today.AddDays(-22), organisationName, today.AddDays(-20), today.AddDays(160)));

        var refused = Record(16, "6.1.7", 28, null);
        refused.Decide(DecisionKind.Refuse, today.AddDays(-15), LegalBasis,
            "Programma „Sargeņģelis” paredzēta vecākiem ar bērniem līdz 2 gadu vecumam. Iesniedzēja mājsaimniecībā nav bērna šādā vecumā, tāpēc pakalpojuma saņemšanas nosacījumi nav izpildīti.",
            null, decider, now.AddDays(-15));

        var queued = Record(14, "GD", 26, 24);
        queued.Decide(DecisionKind.Queue, today.AddDays(-12), LegalBasis, "Grupu dzīvoklī šobrīd nav brīvu vietu.", 1, decider, now.AddDays(-12));
        await db.SaveChangesAsync(ct);

        db.ServiceEpisodes.Add(new ServiceEpisode(rehabilitationCase.Id, clients[3].Id, services["SR"].Id, rehabilitation.Id, today.AddDays(-20), today.AddDays(160), organisationName));
        rehabilitationCase.RecordServiceEvent(CaseEventKind.DecisionTaken, $"{rehabilitation.Decisions[0].Number} · piešķirts · {services["SR"].Name}", decider, now.AddDays(-25));
        rehabilitationCase.RecordServiceEvent(CaseEventKind.ServiceStarted, $"{services["SR"].Name} · {today.AddDays(-20):dd.MM.yyyy} · {organisationName}", decider, now.AddDays(-25));
        foreach (var (year, last) in counters)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO application_number_counters (organisation_id, year, last) VALUES ({organisationId}, {year}, {last})
                ON CONFLICT (organisation_id, year) DO UPDATE SET last = GREATEST(application_number_counters.last, {last})
                """, ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
