using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Contracts;

/// <summary>
/// Registers or changes a delegation contract: number, municipality, signing date, period, the delegated task and the
/// services it covers. A stale form is refused with a conflict message and keeps what was typed; a final annual report
/// keeps the contract data it was made with (its snapshot).
/// </summary>
public sealed class EditModel(EditModel.Handler handler, IValidator<EditModel.Command> validator, OrganisationInfo organisation, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public sealed record Choice(int Id, string Text);

    public IReadOnlyList<Choice> Municipalities { get; private set; } = [];

    public IReadOnlyList<Choice> Services { get; private set; } = [];

    public bool IsNew => Input.Id is null;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await OptionsAsync(ct);
        if (id is null)
        {
            Input = new Command { MunicipalityId = Municipalities.Count == 1 ? Municipalities[0].Id : null };
            return Page();
        }

        var command = await handler.LoadAsync(id.Value, await organisation.IdAsync(ct), ct);
        if (command is null)
        {
            return NotFound();
        }

        Input = command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        await OptionsAsync(ct);
        Input = Input with { Id = id };
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, savedId) = await handler.SaveAsync(Input, await organisation.IdAsync(ct), ct);
        switch (outcome)
        {
            case Outcome.Saved:
                TempData["StatusMessage"] = t["Contracts.Saved", Input.Number.Trim()].Value;
                return RedirectToPage("Index");
            case Outcome.DuplicateNumber:
                ModelState.AddModelError("Input.Number", t["Contracts.NumberTaken"]);
                return Page();
            case Outcome.Conflict:
                var stored = await handler.LoadAsync(savedId, await organisation.IdAsync(ct), ct);
                ModelState.Remove("Input.Version");
                Input = Input with { Version = stored?.Version ?? Input.Version };
                ModelState.AddModelError(string.Empty, t["Contracts.Conflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task OptionsAsync(CancellationToken ct) => (Municipalities, Services) = await handler.OptionsAsync(ct);

    public sealed record Command
    {
        public int? Id { get; init; }
        public uint Version { get; init; }
        public string Number { get; init; } = string.Empty;
        public int? MunicipalityId { get; init; }
        public DateOnly? SignedOn { get; init; }
        public DateOnly? ValidFrom { get; init; }
        public DateOnly? ValidTo { get; init; }
        public string Task { get; init; } = string.Empty;
        public List<int> ServiceIds { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Number).RequiredText(t, "Contracts.NumberRequired", 100);
            RuleFor(c => c.MunicipalityId).NotNull().WithMessage(t["Contracts.MunicipalityRequired"]);
            RuleFor(c => c.SignedOn).NotNull().WithMessage(t["Contracts.SignedOnRequired"]);
            RuleFor(c => c.ValidFrom).NotNull().WithMessage(t["Contracts.ValidFromRequired"]);
            RuleFor(c => c.ValidTo).Must((c, to) => to is null || c.ValidFrom is null || to >= c.ValidFrom).WithMessage(t["Contracts.EndsBeforeStart"]);
            RuleFor(c => c.Task).RequiredText(t, "Contracts.TaskRequired", DelegationContract.MaxTextLength);
            RuleFor(c => c.ServiceIds).Must(s => s.Count > 0).WithMessage(t["Contracts.ServicesRequired"]);
        }
    }

    public enum Outcome
    {
        Saved,
        Conflict,
        DuplicateNumber,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public async Task<(IReadOnlyList<Choice>, IReadOnlyList<Choice>)> OptionsAsync(CancellationToken ct)
        {
            var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(ct);
            var services = await db.Services.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Code).Select(s => new Choice(s.Id, s.Code + " " + s.Name)).ToListAsync(ct);
            return (municipalities, services);
        }

        public async Task<Command?> LoadAsync(int id, int organisationId, CancellationToken ct) =>
            await db.DelegationContracts.AsNoTracking().Where(c => c.Id == id && c.OrganisationId == organisationId)
                .Select(c => new Command
                {
                    Id = c.Id, Version = EF.Property<uint>(c, "Version"), Number = c.Number, MunicipalityId = c.MunicipalityId, SignedOn = c.SignedOn,
                    ValidFrom = c.ValidFrom, ValidTo = c.ValidTo, Task = c.Task, ServiceIds = c.ServiceIds.ToList(),
                })
                .FirstOrDefaultAsync(ct);

        public async Task<(Outcome, int)> SaveAsync(Command command, int organisationId, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var number = command.Number.Trim();
            if (await db.DelegationContracts.AnyAsync(c => c.OrganisationId == organisationId && c.Number == number && c.Id != command.Id, ct))
            {
                return (Outcome.DuplicateNumber, 0);
            }

            var known = await db.Services.Where(s => command.ServiceIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
            DelegationContract contract;
            if (command.Id is { } id)
            {
                var found = await db.DelegationContracts.FirstOrDefaultAsync(c => c.Id == id && c.OrganisationId == organisationId, ct);
                if (found is null)
                {
                    return (Outcome.NotFound, id);
                }

                if (!RowVersion.Matches(db, found, command.Version))
                {
                    return (Outcome.Conflict, id);
                }

                contract = found;
                contract.Change(number, command.SignedOn!.Value, command.ValidFrom!.Value, command.ValidTo, command.Task, known);
            }
            else
            {
                contract = new DelegationContract(organisationId, command.MunicipalityId!.Value, number, command.SignedOn!.Value, command.ValidFrom!.Value, command.ValidTo, command.Task, known);
                db.DelegationContracts.Add(contract);
            }

            audit.Add(AuditActions.ContractChange, "DelegationContract", command.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture), number);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return (Outcome.Conflict, contract.Id);
            }

            return (Outcome.Saved, contract.Id);
        }
    }
}
