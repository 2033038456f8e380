using FluentValidation;
using Microsoft.Extensions.Localization;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Admin.Users;

/// <summary>The rules shared by the create and edit forms of a user (one place for each rule).</summary>
internal static class UserFormRules
{
    public const int FullNameMaxLength = 200;

    public static void FullName<T>(this IRuleBuilder<T, string> rule, IStringLocalizer t) =>
        rule.NotEmpty().WithMessage(t["Users.FullNameRequired"])
            .MaximumLength(FullNameMaxLength).WithMessage(t["Validation.MaxLength", FullNameMaxLength]);

    public static void OptionalEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t) =>
        rule.EmailAddress().WithMessage(t["Users.EmailInvalid"]).MaximumLength(256);

    public static void RoleSet<T>(this IRuleBuilder<T, List<string>> rule, IStringLocalizer t) =>
        rule.NotEmpty().WithMessage(t["Users.RoleRequired"])
            .Must(roles => roles.All(r => Roles.All.Contains(r))).WithMessage(t["Users.RoleUnknown"]);
}
