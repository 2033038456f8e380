namespace SocialServices.Web.Identity;

public static class AuthorizationPolicies
{
    public const string Administrator = nameof(Administrator);

    /// <summary>Reads the access log: auditors and administrators.</summary>
    public const string AuditReader = nameof(AuditReader);
}
