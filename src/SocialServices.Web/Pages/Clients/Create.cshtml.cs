using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Common;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Clients;

/// <summary>
/// Registers a client. The personal code is checked (one message per kind of mistake, a warning to confirm for
/// a check digit of 10 written as 0), a second client with the same code is refused, and a person without a
/// code is compared with the clients already registered before saving.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock, AuditLog audit)
    : PageModel, IClientForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ClientFields IClientForm.Input => Input;

    public IReadOnlyList<MunicipalityOption> Municipalities { get; private set; } = [];

    public bool NewFormatCode { get; private set; }

    public bool CheckDigitWarning { get; private set; }

    public DuplicateClient? Duplicate { get; private set; }

    /// <summary>Registered clients who may be this person (shown when there is no code).</summary>
    public IReadOnlyList<PossibleMatch> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Municipalities = await handler.MunicipalitiesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Municipalities = await handler.MunicipalitiesAsync(ct);
        ClientText.LocaliseBindingErrors(ModelState, t);
        ClientText.CheckMunicipality(Input, Municipalities, ModelState, t);
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddToModelState(ModelState, nameof(Input));

        var check = CodeCheck.Run(Input, ClientText.Today(clock), confirmationNeeded: true, ModelState, t);
        NewFormatCode = check.NewFormat;
        CheckDigitWarning = check.CheckDigitWarning;
        if (check.BirthDateFromCode is { } fromCode)
        {
            Input = Input with { BirthDate = fromCode };
        }

        var code = check.Code;
        if (code is not null)
        {
            Duplicate = await handler.DuplicateAsync(code.Value, User, ct);
            if (Duplicate is { InScope: false } probed)
            {
                // Telling that a code belongs to a client outside one's scope is itself a disclosure: it leaves a trace.
                await audit.WriteForClientAsync(AuditActions.ClientSearch, probed.Id, details: "kind=duplicate-code", ct: ct);
            }

            if (Duplicate is not null)
            {
                ModelState.AddModelError("Input.PersonalCode", t[Duplicate.InScope ? "Clients.Duplicate" : "Clients.DuplicateOutOfScope"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (code is null)
        {
            Matches = await handler.PossibleMatchesAsync(Input, User, ct);
            foreach (var match in Matches.Where(m => !m.InScope))
            {
                await audit.WriteForClientAsync(AuditActions.ClientSearch, match.Id, details: "kind=possible-match", ct: ct);
            }
            if (Matches.Count > 0 && !Input.ConfirmDifferentPerson)
            {
                ModelState.AddModelError("Input.ConfirmDifferentPerson", t["Clients.Matches.ConfirmRequired"]);
                return Page();
            }
        }

        var id = await handler.RegisterAsync(Input, User, ct);
        if (id is null)
        {
            // Someone registered the same code a moment ago: the unique index said no.
            Duplicate = await handler.DuplicateAsync(code!.Value, User, ct);
            ModelState.AddModelError("Input.PersonalCode", t[Duplicate?.InScope == true ? "Clients.Duplicate" : "Clients.DuplicateOutOfScope"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Clients.Registered"].Value;
        return RedirectToPage("Details", new { id });
    }

    public sealed record Command : ClientFields
    {
        /// <summary>The user has looked at the possible matches and says this is a different person.</summary>
        public bool ConfirmDifferentPerson { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock) => Include(new ClientFieldsValidator(t, clock));
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public Task<IReadOnlyList<MunicipalityOption>> MunicipalitiesAsync(CancellationToken ct) => ClientQueries.MunicipalitiesAsync(db, ct);

        public Task<DuplicateClient?> DuplicateAsync(string code, ClaimsPrincipal user, CancellationToken ct) =>
            ClientQueries.DuplicateAsync(db, scope.Clients(user), code, null, ct);

        /// <summary>
        /// Clients of the organisation with the same first and last name (folded: "Berzins" is "Bērziņš"), or the
        /// same last name and birth date. Names only of those the user may see.
        /// </summary>
        public async Task<IReadOnlyList<PossibleMatch>> PossibleMatchesAsync(ClientFields input, ClaimsPrincipal user, CancellationToken ct)
        {
            var organisationId = await organisation.IdAsync(ct);
            var name = TextFolding.Fold(input.FirstName + " " + input.LastName);
            var lastName = TextFolding.Fold(input.LastName);
            var candidates = await db.Clients.AsNoTracking()
                .Where(c => c.OrganisationId == organisationId && (c.SearchName == name || (input.BirthDate != null && c.BirthDate == input.BirthDate)))
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthDate, c.SearchName })
                .Take(200)
                .ToListAsync(ct);
            var matches = candidates.Where(c => c.SearchName == name || TextFolding.Fold(c.LastName) == lastName).ToList();
            if (matches.Count == 0)
            {
                return [];
            }

            var ids = matches.Select(m => m.Id).ToList();
            var visible = await scope.Clients(user).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            return matches
                .Select(m => visible.Contains(m.Id) ? new PossibleMatch(m.Id, true, m.FirstName + " " + m.LastName, m.BirthDate) : new PossibleMatch(m.Id, false, null, null))
                .OrderByDescending(m => m.InScope)
                .ToList();
        }

        /// <summary>Saves the client; null when the personal code was taken in the meantime.</summary>
        public async Task<int?> RegisterAsync(ClientFields input, ClaimsPrincipal user, CancellationToken ct)
        {
            var organisationId = await organisation.IdAsync(ct);
            var today = ClientText.Today(clock);
            var client = new Client(organisationId, input.ToDetails(today), user.UserId()!, clock.GetUtcNow());
            if (input.DataProcessingInformedOn is { } informedOn)
            {
                client.RecordDataProcessingInformed(informedOn, user.FullName());
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Clients.Add(client);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (ClientText.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return null;
            }

            audit.AddForClient(AuditActions.ClientCreate, client.Id, details: client.PersonalCode is null ? "without personal code" : null);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return client.Id;
        }
    }
}
