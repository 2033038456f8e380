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
using SocialServices.Web.Pages.Cases;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>
/// The list of positions with their profession classifier codes (an editable list: managers and administrators add,
/// change, retire and reinstate; auditors read). Retired positions stay on the records that have them.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.StaffReader)]
public sealed class PositionsModel(PositionsModel.Handler handler, IValidator<PositionsModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The position being edited (null: the form adds a new one).</summary>
    public int? EditingId { get; private set; }

    public async Task OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (CanEdit && edit is { } id && Rows.FirstOrDefault(r => r.Id == id) is { } row)
        {
            EditingId = id;
            Input = new Command { Id = id, Name = row.Name, ProfessionCode = row.Code, Category = row.Category, SocialWorkSpecialist = row.SocialWorkSpecialist, Version = row.Version };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!StaffAccess.EditsRegister(User))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        EditingId = Input.Id == 0 ? null : Input.Id;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.SaveAsync(Input, ct);
        switch (outcome)
        {
            case Outcome.Saved:
                TempData["StatusMessage"] = t["Staff.PositionSaved", Input.Name.Trim()].Value;
                return RedirectToPage();
            case Outcome.Duplicate:
                ModelState.AddModelError("Input.Name", t["Staff.PositionDuplicate"]);
                return Page();
            case Outcome.Conflict:
                ModelState.AddModelError(string.Empty, t["Staff.PositionConflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (!StaffAccess.EditsRegister(User))
        {
            return Forbid();
        }

        if (!await handler.SetActiveAsync(id, active, ct))
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await handler.ListAsync(ct);
        CanEdit = StaffAccess.EditsRegister(User);
    }

    public sealed record Row(int Id, string Name, string Code, PositionCategory Category, bool SocialWorkSpecialist, bool Active, int StaffCount, uint Version);

    public sealed record Command
    {
        public int Id { get; init; }
        public uint Version { get; init; }
        public string Name { get; init; } = string.Empty;
        public string ProfessionCode { get; init; } = string.Empty;
        public PositionCategory? Category { get; init; }
        public bool SocialWorkSpecialist { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Name).RequiredText(t, "Staff.PositionNameRequired", StaffPosition.MaxNameLength);
            RuleFor(c => c.ProfessionCode).Must(ProfessionCodes.IsValid).WithMessage(t["Staff.ProfessionCodeInvalid"]);
            RuleFor(c => c.Category).NotNull().WithMessage(t["Staff.CategoryRequired"]).IsInEnum().WithMessage(t["Staff.CategoryRequired"]);
        }
    }

    public enum Outcome
    {
        Saved,
        Duplicate,
        Conflict,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
        {
            var rows = await db.StaffPositions.AsNoTracking()
                .OrderByDescending(p => p.IsActive).ThenBy(p => p.Name)
                .Select(p => new
                {
                    p.Id, p.Name, p.ProfessionCode, p.Category, p.SocialWorkSpecialist, p.IsActive,
                    Staff = db.StaffMembers.Count(m => m.PositionId == p.Id),
                    Version = EF.Property<uint>(p, "Version"),
                })
                .ToListAsync(ct);
            return rows.Select(p => new Row(p.Id, p.Name, p.ProfessionCode, p.Category, p.SocialWorkSpecialist, p.IsActive, p.Staff, p.Version)).ToList();
        }

        public async Task<Outcome> SaveAsync(Command c, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(c);
            var name = c.Name.Trim();
            if (await db.StaffPositions.AnyAsync(p => p.Name == name && p.Id != c.Id, ct))
            {
                return Outcome.Duplicate;
            }

            StaffPosition position;
            if (c.Id == 0)
            {
                position = new StaffPosition(name, c.ProfessionCode, c.Category!.Value, c.SocialWorkSpecialist);
                db.StaffPositions.Add(position);
            }
            else
            {
                var found = await db.StaffPositions.FirstOrDefaultAsync(p => p.Id == c.Id, ct);
                if (found is null)
                {
                    return Outcome.NotFound;
                }

                position = found;
                if (!RowVersion.Matches(db, position, c.Version))
                {
                    return Outcome.Conflict;
                }

                position.Change(name, c.ProfessionCode, c.Category!.Value, c.SocialWorkSpecialist);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome.Conflict;
            }

            await audit.WriteAsync(AuditActions.StaffPositionChange, "staff-position", position.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{position.Name} {position.ProfessionCode}", ct: ct);
            return Outcome.Saved;
        }

        public async Task<bool> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var position = await db.StaffPositions.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (position is null)
            {
                return false;
            }

            if (active)
            {
                position.Reinstate();
            }
            else
            {
                position.Retire();
            }

            audit.Add(AuditActions.StaffPositionChange, "staff-position", id.ToString(System.Globalization.CultureInfo.InvariantCulture), active ? "reinstated" : "retired");
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
