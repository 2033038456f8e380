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
public sealed class AnnualFiguresBuilder(AppDbContext db, TimeProvider clock, Feedback.FeedbackReport feedback, Staff.StaffRequirements staff)
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

        // Section 1: what was delivered. The sets stay queries: PostgreSQL joins them and finds the distinct (client,
        // service) pairs itself, so no list of ids goes back to it as a parameter (at 100,000 clients the held sessions
        // of a year are ~90,000 and their attendance ~725,000 rows).
        var contractGroups = db.ProgrammeGroups.Where(g => g.OrganisationId == organisationId && serviceIds.Contains(g.ServiceId));
        var heldSessions = db.GroupSessions
            .Where(s => s.AttendanceRecorded && s.Status == SessionStatus.Planned && s.Date >= from && s.Date <= to)
            .Join(contractGroups, s => s.GroupId, g => g.Id, (s, g) => new HeldSession { Id = s.Id, GroupId = s.GroupId, ServiceId = g.ServiceId });
        var presentAppointments = db.Appointments
            .Where(a => a.OrganisationId == organisationId && a.ServiceId != null && serviceIds.Contains(a.ServiceId.Value)
                        && a.Status == AttendanceStatus.Present && a.StartsAt >= fromAt && a.StartsAt < untilAt);
        var runningEpisodes = db.ServiceEpisodes
            .Where(e => serviceIds.Contains(e.ServiceId) && e.StartOn <= to && (e.EndedOn == null || e.EndedOn >= from)
                        && db.CaseFiles.Any(c => c.Id == e.CaseFileId && c.OrganisationId == organisationId));

        var sessions = await heldSessions.AsNoTracking().ToListAsync(ct);
        var appointments = await presentAppointments.AsNoTracking()
            .Select(a => new { a.Id, a.ClientId, ServiceId = a.ServiceId!.Value })
            .ToListAsync(ct);
        var episodes = await runningEpisodes.AsNoTracking()
            .Select(e => new { e.Id, e.ClientId, e.ServiceId })
            .ToListAsync(ct);

        // One row per client and service (UNION is distinct), with what section 3 needs of the client.
        var servedPairs = await AttendedPairs(contractGroups, heldSessions, year, from, to)
            .Union(presentAppointments.Select(a => new ServedPair { ClientId = a.ClientId, ServiceId = a.ServiceId!.Value }))
            .Union(runningEpisodes.Select(e => new ServedPair { ClientId = e.ClientId, ServiceId = e.ServiceId }))
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { p.ClientId, p.ServiceId, c.BirthDate, c.Gender })
            .AsNoTracking()
            .ToListAsync(ct);

        var deliveries = new List<ServiceDelivery>();
        var (sessionsOf, clientsOf) = (sessions.ToLookup(s => s.ServiceId), servedPairs.ToLookup(p => p.ServiceId));
        var (appointmentsOf, episodesOf) = (appointments.ToLookup(a => a.ServiceId), episodes.ToLookup(e => e.ServiceId));
        foreach (var service in services)
        {
            var ofService = sessionsOf[service.Id].ToList();
            var groups = ofService.Select(s => (long)s.GroupId).Distinct().Order().ToList();
            var clients = clientsOf[service.Id].Select(p => (long)p.ClientId).Order().ToList();
            var serviceAppointments = appointmentsOf[service.Id].Select(a => (long)a.Id).Order().ToList();
            var serviceEpisodes = episodesOf[service.Id].Select(e => (long)e.Id).Order().ToList();
            trace[FigureKeys.ServiceGroups(service.Id)] = Refs(RecordKinds.Group, groups);
            trace[FigureKeys.ServiceSessions(service.Id)] = Refs(RecordKinds.Session, ofService.Select(s => (long)s.Id).Order());
            trace[FigureKeys.ServiceAppointments(service.Id)] = Refs(RecordKinds.Appointment, serviceAppointments);
            trace[FigureKeys.ServiceEpisodes(service.Id)] = Refs(RecordKinds.Episode, serviceEpisodes);
            trace[FigureKeys.ServiceClients(service.Id)] = Refs(RecordKinds.Client, clients);
            deliveries.Add(new ServiceDelivery(service.Id, service.Code, service.Name, service.Type, groups.Count, ofService.Count, serviceAppointments.Count, serviceEpisodes.Count, clients.Count));
        }

        var servedClientIds = servedPairs.Select(p => p.ClientId).Distinct().Order().ToList();
        var servedClients = servedClientIds.ToHashSet();
        trace[FigureKeys.TotalClients] = Refs(RecordKinds.Client, servedClientIds.Select(i => (long)i));

        // Section 2: each served client's latest evaluation in the period (the same rule as EvaluationResults).
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.EvaluatedOn >= from && e.EvaluatedOn <= to)
            .Select(e => new
            {
                e.Id, e.ClientId, e.EvaluatedOn, e.RecordedAt, e.OverallResult,
                CaseNumber = db.CaseFiles.Where(c => c.Id == e.CaseFileId).Select(c => c.Number).First(),
                Achieved = e.Goals.Count(g => g.Achievement == GoalAchievement.Achieved),
                Partly = e.Goals.Count(g => g.Achievement == GoalAchievement.PartlyAchieved),
                NotAchieved = e.Goals.Count(g => g.Achievement == GoalAchievement.NotAchieved),
            })
            .ToListAsync(ct);
        // the served clients are filtered here, not sent back as an id array: the period's evaluations are far fewer
        var planResults = evaluations.Where(e => servedClients.Contains(e.ClientId)).GroupBy(e => e.ClientId)
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

        // Section 2 (groups): the end-of-group evaluations in force written in the period, per programme of the contract.
        var groupEvaluations = await db.GroupMemberEvaluations.AsNoTracking()
            .Where(e => e.EvaluatedOn >= from && e.EvaluatedOn <= to
                && !db.GroupMemberEvaluations.Any(later => later.EnrolmentId == e.EnrolmentId && later.VersionNumber > e.VersionNumber))
            .Join(db.ProgrammeGroups.Where(g => g.OrganisationId == organisationId && serviceIds.Contains(g.ServiceId)), e => e.GroupId, g => g.Id,
                (e, g) => new { e.Id, e.GroupId, g.ServiceId, e.ClientId, e.SessionsAttended, e.SessionsHeld })
            .ToListAsync(ct);
        var groupRows = new List<GroupEvaluationRow>();
        foreach (var service in services)
        {
            var own = groupEvaluations.Where(e => e.ServiceId == service.Id).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            trace[FigureKeys.GroupEvaluations(service.Id)] = Refs(RecordKinds.GroupEvaluation, own.Select(e => (long)e.Id).Order());
            groupRows.Add(new GroupEvaluationRow(service.Id, service.Code, service.Name, own.Select(e => e.GroupId).Distinct().Count(),
                own.Select(e => e.ClientId).Distinct().Count(), own.Sum(e => e.SessionsAttended), own.Sum(e => e.SessionsHeld)));
        }

        // Section 3: clients by age, gender and service type.
        var typeOf = services.ToDictionary(s => s.Id, s => s.Type);
        var served = servedPairs.Select(p => new ServedClient(p.ClientId, p.ServiceId, typeOf[p.ServiceId], p.BirthDate, p.Gender)).ToList();
        var distribution = ClientDistribution.Compute(served, to);
        foreach (var group in served.DistinctBy(s => s.ClientId).GroupBy(s => (Band: AgeBands.Of(s.BirthDate, to), Gender: s.Gender?.ToString() ?? "Unknown")))
        {
            trace[FigureKeys.AgeGender(group.Key.Band, group.Key.Gender)] = Refs(RecordKinds.Client, group.Select(s => (long)s.ClientId).Order());
        }

        foreach (var group in served.GroupBy(s => s.ServiceType))
        {
            trace[FigureKeys.ServiceType(group.Key)] = Refs(RecordKinds.Client, group.Select(s => (long)s.ClientId).Distinct().Order());
        }

        // Section 4: satisfaction surveys of the contract's services answered in the period, complaints received in it.
        var satisfactionRows = new List<SatisfactionRow>();
        foreach (var row in await feedback.SatisfactionAsync(organisationId, serviceIds, year, ct))
        {
            var ids = row.Responses.Ids;
            var counted = row.Questions.Sum(q => q.Summary.Count);
            decimal? average = counted == 0 ? null : Math.Round(row.Questions.Where(q => q.Summary.Average is not null).Sum(q => q.Summary.Average!.Value * q.Summary.Count) / counted, 2);
            trace[FigureKeys.SatisfactionService(row.ServiceId)] = Refs(RecordKinds.SurveyResponse, ids.Select(i => (long)i).Order());
            satisfactionRows.Add(new SatisfactionRow(row.ServiceId, row.ServiceCode + " " + row.ServiceName, row.Responses.Count, average));
        }

        var complaints = await feedback.ComplaintsAsync(organisationId, from, to, serviceIds, ct);
        trace[FigureKeys.Complaints("received")] = Refs(RecordKinds.Complaint, complaints.Received.Ids.Select(i => (long)i));
        trace[FigureKeys.Complaints("justified")] = Refs(RecordKinds.Complaint, complaints.Justified.Ids.Select(i => (long)i));
        trace[FigureKeys.Complaints("partly")] = Refs(RecordKinds.Complaint, complaints.PartlyJustified.Ids.Select(i => (long)i));
        trace[FigureKeys.Complaints("unjustified")] = Refs(RecordKinds.Complaint, complaints.Unjustified.Ids.Select(i => (long)i));
        trace[FigureKeys.Complaints("open")] = Refs(RecordKinds.Complaint, complaints.Open.Ids.Select(i => (long)i));
        trace[FigureKeys.Complaints("withdrawn")] = Refs(RecordKinds.Complaint, complaints.Withdrawn.Ids.Select(i => (long)i));

        // Sections 5 and 6: the staff employed in the year, against the requirements (certificates checked on the
        // period's last day, or today while the year runs); section 5 lists those who provided the contract's services.
        var today = LatvianTime.Today(clock);
        var staffRows = (await staff.ForYearAsync(year, today < to ? today : to, organisationId, ct))
            .Where(m => m.EmployedFrom <= to && (m.EmployedUntil is null || m.EmployedUntil >= from))
            .ToList();
        var providers = (await db.SessionLeaders.AsNoTracking().Join(heldSessions, l => l.SessionId, s => s.Id, (l, s) => l.UserId).Distinct().ToListAsync(ct))
            .Concat(await presentAppointments.AsNoTracking().Select(a => a.SpecialistId).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var qualifications = staffRows.Where(m => m.UserId is { } user && providers.Contains(user))
            .Select(m => new QualificationRow(m.StaffMemberId, m.FullName, m.Position, m.ProfessionCode, m.SocialWorkSpecialist,
                m.Education.Select(e => new QualificationEducation(e.Level, e.Institution, e.Qualification, e.CompletedOn)).ToList(),
                m.Certificates.Where(c => c.ValidUntil is null || c.ValidUntil >= from)
                    .Select(c => new QualificationCertificate(c.Kind, c.Title, c.IssuedOn, c.ValidUntil)).ToList()))
            .ToList();
        trace[FigureKeys.Specialists] = Refs(RecordKinds.Staff, qualifications.Select(q => (long)q.StaffId));
        var development = staffRows
            .Select(m => new DevelopmentRow(m.StaffMemberId, m.FullName, m.Position, m.Trainings, m.TrainingHours, m.Status.TrainingHoursRequired,
                m.SupervisionSessions, m.Status.SupervisionRequired, m.SupervisionHours, m.Status.Shortfalls))
            .ToList();
        trace[FigureKeys.StaffDeveloped] = Refs(RecordKinds.Staff, development.Select(d => (long)d.StaffId));
        trace[FigureKeys.StaffShort] = Refs(RecordKinds.Staff, development.Where(d => d.Shortfalls.Count > 0).Select(d => (long)d.StaffId));
        var developmentTotals = new DevelopmentTotals(development.Count, development.Sum(d => d.Trainings), development.Sum(d => d.TrainingHours),
            development.Sum(d => d.SupervisionSessions), development.Sum(d => d.SupervisionHours), development.Count(d => d.Shortfalls.Count > 0));

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
            GroupEvaluations = groupRows,
            Satisfaction = satisfactionRows,
            SatisfactionResponses = satisfactionRows.Sum(r => r.Responses),
            Complaints = new ComplaintFigures(complaints.Received.Count, complaints.Justified.Count, complaints.PartlyJustified.Count,
                complaints.Unjustified.Count, complaints.Withdrawn.Count, complaints.Open.Count),
            Qualifications = qualifications,
            Development = development,
            DevelopmentTotals = developmentTotals,
            Trace = trace,
        };
    }

    /// <summary>
    /// The (client, service) pairs of present attendance at the period's held sessions of the contract's groups. For a
    /// whole calendar year they come from the summary the database triggers keep (client_group_years: ~96,000 rows a
    /// year at 100,000 clients instead of ~725,000 attendance rows); a period that starts or ends inside the year reads
    /// the attendance itself. Both give the same pairs.
    /// </summary>
    private IQueryable<ServedPair> AttendedPairs(IQueryable<ProgrammeGroup> contractGroups, IQueryable<HeldSession> heldSessions, int year, DateOnly from, DateOnly to) =>
        from == new DateOnly(year, 1, 1) && to == new DateOnly(year, 12, 31)
            ? db.ClientGroupYears.Where(c => c.Year == year && c.PresentSessions > 0)
                .Join(contractGroups, c => c.GroupId, g => g.Id, (c, g) => new ServedPair { ClientId = c.ClientId, ServiceId = g.ServiceId })
            : db.AttendanceRecords.Where(a => a.Status == AttendanceStatus.Present)
                .Join(heldSessions, a => a.SessionId, s => s.Id, (a, s) => new ServedPair { ClientId = a.ClientId, ServiceId = s.ServiceId });

    private static List<RecordRef> Refs(string kind, IEnumerable<long> ids) => ids.Select(id => new RecordRef(kind, id)).ToList();

    // Classes with init members, not positional records: EF composes member initialisers (join keys, UNION columns).
    private sealed class HeldSession
    {
        public int Id { get; init; }
        public int GroupId { get; init; }
        public int ServiceId { get; init; }
    }

    private sealed class ServedPair
    {
        public int ClientId { get; init; }
        public int ServiceId { get; init; }
    }
}
