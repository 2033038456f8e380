namespace SocialServices.Domain.Organisations;

/// <summary>A social-service provider that uses the product (the data controller for its clients).</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
        RegistrationNumber = string.Empty;
    }

    public Organisation(string name, string registrationNumber, int municipalityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationNumber);
        Name = name.Trim();
        RegistrationNumber = registrationNumber.Trim();
        MunicipalityId = municipalityId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string RegistrationNumber { get; private set; }
    public string? Address { get; private set; }
    public int MunicipalityId { get; private set; }

    public void ChangeAddress(string? address) => Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
}
