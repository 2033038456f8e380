using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Compensation.UnitCosts;

/// <summary>
/// Unit costs per community-based service type and unit, with validity periods. The administrator adds a period (or
/// replaces the current one from a day: it is ended the day before) and ends a period; overlapping periods of the same
/// type and unit are refused with the period they would overlap. Nothing is deleted. Managers and auditors read.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler, IValidator<IndexModel.Command> validator, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Administrator);

    public sealed record Row(int Id, ServiceType Type, ServiceUnit Unit, decimal Amount, DateOnly From, DateOnly? To, string? Note, bool Current, uint Version);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await handler.RowsAsync(LatvianTime.Today(clock), ct);
        Input = new Command { ValidFrom = LatvianTime.Today(clock) };
        await audit.WriteAsync(AuditActions.UnitCostRead, "UnitCost", null, null, ct: ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (ModelState.IsValid)
        {
            var overlap = await handler.AddAsync(Input, CaseData.ActorOf(User).UserId, clock.GetUtcNow(), ct);
            if (overlap is null)
            {
                TempData["StatusMessage"] = t["UnitCosts.Added", CompensationText.Type(t, Input.Type!.Value), CompensationText.Unit(t, Input.Unit!.Value)].Value;
                return RedirectToPage();
            }

            ModelState.AddModelError("Input.ValidFrom", t["UnitCosts.Overlaps", CompensationText.Period(t, overlap.From, overlap.To), CompensationText.Money(overlap.Amount)]);
        }

        Rows = await handler.RowsAsync(LatvianTime.Today(clock), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, DateOnly? lastDay, uint version, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var outcome = await handler.EndAsync(id, lastDay, version, CaseData.ActorOf(User).UserId, clock.GetUtcNow(), ct);
        if (outcome == EndOutcome.Ended)
        {
            TempData["StatusMessage"] = t["UnitCosts.Ended"].Value;
            return RedirectToPage();
        }

        if (outcome == EndOutcome.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("LastDay-" + id.ToString(CultureInfo.InvariantCulture), outcome == EndOutcome.Conflict ? t["UnitCosts.Conflict"] : t["UnitCosts.EndInvalid"]);
        Rows = await handler.RowsAsync(LatvianTime.Today(clock), ct);
        Input = new Command { ValidFrom = LatvianTime.Today(clock) };
        return Page();
    }

    public sealed record Command
    {
        public ServiceType? Type { get; init; }
        public ServiceUnit? Unit { get; init; }
        public decimal? Amount { get; init; }
        public DateOnly? ValidFrom { get; init; }
        public DateOnly? ValidTo { get; init; }
        public string? Note { get; init; }

        /// <summary>End the period in force on the first day the day before (a new amount from that day).</summary>
        public bool ReplaceCurrent { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Type).NotNull().WithMessage(t["UnitCosts.TypeRequired"]).IsInEnum().WithMessage(t["UnitCosts.TypeRequired"]);
            RuleFor(c => c.Unit).NotNull().WithMessage(t["UnitCosts.UnitRequired"]).IsInEnum().WithMessage(t["UnitCosts.UnitRequired"]);
            RuleFor(c => c.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage(t["UnitCosts.AmountRequired"])
                .Must(a => a is > 0 and <= 100000 && decimal.Round(a.Value, 2) == a).WithMessage(t["UnitCosts.AmountInvalid"]);
            RuleFor(c => c.ValidFrom).NotNull().WithMessage(t["UnitCosts.FromRequired"]).Must(d => d is null || d >= CaseData.EarliestDate).WithMessage(t["UnitCosts.FromRequired"]);
            RuleFor(c => c.ValidTo).Must((c, to) => to is null || c.ValidFrom is null || to >= c.ValidFrom).WithMessage(t["UnitCosts.EndsBeforeStart"]);
            RuleFor(c => c.Note).OptionalText(t, UnitCost.MaxNoteLength);
        }
    }

    public enum EndOutcome
    {
        Ended,
        Invalid,
        Conflict,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public async Task<IReadOnlyList<Row>> RowsAsync(DateOnly today, CancellationToken ct) =>
            (await db.UnitCosts.AsNoTracking()
                .Select(c => new { c.Id, c.Type, c.Unit, c.Amount, c.ValidFrom, c.ValidTo, c.Note, Version = EF.Property<uint>(c, "Version") })
                .ToListAsync(ct))
            .OrderBy(c => c.Type.ToString(), StringComparer.Ordinal).ThenBy(c => c.Unit).ThenByDescending(c => c.ValidFrom)
            .Select(c => new Row(c.Id, c.Type, c.Unit, c.Amount, c.ValidFrom, c.ValidTo, c.Note, c.ValidFrom <= today && (c.ValidTo is null || c.ValidTo >= today), c.Version))
            .ToList();

        /// <summary>Adds the period; returns the period it would overlap (and nothing is saved), or null when added.</summary>
        public async Task<UnitCostFact?> AddAsync(Command command, string byId, DateTimeOffset at, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var type = command.Type!.Value;
            var unit = command.Unit!.Value;
            var from = command.ValidFrom!.Value;
            var same = await db.UnitCosts.Where(c => c.Type == type && c.Unit == unit).ToListAsync(ct);
            var overlapping = same.Where(c => c.Overlaps(from, command.ValidTo)).ToList();
            if (command.ReplaceCurrent && overlapping.Count == 1 && overlapping[0].ValidFrom < from)
            {
                var current = overlapping[0];
                current.End(from.AddDays(-1), byId, at);
                if (current.Overlaps(from, command.ValidTo))
                {
                    return Fact(current);
                }

                audit.Add(AuditActions.UnitCostChange, "UnitCost", current.Id.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{type}/{unit}: ended {current.ValidTo:yyyy-MM-dd} (replaced)"));
                overlapping.Clear();
            }

            if (overlapping.Count > 0)
            {
                return Fact(overlapping.OrderBy(c => c.ValidFrom).First());
            }

            var cost = new UnitCost(type, unit, command.Amount!.Value, from, command.ValidTo, command.Note, byId, at);
            db.UnitCosts.Add(cost);
            audit.Add(AuditActions.UnitCostChange, "UnitCost", null, string.Create(CultureInfo.InvariantCulture, $"{type}/{unit}: {cost.Amount:0.00} EUR from {from:yyyy-MM-dd}{(cost.ValidTo is { } to ? $" to {to:yyyy-MM-dd}" : "")}"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // another administrator added a period from the same day at the same moment
                db.ChangeTracker.Clear();
                return new UnitCostFact(type, unit, command.Amount.Value, from, command.ValidTo);
            }

            return null;
        }

        public async Task<EndOutcome> EndAsync(int id, DateOnly? lastDay, uint version, string byId, DateTimeOffset at, CancellationToken ct)
        {
            var cost = await db.UnitCosts.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (cost is null)
            {
                return EndOutcome.NotFound;
            }

            if (!RowVersion.Matches(db, cost, version))
            {
                return EndOutcome.Conflict;
            }

            if (lastDay is not { } day || day < cost.ValidFrom || (cost.ValidTo is { } to && day > to))
            {
                return EndOutcome.Invalid;
            }

            cost.End(day, byId, at);
            audit.Add(AuditActions.UnitCostChange, "UnitCost", id.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{cost.Type}/{cost.Unit}: ended {day:yyyy-MM-dd}"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return EndOutcome.Conflict;
            }

            return EndOutcome.Ended;
        }

        private static UnitCostFact Fact(UnitCost c) => new(c.Type, c.Unit, c.Amount, c.ValidFrom, c.ValidTo);
    }
}
