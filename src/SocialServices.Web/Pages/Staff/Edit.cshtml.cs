using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Staff;

/// <summary>Adds a staff member to the register, or changes one (with the xmin check: a conflict shows what is stored and keeps the input).</summary>
[Authorize(Policy = AuthorizationPolicies.StaffEditor)]
public sealed class EditModel(EditModel.Handler handler, IValidator<StaffCommand> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public StaffCommand Input { get; set; } = new();

    public StaffChoices Choices { get; private set; } = new([], []);

    /// <summary>What is stored now, when someone else saved the record after this form was opened.</summary>
    public StaffCommand? Conflict { get; private set; }

    public bool IsNew => Input.Id == 0;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var stored = await handler.LoadAsync(existing, ct);
            if (stored is null)
            {
                return NotFound();
            }

            Input = stored;
        }
        else
        {
            Input = new StaffCommand { EmployedFrom = LatvianTime.Today(handler.Clock) };
        }

        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Input = Input with { Id = id ?? 0 };
        Choices = await handler.ChoicesAsync(Input, ct);
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var (outcome, savedId, errors) = await handler.SaveAsync(Input, ct);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Staff.Saved", (Input.FirstName.Trim() + " " + Input.LastName.Trim())].Value;
                return RedirectToPage("Details", new { id = savedId });
            case SaveOutcome.Invalid:
                foreach (var (field, key) in errors)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{field}", t[key]);
                }

                return Page();
            case SaveOutcome.Conflict:
                Conflict = await handler.LoadAsync(Input.Id, ct);
                ModelState.Remove($"{nameof(Input)}.{nameof(StaffCommand.Version)}");
                Input = Input with { Version = Conflict!.Version };
                ModelState.AddModelError(string.Empty, t["Staff.Conflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public enum SaveOutcome
    {
        Saved,
        Invalid,
        Conflict,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public TimeProvider Clock => clock;

        public async Task<StaffCommand?> LoadAsync(int id, CancellationToken ct)
        {
            var found = await db.StaffMembers.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { Member = m, Version = EF.Property<uint>(m, "Version") })
                .FirstOrDefaultAsync(ct);
            return found is null ? null : StaffCommand.From(found.Member, found.Version);
        }

        public Task<StaffChoices> ChoicesAsync(StaffCommand input, CancellationToken ct) =>
            StaffChoices.LoadAsync(db, input.Id == 0 ? null : input.Id, input.PositionId, ct);

        public async Task<(SaveOutcome Outcome, int Id, IReadOnlyList<(string Field, string Key)> Errors)> SaveAsync(StaffCommand command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var errors = await StaffFormChecks.CheckAsync(db, command, ct);
            if (errors.Count > 0)
            {
                return (SaveOutcome.Invalid, command.Id, errors);
            }

            StaffMember member;
            if (command.Id == 0)
            {
                member = new StaffMember(await organisation.IdAsync(ct), command.Details());
                db.StaffMembers.Add(member);
                await db.SaveChangesAsync(ct);
                await audit.WriteAsync(AuditActions.StaffCreate, "staff", Id(member.Id), null, ct: ct);
                return (SaveOutcome.Saved, member.Id, []);
            }

            var found = await db.StaffMembers.FirstOrDefaultAsync(m => m.Id == command.Id, ct);
            if (found is null)
            {
                return (SaveOutcome.NotFound, command.Id, []);
            }

            member = found;
            if (!RowVersion.Matches(db, member, command.Version))
            {
                return (SaveOutcome.Conflict, member.Id, []);
            }

            var before = StaffCommand.From(member, command.Version);
            member.Change(command.Details());
            var after = StaffCommand.From(member, command.Version);
            audit.Add(AuditActions.StaffUpdate, "staff", Id(member.Id), "changed: " + string.Join(", ", Changed(before, after)));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return (SaveOutcome.Conflict, member.Id, []);
            }

            return (SaveOutcome.Saved, member.Id, []);
        }

        /// <summary>The names of the fields that changed (never their values: staff data is personal data).</summary>
        private static IEnumerable<string> Changed(StaffCommand before, StaffCommand after)
        {
            if (before.FirstName != after.FirstName || before.LastName != after.LastName)
            {
                yield return "name";
            }

            if (before.UserId != after.UserId)
            {
                yield return "user account";
            }

            if (before.PositionId != after.PositionId)
            {
                yield return "position";
            }

            if (before.EmployedFrom != after.EmployedFrom || before.EmployedUntil != after.EmployedUntil)
            {
                yield return "employment";
            }

            if (before.WorksWithChildren != after.WorksWithChildren)
            {
                yield return "works with children";
            }

            if (before.Note != after.Note)
            {
                yield return "note";
            }
        }

        private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
