using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Common;
using SocialServices.Domain.Eligibility;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;

namespace SocialServices.Web.Applications;

/// <summary>
/// What the database knows about an applicant, as the eligibility rules read it. A fact the records do not hold is
/// null ("not known"), so the rule it feeds shows Unknown, never Failed.
/// </summary>
/// <remarks>
/// A relation row "client A, kind K, related B" reads "B is A's K". So this client is a parent when they record a
/// current relation of kind Child, or when another client records them as Parent; a guardian or foster parent when
/// another client records them so; a legal representative when another client's relation to them is marked as one.
/// Their children are the related people of their Child relations and the clients who record them as Parent,
/// Guardian or FosterParent. Facts about related clients are read whatever the user's scope: only ages and flags
/// leave this class, never names.
/// </remarks>
public static class ApplicantFacts
{
    private static readonly RelationKind[] ParentKinds = [RelationKind.Parent, RelationKind.Guardian, RelationKind.FosterParent];

    /// <summary>The facts about <paramref name="clientId"/> on <paramref name="today"/>; null when there is no such client.</summary>
    /// <param name="custodyRightsAtRisk">What the application records about custody (programme 6.1.1); null = not known.</param>
    public static async Task<EligibilityFacts?> ForClientAsync(AppDbContext db, int clientId, bool? custodyRightsAtRisk, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.BirthDate, c.TargetGroups, c.DisabilityGroup, c.DisabilityTo, c.MunicipalityId })
            .FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return null;
        }

        // The client's own current relations: "B is my K".
        var own = await db.ClientRelations.AsNoTracking()
            .Where(r => r.ClientId == clientId && r.EndedAt == null)
            .LeftJoin(db.Clients, r => r.RelatedClientId, c => (int?)c.Id, (r, c) => new
            {
                r.Kind,
                r.RelatedClientId,
                PersonBirthDate = r.Person == null ? null : r.Person.BirthDate,
                Related = c == null ? null : new { c.BirthDate, c.TargetGroups },
            })
            .ToListAsync(ct);

        // Other clients' current relations to this client: "this client is their K".
        var reverse = await db.ClientRelations.AsNoTracking()
            .Where(r => r.RelatedClientId == clientId && r.EndedAt == null && r.ClientId != clientId)
            .LeftJoin(db.Clients, r => r.ClientId, c => c.Id, (r, c) => new
            {
                r.Kind,
                r.IsLegalRepresentative,
                OtherId = r.ClientId,
                Other = c == null ? null : new { c.BirthDate, c.TargetGroups },
            })
            .ToListAsync(ct);

        var targetGroups = client.TargetGroups.ToHashSet();
        var hasRelations = own.Count > 0 || reverse.Count > 0;

        var roles = new HashSet<ApplicantRole>();
        if (own.Any(r => r.Kind == RelationKind.Child) || reverse.Any(r => r.Kind == RelationKind.Parent))
        {
            roles.Add(ApplicantRole.Parent);
        }

        if (reverse.Any(r => r.Kind == RelationKind.Guardian))
        {
            roles.Add(ApplicantRole.Guardian);
        }

        if (reverse.Any(r => r.Kind == RelationKind.FosterParent))
        {
            roles.Add(ApplicantRole.FosterParent);
        }

        if (reverse.Any(r => r.IsLegalRepresentative))
        {
            roles.Add(ApplicantRole.LegalRepresentative);
        }

        var roleFromTargetGroup = targetGroups.Contains(TargetGroup.SingleParent);
        if (roleFromTargetGroup)
        {
            // A single parent is a parent.
            roles.Add(ApplicantRole.SingleParent);
            roles.Add(ApplicantRole.Parent);
        }

        // The children: (client id when a client, birth date, whether in a behaviour correction programme).
        var children = new List<(int? ClientId, DateOnly? BirthDate, bool InCorrection)>();
        foreach (var r in own.Where(r => r.Kind == RelationKind.Child))
        {
            children.Add((r.RelatedClientId, r.Related?.BirthDate ?? r.PersonBirthDate, r.Related?.TargetGroups.Contains(TargetGroup.ChildInBehaviourCorrectionProgramme) == true));
        }

        foreach (var r in reverse.Where(r => ParentKinds.Contains(r.Kind)))
        {
            if (children.Any(c => c.ClientId == r.OtherId))
            {
                continue;
            }

            children.Add((r.OtherId, r.Other?.BirthDate, r.Other?.TargetGroups.Contains(TargetGroup.ChildInBehaviourCorrectionProgramme) == true));
        }

        return new EligibilityFacts
        {
            AsOf = today,
            Age = Age.On(client.BirthDate, today),
            TargetGroups = targetGroups,
            DisabilityGroup = client.DisabilityGroup,
            DisabilityValidUntil = client.DisabilityGroup is null ? null : client.DisabilityTo,
            DeclaredMunicipalityId = client.MunicipalityId,
            Roles = hasRelations || roleFromTargetGroup ? roles : null,
            ChildrenAges = hasRelations ? children.Select(c => Age.On(c.BirthDate, today)).ToList() : null,
            InBehaviourCorrectionProgramme = targetGroups.Contains(TargetGroup.ChildInBehaviourCorrectionProgramme) ? true : null,
            ChildInBehaviourCorrectionProgramme = children.Any(c => c.InCorrection) ? true : null,
            CustodyRightsSuspendedOrAtRisk = custodyRightsAtRisk,
        };
    }

    /// <summary>
    /// The client's educational and support group services for the one-group-a-year rule (002 §6.2): each group
    /// enrolment (a member: the group's start to its end; on the waiting list: the day enrolled to the end of that year;
    /// one who left a group still had it that year, one who left the waiting list never had one), and each granted
    /// group application without an enrolment (the decision day to the end of that year), except
    /// <paramref name="exceptApplicationId"/>.
    /// </summary>
    public static async Task<IReadOnlyList<(DateOnly Start, DateOnly? End, bool GrantedOrOngoing)>> GroupServicesAsync(
        AppDbContext db, int clientId, int? exceptApplicationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enrolments = await db.GroupEnrolments.AsNoTracking()
            .Where(e => e.ClientId == clientId && (e.ApplicationId == null || e.ApplicationId != exceptApplicationId))
            .LeftJoin(db.ProgrammeGroups, e => e.GroupId, g => (int?)g.Id, (e, g) => new
            {
                e.Status,
                e.EnrolledOn,
                Group = g == null ? null : new { g.StartsOn, g.EndsOn },
            })
            .ToListAsync(ct);

        var services = new List<(DateOnly Start, DateOnly? End, bool GrantedOrOngoing)>();
        foreach (var e in enrolments)
        {
            if (e.Group is { } group)
            {
                services.Add((group.StartsOn, group.EndsOn ?? new DateOnly(group.StartsOn.Year, 12, 31), true));
            }
            else if (e.Status == EnrolmentStatus.WaitingList)
            {
                services.Add((e.EnrolledOn, new DateOnly(e.EnrolledOn.Year, 12, 31), true));
            }
        }

        var granted = await db.Applications.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.Status == ApplicationStatus.Granted && a.Id != exceptApplicationId
                        && db.Services.Any(s => s.Id == a.ServiceId && s.Type == ServiceType.EducationalAndSupportGroup)
                        && !db.GroupEnrolments.Any(e => e.ApplicationId == a.Id))
            .Select(a => a.Decisions.Where(d => d.Kind == DecisionKind.Grant && !d.IsRevoked).OrderByDescending(d => d.Id).Select(d => (DateOnly?)d.DecidedOn).FirstOrDefault())
            .ToListAsync(ct);
        foreach (var decidedOn in granted.OfType<DateOnly>())
        {
            services.Add((decidedOn, new DateOnly(decidedOn.Year, 12, 31), true));
        }

        return services;
    }
}
