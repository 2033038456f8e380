using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo delegation contract with the municipality (the group programmes of seed 002, individual consultations and
/// the day care centre) and this year's annual report as a draft with the manager's texts, so an auditor can preview
/// it and download the PDF. Created once.
/// </summary>
internal static class DemoReports
{
    public const string ContractNumber = "JSLP-2025/37";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.MunicipalityId }).FirstOrDefaultAsync(ct);
        var manager = await db.Users.Where(u => u.UserName == "ilze.berzina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (organisation is null || manager is null || await db.DelegationContracts.AnyAsync(ct))
        {
            return;
        }

        var today = LatvianTime.Today(clock);
        await FinishSpringGroupAsync(db, clock, today, ct);
        var services = await db.Services.Where(s => s.Code.StartsWith("6.1.") || s.Type == ServiceType.SpecialistConsultations || s.Type == ServiceType.DayCareCentre
                                                    || s.Type == ServiceType.SocialRehabilitation)
            .Select(s => s.Id).ToListAsync(ct);
        var contract = new DelegationContract(organisation.Id, organisation.MunicipalityId, ContractNumber, new DateOnly(today.Year - 1, 2, 14),
            new DateOnly(today.Year - 1, 3, 1), new DateOnly(today.Year + 1, 2, 28),
            "Izglītojošu un atbalsta grupu programmu (6.1.1.–6.1.8.), sociālās rehabilitācijas, speciālistu individuālo konsultāciju un dienas aprūpes centra pakalpojumu sniegšana Jelgavas valstspilsētas iedzīvotājiem saskaņā ar līguma 1. pielikumu.",
            services);
        db.DelegationContracts.Add(contract);
        await db.SaveChangesAsync(ct);

        db.AnnualReports.Add(new AnnualReport(organisation.Id, contract.Id, today.Year, 1, null,
            "Pārskata gadā īstenotas divas grupu programmas: „Sociālo prasmju attīstīšana” bērniem un „Esam ģimene” vienam no vecākiem. "
            + "Grupu nodarbības notika pēc apstiprinātā grafika; viena nodarbība atcelta vadītāja slimības dēļ un pārcelta. "
            + "Speciālisti sniedza individuālās konsultācijas klientiem, kuriem grupas darbs nebija piemērots. Visiem klientiem sastādīti sociālās rehabilitācijas plāni.",
            "Gada otrajā pusē darbu uzsāka otrs sociālais rehabilitētājs. Klienti atzinīgi vērtē vakara nodarbību laikus.",
            manager.Id, manager.FullName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The spring parents' group (finished before summer): its sessions held with attendance, and the leader's
    /// end-of-group evaluations of two members; the third still waits for hers (the groups board shows it).
    /// </summary>
    private static async Task FinishSpringGroupAsync(AppDbContext db, TimeProvider clock, DateOnly today, CancellationToken ct)
    {
        var group = await db.ProgrammeGroups.FirstOrDefaultAsync(g => g.Name.EndsWith("pavasara grupa"), ct);
        var leader = await db.Users.Where(u => u.UserName == "peteris.kalnins").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (group is null || leader is null || await db.GroupMemberEvaluations.AnyAsync(e => e.GroupId == group.Id, ct))
        {
            return;
        }

        var sessions = await db.GroupSessions.Where(s => s.GroupId == group.Id && s.Date < today).OrderBy(s => s.Date).ToListAsync(ct);
        var members = await db.GroupEnrolments.Where(e => e.GroupId == group.Id).OrderBy(e => e.Id).ToListAsync(ct);
        if (sessions.Count == 0 || sessions.Any(s => s.AttendanceRecorded))
        {
            return;
        }

        var attended = members.ToDictionary(m => m.Id, _ => 0);
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            session.RecordHeld(session.StartsAt, session.EndsAt);
            db.SessionLeaders.Add(new SessionLeader(session.Id, leader.Id));
            for (var m = 0; m < members.Count; m++)
            {
                var member = members[m];
                if (member.LeftOn is { } left && session.Date >= left)
                {
                    continue;
                }

                // mostly present; now and then excused or absent
                var status = (i + (m * 3)) % 9 == 4 ? AttendanceStatus.Excused : (i + m) % 11 == 7 ? AttendanceStatus.Absent : AttendanceStatus.Present;
                db.AttendanceRecords.Add(new AttendanceRecord(session.Id, member.ClientId, status, false, status == AttendanceStatus.Excused ? "Bērna slimība" : null, null));
                attended[member.Id] += status == AttendanceStatus.Present ? 1 : 0;
            }
        }

        await db.SaveChangesAsync(ct);
        var by = new Actor(leader.Id, leader.FullName);
        var evaluatedOn = sessions[^1].Date.AddDays(7);
        var texts = new[]
        {
            ("Apguva mierīgas robežu noteikšanas paņēmienus; mājās retāk ir konflikti vakaros. Prot nosaukt bērna emocijas un savas reakcijas.",
                "Turpināt praktizēt „emociju vārdnīcu” ar bērnu; pēc pusgada ieteicama viena individuāla konsultācija."),
            ("Sākumā bija grūti runāt grupā, vēlāk aktīvi dalījās pieredzē. Ieguva atbalstu no citiem vecākiem; ikdienas rutīna ar bērnu kļuvusi stabilāka.",
                "Ieteikta dalība atbalsta grupā „Ceļvedis audzinot pusaudzi”, kad bērns būs vecāks; saglabāt kontaktu ar sociālo darbinieku."),
        };
        foreach (var (member, (results, recommendations)) in members.Where(m => m.LeftOn is null).Take(2).Zip(texts))
        {
            var caseId = await db.CaseFiles.Where(c => c.ClientId == member.ClientId && c.Status == CaseStatus.Open).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            db.GroupMemberEvaluations.Add(GroupMemberEvaluation.First(group.Id, member, caseId, attended[member.Id], sessions.Count,
                new GroupEvaluationContent(evaluatedOn, results, recommendations), by, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
    }
}
