namespace SocialServices.Domain.Organisations;

/// <summary>A Latvian municipality (novads or valstspilsēta): declared residence and the contracting social office.</summary>
public sealed class Municipality
{
    private Municipality()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public Municipality(string name, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Name = name.Trim();
        Code = code.Trim();
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The ATVK code of the administrative territory.</summary>
    public string Code { get; private set; }

    /// <summary>Inhabitants (for the staffing norm), as a manager last set it, and the year the figure is for.</summary>
    public int? Population { get; private set; }

    public int? PopulationYear { get; private set; }

    public void SetPopulation(int population, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(population, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(population, Staff.StaffingNorm.MaxPopulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        Population = population;
        PopulationYear = year;
    }
}
