using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Reporting;

/// <summary>An age band of the annual report (ages in whole years at the report's age date).</summary>
public sealed record AgeBand(string Label, int From, int? To)
{
    public bool Contains(int age) => age >= From && (To is null || age <= To);
}

/// <summary>The age bands of the annual report: children by school stage, young adults up to 24 (orphans' support), adults, seniors.</summary>
public static class AgeBands
{
    /// <summary>Label of clients whose birth date is not recorded.</summary>
    public const string Unknown = "nav zināms";

    public static readonly IReadOnlyList<AgeBand> All =
    [
        new("0–6", 0, 6),
        new("7–12", 7, 12),
        new("13–17", 13, 17),
        new("18–24", 18, 24),
        new("25–44", 25, 44),
        new("45–64", 45, 64),
        new("65+", 65, null),
    ];

    /// <summary>The band's label for a birth date on a day (the unknown label without a birth date).</summary>
    public static string Of(DateOnly? birthDate, DateOnly on)
    {
        if (birthDate is not { } birth || birth > on)
        {
            return Unknown;
        }

        var age = Common.Age.On(birth, on);
        foreach (var band in All)
        {
            if (band.Contains(age))
            {
                return band.Label;
            }
        }

        throw new InvalidOperationException("The age bands leave out the age " + age.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
    }
}

/// <summary>A client who received a service in the year (one row per client and service).</summary>
public sealed record ServedClient(int ClientId, int ServiceId, ServiceType ServiceType, DateOnly? BirthDate, Gender? Gender);

/// <summary>A row of the age and gender table.</summary>
public sealed record AgeGenderRow(string Band, int Female, int Male, int Unknown)
{
    public int Total => Female + Male + Unknown;
}

/// <summary>
/// Section 3 of the annual report: clients by age band and gender (each client once, aged at the age date), by service
/// type and by service (a client in several services counts once in each, and once in the total).
/// </summary>
public sealed record ClientDistribution(
    int TotalClients,
    IReadOnlyList<AgeGenderRow> ByAgeAndGender,
    IReadOnlyDictionary<ServiceType, int> ByServiceType,
    IReadOnlyDictionary<int, int> ByService)
{
    public static ClientDistribution Compute(IEnumerable<ServedClient> served, DateOnly ageOn)
    {
        ArgumentNullException.ThrowIfNull(served);
        var rows = served.Distinct().ToList();
        // each client once (the first row of the client), its band worked out once: at 100,000 clients the report
        // computes this on every preview
        var seen = new HashSet<int>();
        var counts = new Dictionary<string, (int Female, int Male, int Unknown)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!seen.Add(row.ClientId))
            {
                continue;
            }

            var band = AgeBands.Of(row.BirthDate, ageOn);
            var (female, male, unknown) = counts.GetValueOrDefault(band);
            counts[band] = row.Gender switch
            {
                Clients.Gender.Female => (female + 1, male, unknown),
                Clients.Gender.Male => (female, male + 1, unknown),
                null => (female, male, unknown + 1),
                _ => (female, male, unknown),
            };
        }

        var labels = AgeBands.All.Select(b => b.Label).Append(AgeBands.Unknown);
        var table = labels.Select(label =>
            {
                var (female, male, unknown) = counts.GetValueOrDefault(label);
                return new AgeGenderRow(label, female, male, unknown);
            })
            .Where(r => r.Band != AgeBands.Unknown || r.Total > 0).ToList();
        var byType = rows.GroupBy(r => r.ServiceType).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClientId).Distinct().Count());
        var byService = rows.GroupBy(r => r.ServiceId).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClientId).Distinct().Count());
        return new ClientDistribution(seen.Count, table, byType, byService);
    }
}
