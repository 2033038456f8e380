using Microsoft.AspNetCore.Identity;

namespace SocialServices.Web.Identity;

/// <summary>A member of staff who signs in. Users are deactivated, never deleted.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeactivatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
}
