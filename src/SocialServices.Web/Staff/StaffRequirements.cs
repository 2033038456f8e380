using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Staff;
using SocialServices.Web.Data;

namespace SocialServices.Web.Staff;

/// <summary>
/// The staff register against the requirements for a year, per person: position and code, qualifications, training
/// hours, supervision sessions and what is missing. The staff page, the manager's board and the annual report
/// (sections 5 and 6: qualifications of the specialists; training and supervision given) read it.
/// </summary>
public sealed class StaffRequirements(AppDbContext db, IOptions<StaffSettings> settings)
{
    /// <summary>Everyone employed on at least one day of <paramref name="year"/>, by surname; certificates checked on <paramref name="asOf"/>.</summary>
    public Task<IReadOnlyList<StaffYearRow>> ForYearAsync(int year, DateOnly asOf, CancellationToken ct) => ForYearAsync(year, asOf, null, ct);

    /// <summary>The same, for one organisation's staff when <paramref name="organisationId"/> is given.</summary>
    public async Task<IReadOnlyList<StaffYearRow>> ForYearAsync(int year, DateOnly asOf, int? organisationId, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = Members().Where(m => m.EmployedFrom <= last && (m.EmployedUntil == null || m.EmployedUntil >= first));
        if (organisationId is { } organisation)
        {
            query = query.Where(m => m.OrganisationId == organisation);
        }

        var members = await query.ToListAsync(ct);
        return await RowsAsync(members, year, asOf, ct);
    }

    /// <summary>One person's standing in a year (null when there is no such staff member).</summary>
    public async Task<StaffYearRow?> ForMemberAsync(int staffMemberId, int year, DateOnly asOf, CancellationToken ct)
    {
        var members = await Members().Where(m => m.Id == staffMemberId).ToListAsync(ct);
        return (await RowsAsync(members, year, asOf, ct)).SingleOrDefault();
    }

    /// <summary>Only those short of something.</summary>
    public async Task<IReadOnlyList<StaffYearRow>> ShortAsync(int year, DateOnly asOf, CancellationToken ct) =>
        (await ForYearAsync(year, asOf, ct)).Where(r => r.Status.IsShort).ToList();

    private IQueryable<StaffMember> Members() =>
        db.StaffMembers.AsNoTracking()
            .Include(m => m.Education)
            .Include(m => m.Certificates)
            .Include(m => m.Trainings)
            .Include(m => m.Supervisions)
            .AsSplitQuery();

    private async Task<IReadOnlyList<StaffYearRow>> RowsAsync(List<StaffMember> members, int year, DateOnly asOf, CancellationToken ct)
    {
        var positionIds = members.Select(m => m.PositionId).Distinct().ToList();
        var positions = await db.StaffPositions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var rules = settings.Value.Rules();
        return members
            .Select(m => Row(m, positions[m.PositionId], rules, year, asOf))
            .OrderBy(r => r.LastName, StringComparer.CurrentCulture).ThenBy(r => r.FirstName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The row of one person (pure: from a loaded staff member and position).</summary>
    public static StaffYearRow Row(StaffMember member, StaffPosition position, StaffRequirementRules rules, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(position);
        var trainings = member.Trainings.Where(t => !t.Withdrawn).ToList();
        var supervisions = member.Supervisions.Where(s => !s.Withdrawn).ToList();
        var childRights = member.Certificates.Where(c => !c.Withdrawn && c.Kind == CertificateKind.ChildRightsProtection).ToList();
        var facts = new StaffFacts(
            member.EmployedFrom,
            member.EmployedUntil,
            position.Category,
            position.SocialWorkSpecialist,
            member.WorksWithChildren,
            trainings.Select(t => (t.Date, t.Hours)).ToList(),
            supervisions.Select(s => s.Date).ToList(),
            childRights.Select(c => (c.IssuedOn, c.ValidUntil)).ToList());
        var status = StaffRequirementCheck.Evaluate(facts, rules, year, asOf);
        var yearTrainings = trainings.Where(t => t.Date.Year == year).ToList();
        var yearSupervisions = supervisions.Where(s => s.Date.Year == year).ToList();
        return new StaffYearRow(
            member.Id,
            member.FirstName,
            member.LastName,
            member.UserId,
            position.Name,
            position.ProfessionCode,
            position.Category,
            position.SocialWorkSpecialist,
            member.WorksWithChildren,
            member.EmployedFrom,
            member.EmployedUntil,
            member.Education.Where(e => !e.Withdrawn).OrderByDescending(e => e.CompletedOn)
                .Select(e => new EducationFact(e.Level, e.Institution, e.Qualification, e.CompletedOn)).ToList(),
            member.Certificates.Where(c => !c.Withdrawn).OrderByDescending(c => c.IssuedOn)
                .Select(c => new CertificateFact(c.Kind, c.Title, c.Issuer, c.IssuedOn, c.ValidUntil)).ToList(),
            yearTrainings.Count,
            yearTrainings.Sum(t => t.Hours),
            yearSupervisions.Count,
            yearSupervisions.Sum(s => s.Hours),
            yearSupervisions.Count(s => s.Form == SupervisionForm.Individual),
            yearSupervisions.Count(s => s.Form == SupervisionForm.Group),
            status);
    }
}

/// <summary>One person in a year: who, position, qualifications, training and supervision, and the requirement check.</summary>
public sealed record StaffYearRow(
    int StaffMemberId,
    string FirstName,
    string LastName,
    string? UserId,
    string Position,
    string ProfessionCode,
    PositionCategory Category,
    bool SocialWorkSpecialist,
    bool WorksWithChildren,
    DateOnly EmployedFrom,
    DateOnly? EmployedUntil,
    IReadOnlyList<EducationFact> Education,
    IReadOnlyList<CertificateFact> Certificates,
    int Trainings,
    decimal TrainingHours,
    int SupervisionSessions,
    decimal SupervisionHours,
    int IndividualSupervisions,
    int GroupSupervisions,
    StaffYearStatus Status)
{
    public string FullName => FirstName + " " + LastName;
}

public sealed record EducationFact(EducationLevel Level, string Institution, string Qualification, DateOnly? CompletedOn);

public sealed record CertificateFact(CertificateKind Kind, string Title, string? Issuer, DateOnly IssuedOn, DateOnly? ValidUntil);
