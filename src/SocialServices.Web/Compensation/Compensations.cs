using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Compensation;

/// <summary>One row of a claim as stored and shown: the person by personal code (never the name), the service, units and amounts.</summary>
/// <param name="ClientId">Internal id (for the audit trail; not printed).</param>
/// <param name="Person">The personal code, or "ID n" for a person without one.</param>
public sealed record ClaimRow(
    int ClientId,
    string Person,
    string ServiceCode,
    string ServiceName,
    ServiceUnit Unit,
    decimal Units,
    IReadOnlyList<decimal> UnitCosts,
    decimal UnitCostAmount,
    decimal? ActualAmount,
    decimal Amount,
    DateOnly LastMonth);

/// <summary>Units left out of a claim, and why.</summary>
public sealed record ClaimExcluded(int ClientId, string Person, string ServiceName, ServiceUnit Unit, decimal Units, ExclusionReason Reason);

/// <summary>A claim's content: live for a draft, the snapshot once submitted.</summary>
public sealed record ClaimContent(DateOnly Month, IReadOnlyList<ClaimRow> Rows, IReadOnlyList<ClaimExcluded> Excluded)
{
    public decimal Total => Rows.Sum(r => r.Amount);

    public int Persons => Rows.Select(r => r.ClientId).Distinct().Count();
}

/// <summary>A claim with its municipality and content.</summary>
public sealed record ClaimView(CompensationClaim Claim, string Municipality, string MunicipalityCode, ClaimContent Content, uint Version);

/// <summary>A person whose two-year compensation ends within three months (the manager's board).</summary>
public sealed record CapWarning(int ClientId, string Name, string? PersonalCode, DateOnly FirstMonth, DateOnly LastMonth, int MonthsLeft);

