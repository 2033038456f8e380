using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Eligibility;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>An administrator adds a service to the catalogue: its code (unique, never changed afterwards), fields and eligibility rules.</summary>
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed partial class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel, IServiceForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ServiceFields IServiceForm.Input => Input;

    public IReadOnlyList<CatalogueMunicipality> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await handler.MunicipalitiesAsync(ct);
        // Services are for the residents of the organisation's municipality (002 §3): a new one starts with that rule, which can be removed.
        var home = await handler.HomeMunicipalityAsync(ct);
        Input = new Command
        {
            Funding = FundingSource.Municipal,
            Rules = home is null ? [new RuleRow()] : [new RuleRow { Kind = RuleKind.ResidenceInMunicipality, MunicipalityId = home }],
        };
    }

    /// <summary>"Add a rule": posts the whole form back, keeps everything typed and adds an empty row.</summary>
    public async Task<IActionResult> OnPostAddRuleAsync(CancellationToken ct)
    {
        Municipalities = await handler.MunicipalitiesAsync(ct);
        CatalogueData.LocaliseBindingErrors(ModelState, t);
        if (Input.Rules.Count < RuleRows.MaxRows)
        {
            Input.Rules.Add(new RuleRow());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Municipalities = await handler.MunicipalitiesAsync(ct);
        CatalogueData.LocaliseBindingErrors(ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        RuleRows.CheckMunicipalities(Input, Municipalities, ModelState, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = await handler.CreateAsync(Input, ct);
        if (id is null)
        {
            ModelState.AddModelError("Input.Code", t["Catalogue.CodeTaken"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Catalogue.Created", Input.Name.Trim()].Value;
        return RedirectToPage("Details", new { id });
    }

    public sealed record Command : ServiceFields
    {
        public const int CodeMaxLength = 20;

        public string Code { get; init; } = string.Empty;
    }

    public sealed partial class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            ArgumentNullException.ThrowIfNull(t);
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
                .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(t["Catalogue.CodeRequired"])
                .Must(c => c.Trim().Length <= Command.CodeMaxLength).WithMessage(t["Catalogue.CodeTooLong", Command.CodeMaxLength])
                .Must(c => CodePattern().IsMatch(c.Trim())).WithMessage(t["Catalogue.CodeFormat"]);
            Include(new ServiceFieldsValidator(t));
        }

        /// <summary>Letters, digits, dots, hyphens and underscores, starting with a letter or digit ("6.1.9", "DAC-2").</summary>
        [GeneratedRegex(@"^[\p{L}\d][\p{L}\d._-]*$")]
        private static partial Regex CodePattern();
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public Task<IReadOnlyList<CatalogueMunicipality>> MunicipalitiesAsync(CancellationToken ct) => CatalogueData.MunicipalitiesAsync(db, ct);

        public async Task<int?> HomeMunicipalityAsync(CancellationToken ct) =>
            await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => (int?)o.MunicipalityId).FirstOrDefaultAsync(ct);

        /// <summary>Adds the service; null when its code is taken (compared without regard to case).</summary>
        public async Task<int?> CreateAsync(Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var code = command.Code.Trim();
            // The catalogue is small: compare its codes here, without regard to case ("ab" is taken when "AB" is).
            var codes = await db.Services.AsNoTracking().Select(s => s.Code).ToListAsync(ct);
            if (codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var details = command.ToDetails();
            var service = new Service(code, details.Name, details.Type, details.Funding);
            service.Update(details);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Services.Add(service);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                return null;
            }

            // The id is known only after the insert; the entry commits in the same transaction.
            audit.Add(AuditActions.ServiceCreate, "Service", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "code=" + service.Code);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return service.Id;
        }
    }
}
