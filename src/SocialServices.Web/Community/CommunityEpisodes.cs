using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.Domain.Plans;
using SocialServices.Web.Data;

namespace SocialServices.Web.Community;

/// <summary>
/// What the community-episode pages read from the database for the domain rules: the combination rules (the defaults are
/// seeded the first time they are needed; rules are switched off, never deleted, so an empty table means "never seeded"),
/// the facts of the start gate, a client's episodes as periods and the target-group facts.
/// </summary>
public sealed class CommunityEpisodes(AppDbContext db)
{
    /// <summary>The community-based service types (seed 003); social rehabilitation is not one, but respite rules name it.</summary>
    public static readonly ServiceType[] CommunityTypes =
    [
        ServiceType.HomeCare, ServiceType.DayCareCentre, ServiceType.SpecialisedWorkshop, ServiceType.GroupApartment, ServiceType.ShortTermSocialCare,
        ServiceType.Respite, ServiceType.SpecialistConsultations, ServiceType.EducationalAndSupportGroup, ServiceType.SupportPerson,
    ];

    /// <summary>The unit a service type is usually measured in (the form's default; the worker may choose another).</summary>
    public static ServiceUnit DefaultUnit(ServiceType type) => type switch
    {
        ServiceType.HomeCare or ServiceType.SpecialistConsultations or ServiceType.SupportPerson => ServiceUnit.Hour,
        ServiceType.DayCareCentre or ServiceType.SpecialisedWorkshop or ServiceType.Respite => ServiceUnit.Day,
        ServiceType.ShortTermSocialCare => ServiceUnit.Night,
        ServiceType.EducationalAndSupportGroup => ServiceUnit.Session,
        _ => ServiceUnit.Month,
    };

    /// <summary>The rules (active and switched off). Call it before tracking changes: the first call saves the defaults.</summary>
    public async Task<IReadOnlyList<CombinationRule>> RulesAsync(CancellationToken ct)
    {
        var rules = await db.CombinationRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        if (rules.Count > 0)
        {
            return rules;
        }

        // callers ask for the rules before they change anything, so this save holds nothing but the defaults
        var defaults = CombinationRule.Defaults();
        db.CombinationRules.AddRange(defaults);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // seeded at the same moment by another request
        }

        foreach (var rule in defaults)
        {
            db.Entry(rule).State = EntityState.Detached;
        }

        return await db.CombinationRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
    }

    /// <summary>The facts of the start gate for a case: its latest completed assessment and its plan's revision in force.</summary>
    public async Task<StartFacts> StartFactsAsync(int caseId, Service service, DateOnly startOn, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(service);
        var assessed = await db.Assessments.AsNoTracking()
            .Where(a => a.CaseFileId == caseId && a.Status == AssessmentStatus.Completed && a.SupersededAt == null)
            .MaxAsync(a => a.CompletedOn, ct);
        var revision = await db.Plans.AsNoTracking().Where(p => p.CaseFileId == caseId)
            .SelectMany(p => db.PlanRevisions.Where(r => r.PlanId == p.Id && r.Number == p.CurrentRevisionNumber))
            .Select(r => new
            {
                r.RevisedOn,
                r.ReviewOn,
                r.Services,
                Last = db.PlanAgreements.Where(a => a.RevisionId == r.Id).OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).Select(a => (AgreementMethod?)a.Method).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        var plan = revision is null ? null : new PlanInForce(revision.RevisedOn, revision.ReviewOn, revision.Last == AgreementMethod.Refused, revision.Services);
        return new StartFacts(assessed, plan, service.Code, service.Name, startOn, today);
    }

    /// <summary>Every episode of the client (all cases, ended ones included) as a period: ended ones to their end, running ones to their planned end.</summary>
    public async Task<List<EpisodePeriod>> PeriodsAsync(int clientId, CancellationToken ct) =>
        (await db.ServiceEpisodes.AsNoTracking().Where(e => e.ClientId == clientId)
            .Join(db.Services, e => e.ServiceId, s => s.Id, (e, s) => new { e.Id, s.Type, s.Name, e.StartOn, e.EndedOn, e.PlannedEnd })
            .ToListAsync(ct))
        .Select(e => new EpisodePeriod(e.Id, e.Type, e.Name, e.StartOn, e.EndedOn ?? e.PlannedEnd))
        .ToList();

    public async Task<TargetGroupResult?> TargetGroupsAsync(int clientId, DateOnly on, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.BirthDate, c.DisabilityGroup, c.DisabilityFrom, c.DisabilityTo }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return null;
        }

        var profile = await db.CommunityProfiles.AsNoTracking().Where(p => p.ClientId == clientId).FirstOrDefaultAsync(ct);
        var family = await db.ClientRelations.AsNoTracking()
            .AnyAsync(r => r.ClientId == clientId && r.EndedAt == null && (r.IsLegalRepresentative || r.Kind == RelationKind.FosterParent || r.Kind == RelationKind.Guardian), ct);
        return TargetGroups.Evaluate(new TargetGroupFacts(client.BirthDate, client.DisabilityGroup, client.DisabilityFrom, client.DisabilityTo, profile?.Facts ?? CommunityFacts.None, family), on);
    }
}
