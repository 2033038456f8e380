namespace SocialServices.Domain.Staff;

/// <summary>
/// The staffing norm (domain.md, "Staff"; 001): at least one social work specialist per a number of inhabitants
/// (1000 by default, a setting) of the municipality the service works for.
/// </summary>
/// <param name="Population">Inhabitants of the municipality.</param>
/// <param name="PopulationYear">The year the population figure is for.</param>
/// <param name="InhabitantsPerSpecialist">The norm's divisor.</param>
/// <param name="Required">Social work specialists the norm asks for (rounded up).</param>
/// <param name="Employed">Social work specialists employed on the day.</param>
public sealed record StaffingNorm(int Population, int PopulationYear, int InhabitantsPerSpecialist, int Required, int Employed)
{
    public const int MaxPopulation = 10_000_000;

    /// <summary>Specialists missing to meet the norm (0 when it is met).</summary>
    public int Missing => Math.Max(0, Required - Employed);

    public bool IsMet => Employed >= Required;

    /// <summary>Inhabitants per employed specialist (null when none is employed).</summary>
    public int? InhabitantsPerEmployed => Employed == 0 ? null : (int)Math.Ceiling((decimal)Population / Employed);

    public static StaffingNorm Evaluate(int population, int populationYear, int inhabitantsPerSpecialist, int employed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(population, MaxPopulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(inhabitantsPerSpecialist, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(employed);
        var required = population == 0 ? 0 : (population + inhabitantsPerSpecialist - 1) / inhabitantsPerSpecialist;
        return new StaffingNorm(population, populationYear, inhabitantsPerSpecialist, required, employed);
    }
}

/// <summary>One worker's load: open cases and hours of work with clients in a period.</summary>
public sealed record WorkerLoad(string UserId, string Name, int OpenCasesResponsible, int OpenCasesInTeam, int SessionsLed, int SessionMinutes, int Appointments, int AppointmentMinutes)
{
    public decimal GroupHours => Math.Round(SessionMinutes / 60m, 2);
    public decimal AppointmentHours => Math.Round(AppointmentMinutes / 60m, 2);
    public decimal ClientHours => Math.Round((SessionMinutes + AppointmentMinutes) / 60m, 2);
}

/// <summary>How evenly the open cases are spread over the workers who carry cases (domain.md: "even and rational distribution of work").</summary>
public static class WorkloadBalance
{
    /// <summary>
    /// Each worker's open cases (as responsible worker) against the mean of the workers that carry at least one case:
    /// 1.0 is the mean; null for a worker without cases. A worker above <paramref name="tolerance"/> (e.g. 0.25 = 25 %)
    /// over the mean is flagged as overloaded.
    /// </summary>
    public static IReadOnlyDictionary<string, (decimal? Ratio, bool Overloaded)> Of(IEnumerable<WorkerLoad> loads, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var list = loads.ToList();
        var carrying = list.Where(l => l.OpenCasesResponsible > 0).ToList();
        var mean = carrying.Count == 0 ? 0m : carrying.Average(l => (decimal)l.OpenCasesResponsible);
        return list.ToDictionary(
            l => l.UserId,
            l =>
            {
                if (l.OpenCasesResponsible == 0 || mean == 0)
                {
                    return ((decimal?)null, false);
                }

                var ratio = Math.Round(l.OpenCasesResponsible / mean, 2);
                return ((decimal?)ratio, carrying.Count > 1 && ratio > 1 + tolerance);
            },
            StringComparer.Ordinal);
    }
}
