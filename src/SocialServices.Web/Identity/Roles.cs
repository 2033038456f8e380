namespace SocialServices.Web.Identity;

/// <summary>The five roles of the product (domain.md, "The people").</summary>
public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string Specialist = nameof(Specialist);
    public const string ServiceManager = nameof(ServiceManager);
    public const string Auditor = nameof(Auditor);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } = [SocialWorker, Specialist, ServiceManager, Auditor, Administrator];

    /// <summary>The resource key of a role's display name.</summary>
    public static string DisplayKey(string role) => "Role." + role;
}
