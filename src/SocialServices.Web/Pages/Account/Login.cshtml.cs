using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Account;

public sealed class LoginModel(LoginModel.Handler handler, IValidator<LoginModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.SignInAsync(Input, ct);
        switch (outcome)
        {
            case SignInOutcome.Success:
                return LocalRedirect(SafeReturnUrl());
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, t["Login.LockedOut"]);
                return Page();
            default:
                ModelState.AddModelError(string.Empty, t["Login.Failed"]);
                return Page();
        }
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public sealed record Command
    {
        public string UserName { get; init; } = string.Empty;
        public string Password { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage(t["Login.UserNameRequired"]).MaximumLength(256);
            RuleFor(c => c.Password).NotEmpty().WithMessage(t["Login.PasswordRequired"]).MaximumLength(256);
        }
    }

    public enum SignInOutcome
    {
        Success,
        Failed,
        LockedOut,
    }

    public sealed class Handler(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
    {
        public async Task<SignInOutcome> SignInAsync(Command command, CancellationToken ct)
        {
            var userName = command.UserName.Trim();
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                await audit.WriteAsync(AuditActions.SignInFailed, "user", null, "unknown user name", Truncate(userName), ct);
                return SignInOutcome.Failed;
            }

            var result = await signIn.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                user.LastSignInAt = clock.GetUtcNow();
                await users.UpdateAsync(user);
                await audit.WriteAsync(AuditActions.SignIn, "user", user.Id, null, user.UserName, ct);
                return SignInOutcome.Success;
            }

            if (result.IsLockedOut)
            {
                await audit.WriteAsync(AuditActions.LockedOut, "user", user.Id, null, user.UserName, ct);
                return SignInOutcome.LockedOut;
            }

            await audit.WriteAsync(AuditActions.SignInFailed, "user", user.Id, result.IsNotAllowed ? "not allowed (deactivated)" : "wrong password", user.UserName, ct);
            return SignInOutcome.Failed;
        }

        private static string Truncate(string value) => value.Length <= 64 ? value : value[..64];
    }
}
