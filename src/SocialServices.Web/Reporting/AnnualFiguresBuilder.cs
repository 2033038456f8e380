using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Reporting;

/// <summary>
/// Computes the figures of the annual provider report (002 §11.1.3) for a contract and a calendar year from the
/// records, never from typed numbers. "Served" means: attended at least one held session of a group of the service,
/// had an individual appointment for the service that took place, or had a service episode of the service running in
/// the period. A client counts once per service and once in the total; ages are at the end of the period.
/// The whole organisation's records count (the report is the provider's, not one user's view); only service managers
/// and auditors reach it.
/// </summary>
public sealed class AnnualFiguresBuilder(AppDbContext db, TimeProvider clock)
{
    public async Task<AnnualFigures> BuildAsync(DelegationContract contract, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var (from, to) = contract.PeriodIn(year);
        var (fromAt, untilAt) = (LatvianTime.StartOfDay(from), LatvianTime.StartOfDay(to.AddDays(1)));
        var organisationId = contract.OrganisationId;
        var serviceIds = contract.ServiceIds.ToList();
        var trace = new Dictionary<string, IReadOnlyList<RecordRef>>();

        var provider = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.RegistrationNumber }).FirstAsync(ct);
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == contract.MunicipalityId).Select(m => m.Name).FirstAsync(ct);
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Code, s.Name, s.Type }).ToListAsync(ct);

        // Section 1: what was delivered.
        var sessions = await db.GroupSessions.AsNoTracking()
            .Where(s => s.AttendanceRecorded && s.Status == SessionStatus.Planned && s.Date >= from && s.Date <= to)
            .Join(db.ProgrammeGroups.Where(g => g.OrganisationId == organisationId && serviceIds.Contains(g.ServiceId)), s => s.GroupId, g => g.Id,
                (s, g) => new { s.Id, s.GroupId, g.ServiceId })
            .ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var attended = await db.AttendanceRecords.AsNoTracking()
            .Where(a => sessionIds.Contains(a.SessionId) && a.Status == AttendanceStatus.Present)
            .Select(a => new { a.SessionId, a.ClientId })
            .ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.ServiceId != null && serviceIds.Contains(a.ServiceId.Value)
                        && a.Status == AttendanceStatus.Present && a.StartsAt >= fromAt && a.StartsAt < untilAt)
            .Select(a => new { a.Id, a.ClientId, ServiceId = a.ServiceId!.Value })
            .ToListAsync(ct);
        var episodes = await db.ServiceEpisodes.AsNoTracking()
            .Where(e => serviceIds.Contains(e.ServiceId) && e.StartOn <= to && (e.EndedOn == null || e.EndedOn >= from)
                        && db.CaseFiles.Any(c => c.Id == e.CaseFileId && c.OrganisationId == organisationId))
            .Select(e => new { e.Id, e.ClientId, e.ServiceId })
            .ToListAsync(ct);

        var serviceOfSession = sessions.ToDictionary(s => s.Id, s => s.ServiceId);
        var servedPairs = attended.Select(a => (a.ClientId, ServiceId: serviceOfSession[a.SessionId]))
            .Concat(appointments.Select(a => (a.ClientId, a.ServiceId)))
            .Concat(episodes.Select(e => (e.ClientId, e.ServiceId)))
            .Distinct()
            .ToList();

        var deliveries = new List<ServiceDelivery>();
        foreach (var service in services)
        {
            var ofService = sessions.Where(s => s.ServiceId == service.Id).ToList();
            var groups = ofService.Select(s => (long)s.GroupId).Distinct().Order().ToList();
            var clients = servedPairs.Where(p => p.ServiceId == service.Id).Select(p => (long)p.ClientId).Distinct().Order().ToList();
            var serviceAppointments = appointments.Where(a => a.ServiceId == service.Id).Select(a => (long)a.Id).Order().ToList();
            var serviceEpisodes = episodes.Where(e => e.ServiceId == service.Id).Select(e => (long)e.Id).Order().ToList();
            trace[FigureKeys.ServiceGroups(service.Id)] = Refs(RecordKinds.Group, groups);
            trace[FigureKeys.ServiceSessions(service.Id)] = Refs(RecordKinds.Session, ofService.Select(s => (long)s.Id).Order());
            trace[FigureKeys.ServiceAppointments(service.Id)] = Refs(RecordKinds.Appointment, serviceAppointments);
            trace[FigureKeys.ServiceEpisodes(service.Id)] = Refs(RecordKinds.Episode, serviceEpisodes);
            trace[FigureKeys.ServiceClients(service.Id)] = Refs(RecordKinds.Client, clients);
            deliveries.Add(new ServiceDelivery(service.Id, service.Code, service.Name, service.Type, groups.Count, ofService.Count, serviceAppointments.Count, serviceEpisodes.Count, clients.Count));
        }

        var servedClientIds = servedPairs.Select(p => p.ClientId).Distinct().Order().ToList();
        trace[FigureKeys.TotalClients] = Refs(RecordKinds.Client, servedClientIds.Select(i => (long)i));

        // Section 2: each served client's latest evaluation in the period (the same rule as EvaluationResults).
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.EvaluatedOn >= from && e.EvaluatedOn <= to && servedClientIds.Contains(e.ClientId))
            .Select(e => new
            {
                e.Id, e.ClientId, e.EvaluatedOn, e.RecordedAt, e.OverallResult,
                CaseNumber = db.CaseFiles.Where(c => c.Id == e.CaseFileId).Select(c => c.Number).First(),
                Achieved = e.Goals.Count(g => g.Achievement == GoalAchievement.Achieved),
                Partly = e.Goals.Count(g => g.Achievement == GoalAchievement.PartlyAchieved),
                NotAchieved = e.Goals.Count(g => g.Achievement == GoalAchievement.NotAchieved),
            })
            .ToListAsync(ct);
        var planResults = evaluations.GroupBy(e => e.ClientId)
            .Select(g => g.OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id).First())
            .Select(e => new ClientPlanResult(e.ClientId, e.CaseNumber, e.OverallResult, e.EvaluatedOn, e.Achieved, e.Partly, e.NotAchieved, e.Id))
            .OrderBy(r => r.CaseNumber, StringComparer.Ordinal)
            .ToList();
        foreach (var result in Enum.GetValues<OverallResult>())
        {
            trace[FigureKeys.PlanResult(result)] = Refs(RecordKinds.Evaluation, planResults.Where(r => r.Result == result).Select(r => (long)r.EvaluationId));
        }

        trace[FigureKeys.PlanClients] = Refs(RecordKinds.Evaluation, planResults.Select(r => (long)r.EvaluationId));
        var planTotals = new PlanResultTotals(planResults.Count,
            planResults.Count(r => r.Result == OverallResult.Progress), planResults.Count(r => r.Result == OverallResult.NoChange), planResults.Count(r => r.Result == OverallResult.Regress),
            planResults.Sum(r => r.GoalsAchieved + r.GoalsPartly + r.GoalsNotAchieved), planResults.Sum(r => r.GoalsAchieved), planResults.Sum(r => r.GoalsPartly), planResults.Sum(r => r.GoalsNotAchieved));

        // Section 3: clients by age, gender and service type.
        var people = await db.Clients.AsNoTracking().Where(c => servedClientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.BirthDate, c.Gender }).ToDictionaryAsync(c => c.Id, ct);
        var typeOf = services.ToDictionary(s => s.Id, s => s.Type);
        var served = servedPairs.Select(p => new ServedClient(p.ClientId, p.ServiceId, typeOf[p.ServiceId], people[p.ClientId].BirthDate, people[p.ClientId].Gender)).ToList();
        var distribution = ClientDistribution.Compute(served, to);
        foreach (var group in served.DistinctBy(s => s.ClientId).GroupBy(s => (Band: AgeBands.Of(s.BirthDate, to), Gender: s.Gender?.ToString() ?? "Unknown")))
        {
            trace[FigureKeys.AgeGender(group.Key.Band, group.Key.Gender)] = Refs(RecordKinds.Client, group.Select(s => (long)s.ClientId).Order());
        }

        foreach (var group in served.GroupBy(s => s.ServiceType))
        {
            trace[FigureKeys.ServiceType(group.Key)] = Refs(RecordKinds.Client, group.Select(s => (long)s.ClientId).Distinct().Order());
        }

        return new AnnualFigures
        {
            Year = year,
            PeriodFrom = from,
            PeriodTo = to,
            ComputedAt = clock.GetUtcNow(),
            ProviderName = provider.Name,
            ProviderRegistrationNumber = provider.RegistrationNumber,
            MunicipalityName = municipality,
            ContractNumber = contract.Number,
            ContractSignedOn = contract.SignedOn,
            DelegatedTask = contract.Task,
            Services = deliveries,
            TotalClients = servedClientIds.Count,
            PlanResults = planResults,
            PlanTotals = planTotals,
            Distribution = distribution,
            Complaints = new ComplaintFigures(0, 0, 0, 0, 0, 0),
            Trace = trace,
        };
    }

    private static List<RecordRef> Refs(string kind, IEnumerable<long> ids) => ids.Select(id => new RecordRef(kind, id)).ToList();
}
