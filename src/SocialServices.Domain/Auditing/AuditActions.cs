namespace SocialServices.Domain.Auditing;

/// <summary>The action codes written to the audit log.</summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string SignOut = "account.sign-out";
    public const string UserCreate = "user.create";
    public const string UserUpdate = "user.update";
    public const string UserRolesChange = "user.roles";
    public const string UserDeactivate = "user.deactivate";
    public const string UserReactivate = "user.reactivate";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserListExport = "user.export-pdf";
    public const string AuditLogRead = "audit.read";
}
