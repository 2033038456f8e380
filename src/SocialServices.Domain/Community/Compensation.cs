using SocialServices.Domain.Catalogue;

namespace SocialServices.Domain.Community;

/// <summary>A live (not withdrawn) delivered unit as the compensation sees it: whose, which episode and service, the day, how many.</summary>
public sealed record UnitFact(int ClientId, int EpisodeId, int ServiceId, ServiceType Type, ServiceUnit Unit, DateOnly On, decimal Quantity);

/// <summary>A unit cost period (<see cref="UnitCost"/>) as the calculator needs it.</summary>
public sealed record UnitCostFact(ServiceType Type, ServiceUnit Unit, decimal Amount, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);
}

/// <summary>An actual cost per unit of a procured episode (<see cref="ProcuredPrice"/>).</summary>
public sealed record ProcuredPriceFact(int EpisodeId, decimal AmountPerUnit, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);
}

/// <summary>
/// One row of a claim: a person and a service (in one unit) in the month. <paramref name="UnitCostAmount"/> is units ×
/// the unit cost valid on each unit's day; <paramref name="ActualAmount"/> the actual cost of the procured units (null
/// when none was procured); <paramref name="Amount"/> the compensation (procured units: the actual cost capped at the
/// unit cost), rounded to cents. <paramref name="UnitCosts"/> are the unit costs applied (more than one when the cost
/// changed within the month).
/// </summary>
public sealed record CompensationLine(
    int ClientId,
    int ServiceId,
    ServiceType Type,
    ServiceUnit Unit,
    decimal Units,
    IReadOnlyList<decimal> UnitCosts,
    decimal UnitCostAmount,
    decimal? ActualAmount,
    decimal Amount,
    DateOnly FirstMonth,
    DateOnly LastMonth);

/// <summary>Why delivered units are not in a claim.</summary>
public enum ExclusionReason
{
    /// <summary>The person's two years (24 months from the first compensated month) are over.</summary>
    TwoYearLimit = 1,

    /// <summary>No unit cost is set for the service type and unit on the unit's day.</summary>
    NoUnitCost = 2,
}

/// <summary>Delivered units of a person and service left out of the claim, and why.</summary>
public sealed record CompensationExclusion(int ClientId, int ServiceId, ServiceType Type, ServiceUnit Unit, decimal Units, ExclusionReason Reason);

/// <summary>A municipality's month: the rows and what was left out.</summary>
public sealed record CompensationResult(DateOnly Month, IReadOnlyList<CompensationLine> Lines, IReadOnlyList<CompensationExclusion> Excluded)
{
    public decimal Total => Lines.Sum(l => l.Amount);

    public int Persons => Lines.Select(l => l.ClientId).Distinct().Count();
}

/// <summary>
/// Compensation is paid for a person for at most two years: 24 calendar months from the first month in which any of
/// the person's units was compensated (across services, gaps included). The board warns three months before the stop.
/// </summary>
public static class TwoYearLimit
{
    public const int Months = 24;
    public const int WarningMonths = 3;

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The last month that is compensated.</summary>
    public static DateOnly LastMonth(DateOnly firstMonth) => MonthOf(firstMonth).AddMonths(Months - 1);

    /// <summary>The first month that is no longer compensated.</summary>
    public static DateOnly StopMonth(DateOnly firstMonth) => MonthOf(firstMonth).AddMonths(Months);

    public static bool Covers(DateOnly firstMonth, DateOnly month) => MonthOf(month) >= MonthOf(firstMonth) && MonthOf(month) < StopMonth(firstMonth);

    /// <summary>Whether <paramref name="today"/> is within the three months before the stop (and not past it).</summary>
    public static bool Warns(DateOnly firstMonth, DateOnly today) =>
        today >= StopMonth(firstMonth).AddMonths(-WarningMonths) && today < StopMonth(firstMonth);

    /// <summary>Compensated months left counting the month of <paramref name="today"/> (0 once stopped).</summary>
    public static int MonthsLeft(DateOnly firstMonth, DateOnly today)
    {
        var stop = StopMonth(firstMonth);
        var now = MonthOf(today);
        return now >= stop ? 0 : ((stop.Year - now.Year) * 12) + stop.Month - now.Month;
    }
}

