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

/// <summary>Edit a user's name, e-mail and roles; deactivate or reactivate (users are never deleted).</summary>
public sealed class EditModel(EditModel.Handler handler, IValidator<EditModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public Snapshot? Current { get; private set; }

    /// <summary>Set when someone else saved the user after this form was opened.</summary>
    public Snapshot? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Current = await handler.LoadAsync(id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        Input = Command.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Current = await handler.LoadAsync(Input.Id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.SaveAsync(Input, User.UserId(), ct);
        return Outcome(outcome, t["Users.Saved", Current.UserName].Value);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct) => await ChangeActiveAsync(false, ct);

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken ct) => await ChangeActiveAsync(true, ct);

    private async Task<IActionResult> ChangeActiveAsync(bool active, CancellationToken ct)
    {
        Current = await handler.LoadAsync(Input.Id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        // Only the id and the concurrency stamp matter here; the other fields are re-shown as they are stored.
        ModelState.Clear();
        var outcome = await handler.SetActiveAsync(Input.Id, Input.ConcurrencyStamp, active, User.UserId(), ct);
        if (outcome != SaveOutcome.Saved)
        {
            var stamp = Input.ConcurrencyStamp;
            Input = Command.From(Current) with { ConcurrencyStamp = stamp };
        }

        return Outcome(outcome, t[active ? "Users.Reactivated" : "Users.DeactivatedMessage", Current.UserName].Value);
    }

    private IActionResult Outcome(SaveOutcome outcome, string success)
    {
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = success;
                return RedirectToPage("Edit", new { id = Input.Id });
            case SaveOutcome.Conflict:
                // Keep what the user typed; show what is stored now; the next save is a deliberate overwrite.
                Conflict = Current;
                ModelState.Remove($"{nameof(Input)}.{nameof(Command.ConcurrencyStamp)}");
                Input = Input with { ConcurrencyStamp = Current!.ConcurrencyStamp };
                ModelState.AddModelError(string.Empty, t["Users.ConcurrencyConflict"]);
                return Page();
            case SaveOutcome.OwnAccount:
                ModelState.AddModelError(string.Empty, t["Users.CannotLockOutSelf"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public sealed record Snapshot(string Id, string UserName, string FullName, string? Email, IReadOnlyList<string> Roles, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? DeactivatedAt, DateTimeOffset? LockedOutUntil, string ConcurrencyStamp);

    public sealed record Command
    {
        public string Id { get; init; } = string.Empty;
        public string ConcurrencyStamp { get; init; } = string.Empty;
        public string FullName { get; init; } = string.Empty;
        public string? Email { get; init; }
        public List<string> Roles { get; init; } = [];

        public static Command From(Snapshot s)
        {
            ArgumentNullException.ThrowIfNull(s);
            return new() { Id = s.Id, ConcurrencyStamp = s.ConcurrencyStamp, FullName = s.FullName, Email = s.Email, Roles = [.. s.Roles] };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Id).NotEmpty();
            RuleFor(c => c.ConcurrencyStamp).NotEmpty();
            RuleFor(c => c.FullName).FullName(t);
            RuleFor(c => c.Email).OptionalEmail(t);
            RuleFor(c => c.Roles).RoleSet(t);
        }
    }

    public enum SaveOutcome
    {
        Saved,
        Conflict,
        NotFound,
        OwnAccount,
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
    {
        public async Task<Snapshot?> LoadAsync(string id, CancellationToken ct)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
            if (user is null)
            {
                return null;
            }

            var roles = await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
            var now = clock.GetUtcNow();
            return new Snapshot(user.Id, user.UserName!, user.FullName, user.Email, roles.Order(StringComparer.Ordinal).ToList(), user.IsActive, user.CreatedAt, user.DeactivatedAt,
                user.LockoutEnd > now ? user.LockoutEnd : null, user.ConcurrencyStamp!);
        }

        public async Task<SaveOutcome> SaveAsync(Command command, string? actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(command.Id);
            if (user is null)
            {
                return SaveOutcome.NotFound;
            }

            if (user.ConcurrencyStamp != command.ConcurrencyStamp)
            {
                return SaveOutcome.Conflict;
            }

            var wanted = command.Roles.Distinct().ToHashSet(StringComparer.Ordinal);
            if (user.Id == actingUserId && !wanted.Contains(Roles.Administrator))
            {
                return SaveOutcome.OwnAccount;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var changes = new List<string>();
            var fullName = command.FullName.Trim();
            var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            if (user.FullName != fullName)
            {
                changes.Add("full name");
                user.FullName = fullName;
            }

            if (user.Email != email)
            {
                changes.Add("e-mail");
                user.Email = email;
            }

            var update = await users.UpdateAsync(user);
            if (!update.Succeeded)
            {
                return SaveOutcome.Conflict;
            }

            var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
            var added = wanted.Except(current).Order(StringComparer.Ordinal).ToList();
            var removed = current.Except(wanted).Order(StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                await users.AddToRolesAsync(user, added);
            }

            if (removed.Count > 0)
            {
                await users.RemoveFromRolesAsync(user, removed);
            }

            if (changes.Count > 0)
            {
                audit.Add(AuditActions.UserUpdate, "user", user.Id, "changed: " + string.Join(", ", changes));
            }

            if (added.Count > 0 || removed.Count > 0)
            {
                audit.Add(AuditActions.UserRolesChange, "user", user.Id, $"added={string.Join(",", added)}; removed={string.Join(",", removed)}");
                await users.UpdateSecurityStampAsync(user);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return SaveOutcome.Saved;
        }

        public async Task<SaveOutcome> SetActiveAsync(string id, string concurrencyStamp, bool active, string? actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return SaveOutcome.NotFound;
            }

            if (user.ConcurrencyStamp != concurrencyStamp)
            {
                return SaveOutcome.Conflict;
            }

            if (!active && user.Id == actingUserId)
            {
                return SaveOutcome.OwnAccount;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            user.IsActive = active;
            user.DeactivatedAt = active ? null : clock.GetUtcNow();
            var update = await users.UpdateAsync(user);
            if (!update.Succeeded)
            {
                return SaveOutcome.Conflict;
            }

            // A new security stamp signs a deactivated user out of every session within a minute.
            await users.UpdateSecurityStampAsync(user);
            audit.Add(active ? AuditActions.UserReactivate : AuditActions.UserDeactivate, "user", user.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return SaveOutcome.Saved;
        }
    }
}
