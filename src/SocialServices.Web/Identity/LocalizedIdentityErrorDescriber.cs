using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace SocialServices.Web.Identity;

/// <summary>Identity's messages (password rules, duplicate names) in the interface language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Identity.PasswordTooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["Identity.PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["Identity.PasswordRequiresLower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["Identity.PasswordRequiresUpper"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["Identity.PasswordRequiresUniqueChars", uniqueChars]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Identity.DuplicateUserName", userName]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Identity.InvalidUserName"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Identity.ConcurrencyFailure"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Identity.InvalidToken"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
