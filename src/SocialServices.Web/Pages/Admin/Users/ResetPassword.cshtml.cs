using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Admin.Users;

/// <summary>The administrator sets a new password (and so also ends a lockout).</summary>
public sealed class ResetPasswordModel(ResetPasswordModel.Handler handler, IValidator<ResetPasswordModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public string UserName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var name = await handler.UserNameAsync(id, ct);
        if (name is null)
        {
            return NotFound();
        }

        UserName = name;
        Input = new Command { Id = id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = await handler.UserNameAsync(Input.Id, ct);
        if (name is null)
        {
            return NotFound();
        }

        UserName = name;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var errors = await handler.ResetAsync(Input, ct);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Command.NewPassword)}", error);
            }

            return Page();
        }

        TempData["StatusMessage"] = t["Users.PasswordResetDone", name].Value;
        return RedirectToPage("Edit", new { id = Input.Id });
    }

    public sealed record Command
    {
        public string Id { get; init; } = string.Empty;
        public string NewPassword { get; init; } = string.Empty;
        public string ConfirmPassword { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Id).NotEmpty();
            RuleFor(c => c.NewPassword).NotEmpty().WithMessage(t["Users.PasswordRequired"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(t["Users.PasswordMismatch"]);
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, AuditLog audit)
    {
        public Task<string?> UserNameAsync(string id, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.UserName).FirstOrDefaultAsync(ct);

        public async Task<IReadOnlyList<string>> ResetAsync(Command command, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw new InvalidOperationException("The user disappeared.");
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, command.NewPassword);
            if (!result.Succeeded)
            {
                return result.Errors.Select(e => e.Description).ToList();
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Add(AuditActions.UserPasswordReset, "user", user.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return [];
        }
    }
}
