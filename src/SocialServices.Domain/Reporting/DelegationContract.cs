namespace SocialServices.Domain.Reporting;

/// <summary>
/// The contract under which a municipality delegates a task to the provider (002: "Līgums" with its annex): number,
/// date, period, the delegated task and the services it covers. The annual report is made per contract and year.
/// Ended, never deleted.
/// </summary>
public sealed class DelegationContract
{
    public const int MaxTextLength = 4000;

    private List<int> _serviceIds = [];

    private DelegationContract()
    {
        Number = string.Empty;
        Task = string.Empty;
    }

    public DelegationContract(int organisationId, int municipalityId, string number, DateOnly signedOn, DateOnly validFrom, DateOnly? validTo, string task, IEnumerable<int> serviceIds)
    {
        OrganisationId = organisationId;
        MunicipalityId = municipalityId;
        Number = string.Empty;
        Task = string.Empty;
        Change(number, signedOn, validFrom, validTo, task, serviceIds);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int MunicipalityId { get; private set; }
    public string Number { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>The delegated task in the contract's words (report section 1).</summary>
    public string Task { get; private set; }

    public IReadOnlyList<int> ServiceIds
    {
        get => _serviceIds;
        private set => _serviceIds = [.. value];
    }

    /// <summary>Whether the contract is in force on some day of the calendar year.</summary>
    public bool CoversYear(int year) => ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || ValidTo >= new DateOnly(year, 1, 1));

    /// <summary>The part of the year the contract is in force (the report's period).</summary>
    public (DateOnly From, DateOnly To) PeriodIn(int year)
    {
        if (!CoversYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), "The contract is not in force that year.");
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return (ValidFrom > from ? ValidFrom : from, ValidTo is { } end && end < to ? end : to);
    }

    public void Change(string number, DateOnly signedOn, DateOnly validFrom, DateOnly? validTo, string task, IEnumerable<int> serviceIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        ArgumentNullException.ThrowIfNull(serviceIds);
        if (validTo is { } end && end < validFrom)
        {
            throw new ArgumentException("A contract cannot end before it starts.", nameof(validTo));
        }

        var services = serviceIds.Distinct().Order().ToList();
        if (services.Count == 0)
        {
            throw new ArgumentException("A contract covers at least one service.", nameof(serviceIds));
        }

        Number = number.Trim();
        SignedOn = signedOn;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Task = task.Trim();
        _serviceIds = services;
    }
}
