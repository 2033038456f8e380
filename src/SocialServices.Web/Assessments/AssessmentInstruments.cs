using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Clients;
using SocialServices.Web.Data;

namespace SocialServices.Web.Assessments;

/// <summary>The instruments' administrator-kept lists (functional domains, risk items) and the family a risk assessment covers.</summary>
public static class AssessmentInstruments
{
    /// <summary>
    /// Puts the starting domains and risk items in place the first time anything needs them (an empty table only), so a
    /// new installation has working instruments; an administrator changes them afterwards. Safe when two requests race.
    /// </summary>
    public static async Task EnsureSeededAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.FunctionalDomains.AnyAsync(ct))
        {
            db.FunctionalDomains.AddRange(InstrumentSeed.CreateDomains());
            await SaveIgnoringRaceAsync(db, ct);
        }

        if (!await db.RiskItems.AnyAsync(ct))
        {
            db.RiskItems.AddRange(InstrumentSeed.CreateRiskItems());
            await SaveIgnoringRaceAsync(db, ct);
        }
    }

    public static async Task<List<(int Id, string Name)>> ActiveDomainsAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.FunctionalDomains.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    public static async Task<List<(int Id, string Name)>> ActiveRiskItemsAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RiskItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>
    /// The family members a risk-factor assessment scores: the client first, then the current relations who live in the
    /// client's household (partners and parents before children, older before younger).
    /// </summary>
    public static async Task<List<RiskMember>> HouseholdAsync(AppDbContext db, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.FirstName, c.LastName, c.BirthDate }).FirstAsync(ct);
        var relations = await db.ClientRelations.AsNoTracking()
            .Where(r => r.ClientId == clientId && r.EndedAt == null && r.LivesInHousehold)
            .LeftJoin(db.Clients, r => r.RelatedClientId, c => (int?)c.Id, (r, c) => new
            {
                r.Id,
                r.Kind,
                Related = c == null ? null : new { c.FirstName, c.LastName, c.BirthDate },
                PersonFirst = r.Person == null ? null : r.Person.FirstName,
                PersonLast = r.Person == null ? null : r.Person.LastName,
                PersonBirth = r.Person == null ? null : r.Person.BirthDate,
            })
            .ToListAsync(ct);
        var members = new List<RiskMember> { new(client.FirstName + " " + client.LastName, null, client.BirthDate) };
        members.AddRange(relations
            .Select(r => new RiskMember(
                r.Related is { } related ? related.FirstName + " " + related.LastName : (r.PersonFirst + " " + r.PersonLast).Trim(),
                r.Kind,
                r.Related?.BirthDate ?? r.PersonBirth))
            .Where(m => m.Name.Length > 0)
            .OrderBy(m => Order(m.Relation!.Value))
            .ThenBy(m => m.BirthDate ?? DateOnly.MaxValue)
            .ThenBy(m => m.Name, StringComparer.Ordinal));
        return members;
    }

    private static int Order(RelationKind kind) => kind switch
    {
        RelationKind.SpousePartner => 1,
        RelationKind.Parent or RelationKind.Guardian or RelationKind.FosterParent => 2,
        RelationKind.Child => 4,
        RelationKind.Sibling => 5,
        _ => 3,
    };

    private static async Task SaveIgnoringRaceAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request seeded the same list a moment earlier: theirs stays.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