/// <summary>
/// The compensation arithmetic (seed 003): per person and service, units × the unit cost valid on the day of each unit;
/// where the municipality procures the service, the actual cost capped at the unit cost; nothing after the person's two
/// years. Pure: the caller gives the facts.
/// </summary>
public static class CompensationCalculator
{
    /// <summary>
    /// The first compensated month of each person: the month of the earliest unit (in <paramref name="history"/>, all of
    /// the person's live units up to the month in question) for which a unit cost was valid on its day.
    /// </summary>
    public static Dictionary<int, DateOnly> FirstMonths(IEnumerable<UnitFact> history, IReadOnlyCollection<UnitCostFact> costs)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(costs);
        var first = new Dictionary<int, DateOnly>();
        foreach (var unit in history)
        {
            if (CostOn(costs, unit) is null)
            {
                continue;
            }

            var month = TwoYearLimit.MonthOf(unit.On);
            if (!first.TryGetValue(unit.ClientId, out var known) || month < known)
            {
                first[unit.ClientId] = month;
            }
        }

        return first;
    }

    /// <summary>
    /// The claim's rows for <paramref name="month"/>: <paramref name="units"/> are the live units of the municipality's
    /// persons (units outside the month are ignored); <paramref name="firstMonths"/> from <see cref="FirstMonths"/> over
    /// the persons' history (a person missing there starts in this month).
    /// </summary>
    public static CompensationResult Compute(
        DateOnly month,
        IEnumerable<UnitFact> units,
        IReadOnlyCollection<UnitCostFact> costs,
        IReadOnlyCollection<ProcuredPriceFact> procured,
        IReadOnlyDictionary<int, DateOnly> firstMonths)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(procured);
        ArgumentNullException.ThrowIfNull(firstMonths);
        month = TwoYearLimit.MonthOf(month);
        var inMonth = units.Where(u => TwoYearLimit.MonthOf(u.On) == month).ToList();
        var lines = new List<CompensationLine>();
        var excluded = new List<CompensationExclusion>();
        foreach (var group in inMonth.GroupBy(u => (u.ClientId, u.ServiceId, u.Type, u.Unit)).OrderBy(g => g.Key.ClientId).ThenBy(g => g.Key.ServiceId).ThenBy(g => g.Key.Unit))
        {
            var (clientId, serviceId, type, unit) = group.Key;
            var costed = group.Select(u => (Unit: u, Cost: CostOn(costs, u))).ToList();
            var uncosted = costed.Where(c => c.Cost is null).Sum(c => c.Unit.Quantity);
            if (uncosted > 0)
            {
                excluded.Add(new CompensationExclusion(clientId, serviceId, type, unit, uncosted, ExclusionReason.NoUnitCost));
            }

            var withCost = costed.Where(c => c.Cost is not null).ToList();
            if (withCost.Count == 0)
            {
                continue;
            }

            var first = firstMonths.TryGetValue(clientId, out var f) && f <= month ? f : month;
            if (!TwoYearLimit.Covers(first, month))
            {
                excluded.Add(new CompensationExclusion(clientId, serviceId, type, unit, withCost.Sum(c => c.Unit.Quantity), ExclusionReason.TwoYearLimit));
                continue;
            }

            decimal quantity = 0, byUnitCost = 0, compensation = 0;
            decimal? actual = null;
            foreach (var (u, cost) in withCost)
            {
                var amount = cost!.Amount;
                quantity += u.Quantity;
                byUnitCost += u.Quantity * amount;
                var price = procured.FirstOrDefault(p => p.EpisodeId == u.EpisodeId && p.Covers(u.On));
                if (price is null)
                {
                    compensation += u.Quantity * amount;
                }
                else
                {
                    actual = (actual ?? 0) + (u.Quantity * price.AmountPerUnit);
                    compensation += u.Quantity * Math.Min(price.AmountPerUnit, amount);
                }
            }

            lines.Add(new CompensationLine(
                clientId,
                serviceId,
                type,
                unit,
                quantity,
                withCost.Select(c => c.Cost!.Amount).Distinct().Order().ToList(),
                Cents(byUnitCost),
                actual is { } a ? Cents(a) : null,
                Cents(compensation),
                first,
                TwoYearLimit.LastMonth(first)));
        }

        return new CompensationResult(month, lines, excluded);
    }

    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static UnitCostFact? CostOn(IReadOnlyCollection<UnitCostFact> costs, UnitFact unit) =>
        costs.FirstOrDefault(c => c.Type == unit.Type && c.Unit == unit.Unit && c.Covers(unit.On));
}
