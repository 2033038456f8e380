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
}
