namespace SocialServices.Domain.Assessments;

/// <summary>
/// An entry of an instrument an administrator keeps (a functional domain, a risk item): its name, its place in
/// the form, and whether new assessments use it. Entries are deactivated, never deleted (completed assessments
/// name them); renaming one leaves the assessments made before as they were.
/// </summary>
public abstract class InstrumentEntry
{
    protected InstrumentEntry()
    {
        Name = string.Empty;
    }

    protected InstrumentEntry(string name, int sortOrder, int maxLength)
    {
        Name = Clean(name, maxLength);
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Place in the form: smaller first.</summary>
    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    protected abstract int MaxLength { get; }

    public void Rename(string name) => Name = Clean(name, MaxLength);

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    private static string Clean(string name, int maxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"At most {maxLength} characters.", nameof(name));
        }

        return trimmed;
    }
}

/// <summary>A domain of the functional assessment ("zirneklis"): one axis of the radar chart.</summary>
public sealed class FunctionalDomain : InstrumentEntry
{
    public const int NameMaxLength = 60;

    private FunctionalDomain()
    {
    }

    public FunctionalDomain(string name, int sortOrder)
        : base(name, sortOrder, NameMaxLength)
    {
    }

    protected override int MaxLength => NameMaxLength;
}

/// <summary>An item of the risk-factor assessment for families with children, scored per family member.</summary>
public sealed class RiskItem : InstrumentEntry
{
    public const int NameMaxLength = 200;

    private RiskItem()
    {
    }

    public RiskItem(string name, int sortOrder)
        : base(name, sortOrder, NameMaxLength)
    {
    }

    protected override int MaxLength => NameMaxLength;
}

/// <summary>The starting instruments (domain.md, seed 001); administrators edit them afterwards.</summary>
public static class InstrumentSeed
{
    /// <summary>The ten domains of the functional assessment.</summary>
    public static IReadOnlyList<string> FunctionalDomains { get; } =
    [
        "Pašaprūpe",
        "Mobilitāte",
        "Mājsaimniecība",
        "Finanses",
        "Veselība",
        "Sociālie kontakti",
        "Izglītība / darbs",
        "Brīvais laiks",
        "Drošība",
        "Emocionālā labklājība",
    ];

    /// <summary>The risk factors for families with children (domain.md's list, as in the criteria of Regulation No. 291, annex 1).</summary>
    public static IReadOnlyList<string> RiskItems { get; } =
    [
        "Bērna attīstība (attīstības aizkavēšanās, veselības stāvoklis)",
        "Bērna uzvedība (agresija, klaiņošana, skolas kavējumi, likumpārkāpumi)",
        "Atkarības (alkohols, narkotikas, azartspēles)",
        "Pamatvajadzību nodrošināšana (uzturs, apģērbs, mājoklis, higiēna, veselības aprūpe)",
        "Fizisks apdraudējums (vardarbība ģimenē)",
        "Bērna spēja sevi pasargāt",
        "Gūtas traumas vai nodarīts kaitējums",
        "Bailes no vecākiem vai citiem ģimenes locekļiem",
        "Ekspluatācija (bērna darbs, ubagošana)",
        "Seksuāla vardarbība",
        "Emocionāla vardarbība un novārtā pamešana",
        "Vecāku aprūpes un audzināšanas prasmes",
    ];

    public static IReadOnlyList<FunctionalDomain> CreateDomains() =>
        FunctionalDomains.Select((name, i) => new FunctionalDomain(name, (i + 1) * 10)).ToList();

    public static IReadOnlyList<RiskItem> CreateRiskItems() =>
        RiskItems.Select((name, i) => new RiskItem(name, (i + 1) * 10)).ToList();
}
