using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Admin.Users;

public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var result = await handler.CreateAsync(Input, ct);
        if (result.Errors.Count > 0)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(nameof(Input) + "." + field, message);
            }

            return Page();
        }

        TempData["StatusMessage"] = t["Users.Created", Input.UserName].Value;
        return RedirectToPage("Edit", new { id = result.UserId });
    }

    public sealed record Command
    {
        public string UserName { get; init; } = string.Empty;
        public string FullName { get; init; } = string.Empty;
        public string? Email { get; init; }
        public List<string> Roles { get; init; } = [];
        public string Password { get; init; } = string.Empty;
        public string ConfirmPassword { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage(t["Users.UserNameRequired"])
                .Matches("^[a-z0-9][a-z0-9._-]{2,63}$").WithMessage(t["Users.UserNameFormat"]);
            RuleFor(c => c.FullName).FullName(t);
            RuleFor(c => c.Email).OptionalEmail(t);
            RuleFor(c => c.Roles).RoleSet(t);
            RuleFor(c => c.Password).NotEmpty().WithMessage(t["Users.PasswordRequired"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage(t["Users.PasswordMismatch"]);
        }
    }

    public sealed record Result(string? UserId, IReadOnlyList<(string Field, string Message)> Errors);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
    {
        public async Task<Result> CreateAsync(Command command, CancellationToken ct)
        {
            var user = new AppUser
            {
                UserName = command.UserName.Trim(),
                FullName = command.FullName.Trim(),
                Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, command.Password);
            if (!created.Succeeded)
            {
                return new Result(null, created.Errors.Select(e => (FieldOf(e.Code), e.Description)).ToList());
            }

            var roles = await users.AddToRolesAsync(user, command.Roles.Distinct());
            if (!roles.Succeeded)
            {
                return new Result(null, roles.Errors.Select(e => (nameof(Command.Roles), e.Description)).ToList());
            }

            audit.Add(AuditActions.UserCreate, "user", user.Id, $"user={user.UserName}; roles={string.Join(",", command.Roles.Order(StringComparer.Ordinal))}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Result(user.Id, []);
        }

        private static string FieldOf(string code) => code.StartsWith("Password", StringComparison.Ordinal)
            ? nameof(Command.Password)
            : code.Contains("UserName", StringComparison.Ordinal) ? nameof(Command.UserName) : string.Empty;
    }
}