/// <summary>
/// Reads delivered units, unit costs and procured prices into the pure <see cref="CompensationCalculator"/>; loads and
/// freezes claims. Every query about clients starts from the user's access scope.
/// </summary>
public sealed class Compensations(AppDbContext db, AccessScope scope)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static string Serialise(ClaimContent content) => JsonSerializer.Serialize(content, Json);

    public static ClaimContent Deserialise(string snapshot) =>
        JsonSerializer.Deserialize<ClaimContent>(snapshot, Json) ?? throw new InvalidOperationException("An empty claim snapshot.");

    public static string PersonLabel(string? personalCode, int clientId) =>
        personalCode ?? "ID " + clientId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of a municipality's month computed from the units as they are now.</summary>
    public async Task<ClaimContent> ComputeAsync(ClaimsPrincipal user, int municipalityId, DateOnly month, CancellationToken ct)
    {
        month = TwoYearLimit.MonthOf(month);
        var next = month.AddMonths(1);
        var clients = scope.Clients(user).Where(c => c.MunicipalityId == municipalityId);
        var inMonth = await Facts(db.DeliveredUnits.Where(u => u.On >= month && u.On < next && clients.Any(c => c.Id == u.ClientId))).ToListAsync(ct);
        var clientIds = inMonth.Select(u => u.ClientId).Distinct().ToList();
        var history = await Facts(db.DeliveredUnits.Where(u => u.On < next && clientIds.Contains(u.ClientId))).ToListAsync(ct);
        var costs = await CostsAsync(ct);
        var episodeIds = inMonth.Select(u => u.EpisodeId).Distinct().ToList();
        var procured = await db.ProcuredPrices.AsNoTracking().Where(p => episodeIds.Contains(p.EpisodeId))
            .Select(p => new ProcuredPriceFact(p.EpisodeId, p.AmountPerUnit, p.ValidFrom, p.ValidTo)).ToListAsync(ct);
        var result = CompensationCalculator.Compute(month, inMonth, costs, procured, CompensationCalculator.FirstMonths(history, costs));

        var people = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => PersonLabel(c.PersonalCode, c.Id), ct);
        var serviceIds = inMonth.Select(u => u.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Code, s.Name), ct);
        var rows = result.Lines
            .Select(l => new ClaimRow(l.ClientId, people[l.ClientId], services[l.ServiceId].Code, services[l.ServiceId].Name, l.Unit, l.Units, l.UnitCosts, l.UnitCostAmount, l.ActualAmount, l.Amount, l.LastMonth))
            .OrderBy(r => r.Person, StringComparer.Ordinal).ThenBy(r => r.ServiceCode, StringComparer.Ordinal).ToList();
        var excluded = result.Excluded
            .Select(e => new ClaimExcluded(e.ClientId, people[e.ClientId], services[e.ServiceId].Name, e.Unit, e.Units, e.Reason))
            .OrderBy(e => e.Person, StringComparer.Ordinal).ToList();
        return new ClaimContent(month, rows, excluded);
    }

    /// <summary>The claim (tracked) with its content, or null when there is none in the organisation.</summary>
    public async Task<ClaimView?> LoadAsync(ClaimsPrincipal user, int id, int organisationId, CancellationToken ct)
    {
        var claim = await db.CompensationClaims.FirstOrDefaultAsync(c => c.Id == id && c.OrganisationId == organisationId, ct);
        if (claim is null)
        {
            return null;
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == claim.MunicipalityId).Select(m => new { m.Name, m.Code }).FirstAsync(ct);
        var content = claim.Snapshot is { } snapshot ? Deserialise(snapshot) : await ComputeAsync(user, claim.MunicipalityId, claim.Month, ct);
        return new ClaimView(claim, municipality.Name, municipality.Code, content, db.Entry(claim).Property<uint>("Version").CurrentValue);
    }

    /// <summary>People still receiving units whose two years end within the warning period (from today's month).</summary>
    public async Task<IReadOnlyList<CapWarning>> CapWarningsAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var thisMonth = TwoYearLimit.MonthOf(today);
        var startedBefore = thisMonth.AddMonths(-(TwoYearLimit.Months - TwoYearLimit.WarningMonths) + 1);
        var recent = thisMonth.AddMonths(-2);
        var clients = scope.Clients(user).Select(c => c.Id);
        var candidates = await db.DeliveredUnits.Where(u => u.WithdrawnAt == null && clients.Contains(u.ClientId))
            .GroupBy(u => u.ClientId)
            .Where(g => g.Min(u => u.On) < startedBefore && g.Max(u => u.On) >= recent)
            .Select(g => g.Key).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var history = await Facts(db.DeliveredUnits.Where(u => candidates.Contains(u.ClientId))).ToListAsync(ct);
        var first = CompensationCalculator.FirstMonths(history, await CostsAsync(ct));
        var warned = first.Where(f => TwoYearLimit.Warns(f.Value, today)).ToDictionary(f => f.Key, f => f.Value);
        var ids = warned.Keys.ToList();
        var people = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName, c.PersonalCode }).ToListAsync(ct);
        return people
            .Select(p => new CapWarning(p.Id, p.FirstName + " " + p.LastName, p.PersonalCode, warned[p.Id], TwoYearLimit.LastMonth(warned[p.Id]), TwoYearLimit.MonthsLeft(warned[p.Id], today)))
            .OrderBy(w => w.LastMonth).ThenBy(w => w.Name, Infrastructure.Cultures.LatvianComparer).ToList();
    }

    private async Task<List<UnitCostFact>> CostsAsync(CancellationToken ct) =>
        await db.UnitCosts.AsNoTracking().Select(c => new UnitCostFact(c.Type, c.Unit, c.Amount, c.ValidFrom, c.ValidTo)).ToListAsync(ct);

    private IQueryable<UnitFact> Facts(IQueryable<DeliveredUnit> units) =>
        from u in units.AsNoTracking()
        where u.WithdrawnAt == null
        join s in db.Services on u.ServiceId equals s.Id
        select new UnitFact(u.ClientId, u.EpisodeId, u.ServiceId, s.Type, u.Unit, u.On, u.Quantity);
}
