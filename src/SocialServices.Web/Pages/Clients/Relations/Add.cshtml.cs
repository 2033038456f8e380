using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Clients.Relations;

/// <summary>
/// Links a family member or legal representative to a client: either another client (found by personal code,
/// among the clients the user may see) or a person recorded only here.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class AddModel(AddModel.Handler handler, AccessScope scope, IValidator<AddModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ModeClient = "client";
    public const string ModePerson = "person";

    [BindProperty] public Command Input { get; set; } = new();

    public ClientHeader Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var header = await LoadAsync(id, ct);
        if (header is null)
        {
            return NotFound();
        }

        Client = header;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var header = await LoadAsync(id, ct);
        if (header is null)
        {
            return NotFound();
        }

        Client = header;
        if (Client.IsArchived)
        {
            return Page();
        }

        ClientText.LocaliseBindingErrors(ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await handler.AddAsync(id, Input, User, ct);
        if (outcome.Error is { } error)
        {
            if (error.BirthDateFromCode is { } fromCode)
            {
                // The code wins: the form shows the code's date and says so.
                ModelState.Remove(error.Field);
                ModelState.AddModelError(error.Field, t[error.Key, ClientText.Date(Input.PersonBirthDate), ClientText.Date(fromCode)]);
                Input = Input with { PersonBirthDate = fromCode };
            }
            else
            {
                ModelState.AddModelError(error.Field, t[error.Key]);
            }

            return Page();
        }

        TempData["StatusMessage"] = t["Clients.Relations.Added"].Value;
        return RedirectToPage("/Clients/Details", new { id });
    }

    private async Task<ClientHeader?> LoadAsync(int id, CancellationToken ct) =>
        await scope.ForClientAsync(User, id, ct) == ClientAccess.Edit ? await handler.HeaderAsync(id, ct) : null;

    public sealed record ClientHeader(int Id, string FullName, bool IsArchived);

    public sealed record Command
    {
        public RelationKind? Kind { get; init; }
        public bool IsLegalRepresentative { get; init; }
        public bool LivesInHousehold { get; init; }
        public string? Notes { get; init; }

        /// <summary><see cref="ModeClient"/>: an existing client by personal code; <see cref="ModePerson"/>: a person recorded here.</summary>
        public string Mode { get; init; } = ModeClient;

        public string? ClientPersonalCode { get; init; }
        public string? PersonFirstName { get; init; }
        public string? PersonLastName { get; init; }
        public DateOnly? PersonBirthDate { get; init; }
        public string? PersonPersonalCode { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock)
        {
            var today = ClientText.Today(clock);
            RuleFor(c => c.Kind).NotNull().WithMessage(t["Clients.Relations.KindRequired"]).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
            RuleFor(c => c.Notes).MultiLine(t, 1000);
            RuleFor(c => c.Mode).Must(m => m is ModeClient or ModePerson).WithMessage(t["Clients.InvalidValue"]);
            When(c => c.Mode == ModeClient, () =>
                RuleFor(c => c.ClientPersonalCode).Custom((code, context) =>
                {
                    if (string.IsNullOrWhiteSpace(code))
                    {
                        context.AddFailure(t["Clients.Relations.ClientCodeRequired"]);
                    }
                    else if (ClientText.CodeErrors(PersonalCode.Parse(code, today), t) is { } message)
                    {
                        context.AddFailure(message);
                    }
                }));
            When(c => c.Mode == ModePerson, () =>
            {
                RuleFor(c => c.PersonFirstName!).PersonName(t, t["Clients.FirstNameRequired"]);
                RuleFor(c => c.PersonLastName!).PersonName(t, t["Clients.LastNameRequired"]);
                RuleFor(c => c.PersonBirthDate).PastDate(t, today);
                RuleFor(c => c.PersonPersonalCode).Custom((code, context) =>
                {
                    if (!string.IsNullOrWhiteSpace(code) && ClientText.CodeErrors(PersonalCode.Parse(code, today), t) is { } message)
                    {
                        context.AddFailure(message);
                    }
                });
            });
        }
    }

    /// <summary>Why a relation was not added: the field, the message key, and the code's birth date when that was the reason.</summary>
    public sealed record AddError(string Field, string Key, DateOnly? BirthDateFromCode = null);

    public sealed record AddOutcome(int? RelationId, AddError? Error);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<ClientHeader?> HeaderAsync(int id, CancellationToken ct) =>
            db.Clients.AsNoTracking().Where(c => c.Id == id).Select(c => new ClientHeader(c.Id, c.FirstName + " " + c.LastName, c.IsArchived)).FirstOrDefaultAsync(ct);

        public async Task<AddOutcome> AddAsync(int clientId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            var today = ClientText.Today(clock);
            int? relatedClientId = null;
            RelatedPerson? person = null;
            if (command.Mode == ModeClient)
            {
                var code = PersonalCode.Parse(command.ClientPersonalCode, today).Code!.Value;
                // Out of scope looks exactly like not registered.
                relatedClientId = await scope.Clients(user).Where(c => c.PersonalCode == code).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
                if (relatedClientId is null)
                {
                    return Failed("Input.ClientPersonalCode", "Clients.Relations.ClientNotFound");
                }

                if (relatedClientId == clientId)
                {
                    return Failed("Input.ClientPersonalCode", "Clients.Relations.Self");
                }

                if (await db.ClientRelations.AnyAsync(r => r.ClientId == clientId && r.RelatedClientId == relatedClientId && r.EndedAt == null, ct))
                {
                    return Failed("Input.ClientPersonalCode", "Clients.Relations.AlreadyRelated");
                }
            }
            else
            {
                var code = string.IsNullOrWhiteSpace(command.PersonPersonalCode) ? null : PersonalCode.Parse(command.PersonPersonalCode, today).Code;
                if (code is not null && await scope.Clients(user).AnyAsync(c => c.PersonalCode == code.Value, ct))
                {
                    return Failed("Input.PersonPersonalCode", "Clients.Relations.PersonIsClient");
                }

                if (code?.BirthDate is { } fromCode && command.PersonBirthDate is { } typed && typed != fromCode)
                {
                    return new AddOutcome(null, new AddError("Input.PersonBirthDate", "Clients.BirthDateFromCode", fromCode));
                }

                person = new RelatedPerson(command.PersonFirstName!.Trim(), command.PersonLastName!.Trim(), code?.BirthDate ?? command.PersonBirthDate, code?.Value);
            }

            var client = await db.Clients.FirstAsync(c => c.Id == clientId, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var relation = client.AddRelation(command.Kind!.Value, command.IsLegalRepresentative, command.LivesInHousehold, relatedClientId, person, command.Notes, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            var details = string.Create(CultureInfo.InvariantCulture, $"relation={relation.Id}; kind={relation.Kind}")
                          + (relatedClientId is { } rid ? string.Create(CultureInfo.InvariantCulture, $"; related client={rid}") : "; person");
            audit.AddForClient(AuditActions.ClientRelationAdd, clientId, details: details);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new AddOutcome(relation.Id, null);
        }

        private static AddOutcome Failed(string field, string key) => new(null, new AddError(field, key));
    }
}
