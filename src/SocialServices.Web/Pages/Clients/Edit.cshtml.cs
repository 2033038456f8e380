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

namespace SocialServices.Web.Pages.Clients;

/// <summary>
/// Edits a client's data with optimistic concurrency: when someone else saved in between, the page shows what
/// is stored now beside what the user typed, keeps the typed values, and the next save is a deliberate overwrite.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EditModel(EditModel.Handler handler, AccessScope scope, IValidator<EditModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock, AuditLog audit)
    : PageModel, IClientForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ClientFields IClientForm.Input => Input;

    public Snapshot? Current { get; private set; }

    /// <summary>Set when someone else saved the client after this form was opened: (label, stored now, yours) for every field that differs.</summary>
    public IReadOnlyList<(string Label, string Stored, string Yours)>? Conflict { get; private set; }

    public IReadOnlyList<MunicipalityOption> Municipalities { get; private set; } = [];

    public bool NewFormatCode { get; private set; }

    public bool CheckDigitWarning { get; private set; }

    public DuplicateClient? Duplicate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await scope.ForClientAsync(User, id, ct) != ClientAccess.Edit)
        {
            return NotFound();
        }

        Current = await handler.LoadAsync(id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        Municipalities = await handler.MunicipalitiesAsync(ct);
        Input = Command.From(Current);
        // The edit form shows the whole record: it is a read of the client's data.
        await audit.WriteForClientAsync(AuditActions.ClientRead, id, details: "page=edit", ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await scope.ForClientAsync(User, id, ct) != ClientAccess.Edit)
        {
            return NotFound();
        }

        Current = await handler.LoadAsync(id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        Municipalities = await handler.MunicipalitiesAsync(ct);
        if (Current.IsArchived)
        {
            return Page();
        }

        Input = Input with { Id = id };
        ClientText.LocaliseBindingErrors(ModelState, t);
        ClientText.CheckMunicipality(Input, Municipalities, ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));

        var today = ClientText.Today(clock);
        var storedCode = Current.Fields.PersonalCode;
        var check = CodeCheck.Run(Input, today, confirmationNeeded: false, ModelState, t);
        NewFormatCode = check.NewFormat;
        if (check.Code is { } code && code.Value != storedCode)
        {
            // A changed code is checked like a new one: confirmation of an odd check digit, and no duplicates.
            CheckDigitWarning = check.CheckDigitWarning;
            if (CheckDigitWarning && !Input.ConfirmCheckDigit)
            {
                ModelState.AddModelError("Input.ConfirmCheckDigit", t["Clients.Code.ConfirmCheckDigitRequired"]);
            }

            Duplicate = await handler.DuplicateAsync(code.Value, id, User, ct);
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

        if (check.BirthDateFromCode is { } fromCode)
        {
            Input = Input with { BirthDate = fromCode };
        }

        if (Current.Fields.DataProcessingInformedOn is not null && Input.DataProcessingInformedOn is null)
        {
            ModelState.AddModelError("Input.DataProcessingInformedOn", t["Clients.InformedCannotBeRemoved"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await handler.SaveAsync(Input, User, ct);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Clients.Saved"].Value;
                return RedirectToPage("Details", new { id });
            case SaveOutcome.Unchanged:
                TempData["StatusMessage"] = t["Clients.NoChanges"].Value;
                return RedirectToPage("Details", new { id });
            case SaveOutcome.Duplicate:
                Duplicate = await handler.DuplicateAsync(check.Code!.Value, id, User, ct);
                ModelState.AddModelError("Input.PersonalCode", t[Duplicate?.InScope == true ? "Clients.Duplicate" : "Clients.DuplicateOutOfScope"]);
                return Page();
            case SaveOutcome.Conflict:
                // Keep what the user typed; show what is stored now; the next save is a deliberate overwrite.
                Current = await handler.LoadAsync(id, ct);
                if (Current is null)
                {
                    return NotFound();
                }

                var stored = ClientText.Display(Current.Fields, t, Municipalities);
                var yours = ClientText.Display(Input, t, Municipalities);
                Conflict = stored.Zip(yours, (s, y) => (s.Label, Stored: s.Value, Yours: y.Value)).Where(r => r.Stored != r.Yours).ToList();
                ModelState.Remove("Input.Version");
                Input = Input with { Version = Current.Version };
                ModelState.AddModelError(string.Empty, t["Clients.ConcurrencyConflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public sealed record Snapshot(int Id, ClientFields Fields, uint Version, bool IsArchived, string FullName);

    public sealed record Command : ClientFields
    {
        public Command()
        {
        }

        private Command(ClientFields fields)
            : base(fields)
        {
        }

        public int Id { get; init; }

        /// <summary>The client's concurrency token (PostgreSQL xmin) when the form was opened.</summary>
        public uint Version { get; init; }

        public static Command From(Snapshot snapshot)
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            return new Command(snapshot.Fields) { Id = snapshot.Id, Version = snapshot.Version };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock) => Include(new ClientFieldsValidator(t, clock));
    }

    public enum SaveOutcome
    {
        Saved,
        Unchanged,
        Conflict,
        Duplicate,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<IReadOnlyList<MunicipalityOption>> MunicipalitiesAsync(CancellationToken ct) => ClientQueries.MunicipalitiesAsync(db, ct);

        public Task<DuplicateClient?> DuplicateAsync(string code, int exceptId, ClaimsPrincipal user, CancellationToken ct) =>
            ClientQueries.DuplicateAsync(db, scope.Clients(user), code, exceptId, ct);

        public async Task<Snapshot?> LoadAsync(int id, CancellationToken ct)
        {
            var row = await db.Clients.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { Client = c, Version = EF.Property<uint>(c, "Version") })
                .FirstOrDefaultAsync(ct);
            return row is null ? null : new Snapshot(id, ClientFields.From(row.Client), row.Version, row.Client.IsArchived, row.Client.FullName);
        }

        public async Task<SaveOutcome> SaveAsync(Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == command.Id, ct);
            if (client is null)
            {
                return SaveOutcome.NotFound;
            }

            var before = ClientText.Values(client);
            db.Entry(client).Property("Version").OriginalValue = command.Version;
            client.Update(command.ToDetails(ClientText.Today(clock)));
            if (command.DataProcessingInformedOn is { } informedOn && informedOn != client.DataProcessingInformedOn)
            {
                client.RecordDataProcessingInformed(informedOn, user.FullName());
            }

            var after = ClientText.Values(client);
            var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
            if (changed.Count == 0)
            {
                return SaveOutcome.Unchanged;
            }

            audit.AddForClient(AuditActions.ClientUpdate, client.Id, details: "changed: " + string.Join(", ", changed));
            try
            {
                await db.SaveChangesAsync(ct);
                return SaveOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
            catch (DbUpdateException e) when (ClientText.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return SaveOutcome.Duplicate;
            }
        }
    }
}
