using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>A manager starts a new group of a programme (schedules and sessions come with the groups work of issue 6).</summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name, int? PlannedSize)> Programmes { get; private set; } = [];

    public async Task OnGetAsync(int? serviceId, CancellationToken ct)
    {
        Programmes = await handler.ProgrammesAsync(ct);
        Input = new Command { ServiceId = serviceId, Capacity = Programmes.FirstOrDefault(p => p.Id == serviceId).PlannedSize ?? 12 };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Programmes = await handler.ProgrammesAsync(ct);
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || Programmes.All(p => p.Id != Input.ServiceId))
        {
            validation.AddToModelState(ModelState, nameof(Input));
            if (Input.ServiceId is not null && Programmes.All(p => p.Id != Input.ServiceId))
            {
                ModelState.AddModelError("Input.ServiceId", t["Groups.ProgrammeRequired"]);
            }

            return Page();
        }

        var id = await handler.CreateAsync(Input, ct);
        TempData["StatusMessage"] = t["Groups.Created", Input.Name.Trim()].Value;
        return RedirectToPage("Details", new { id });
    }

    public sealed record Command
    {
        public int? ServiceId { get; init; }
        public string Name { get; init; } = string.Empty;
        public DateOnly? StartsOn { get; init; }
        public DateOnly? EndsOn { get; init; }
        public int? Capacity { get; init; }
        public string? Location { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ServiceId).NotNull().WithMessage(t["Groups.ProgrammeRequired"]);
            RuleFor(c => c.Name).RequiredText(t, "Groups.NameRequired", 200);
            RuleFor(c => c.StartsOn).NotNull().WithMessage(t["Groups.StartsOnRequired"]);
            RuleFor(c => c.EndsOn).Must((c, end) => end is null || c.StartsOn is null || end >= c.StartsOn).WithMessage(t["Groups.EndsBeforeStart"]);
            RuleFor(c => c.Capacity).NotNull().WithMessage(t["Groups.CapacityRange"]).InclusiveBetween(1, 100).WithMessage(t["Groups.CapacityRange"]);
            RuleFor(c => c.Location).OptionalText(t, 300);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, OrganisationInfo organisation)
    {
        public async Task<IReadOnlyList<(int Id, string Name, int? PlannedSize)>> ProgrammesAsync(CancellationToken ct)
        {
            var rows = await db.Services.AsNoTracking().Where(s => s.Type == ServiceType.EducationalAndSupportGroup && s.IsActive)
                .OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name, s.PlannedGroupSize }).ToListAsync(ct);
            return rows.Select(r => (r.Id, r.Code + " " + r.Name, r.PlannedGroupSize)).ToList();
        }

        public async Task<int> CreateAsync(Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var group = new ProgrammeGroup(await organisation.IdAsync(ct), command.ServiceId!.Value, command.Name, command.StartsOn!.Value, command.EndsOn, command.Capacity!.Value, command.Location);
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync(ct);
            await audit.WriteAsync(AuditActions.GroupCreate, "ProgrammeGroup", group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), group.Name, ct: ct);
            return group.Id;
        }
    }
}
