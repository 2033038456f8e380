using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>
/// An administrator edits a catalogue entry (the code stays), retires or reinstates it. Optimistic concurrency:
/// when someone else saved in between, the page shows what is stored now beside what the user typed, keeps the
/// typed values, and the next save is a deliberate overwrite.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class EditModel(EditModel.Handler handler, IValidator<EditModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel, IServiceForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ServiceFields IServiceForm.Input => Input;

    public Snapshot Current { get; private set; } = null!;

    public IReadOnlyList<CatalogueMunicipality> Municipalities { get; private set; } = [];

    /// <summary>Set when someone else saved the service after this form was opened: (label, stored now, yours) for every field that differs.</summary>
    public IReadOnlyList<(string Label, string Stored, string Yours)>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = Command.From(Current);
        return Page();
    }

    /// <summary>"Add a rule": posts the whole form back, keeps everything typed and adds an empty row.</summary>
    public async Task<IActionResult> OnPostAddRuleAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        CatalogueData.LocaliseBindingErrors(ModelState, t);
        Input = Input with { Id = id };
        if (Input.Rules.Count < RuleRows.MaxRows)
        {
            Input.Rules.Add(new RuleRow());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = Input with { Id = id };
        CatalogueData.LocaliseBindingErrors(ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        RuleRows.CheckMunicipalities(Input, Municipalities, ModelState, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await handler.SaveAsync(Input, ct);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Catalogue.Saved", Input.Name.Trim()].Value;
                return RedirectToPage("Details", new { id });
            case SaveOutcome.Unchanged:
                TempData["StatusMessage"] = t["Catalogue.NoChanges"].Value;
                return RedirectToPage("Details", new { id });
            case SaveOutcome.Conflict:
                return await ShowConflictAsync(id, keepInput: true, ct);
            default:
                return NotFound();
        }
    }

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => ChangeActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct) => ChangeActiveAsync(id, true, ct);

    private async Task<IActionResult> ChangeActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // Only the version matters here; the form's other fields are shown as they are stored.
        ModelState.Clear();
        var outcome = await handler.SetActiveAsync(id, Input.Version, active, ct);
        switch (outcome)
        {
            case SaveOutcome.Saved:
            case SaveOutcome.Unchanged:
                TempData["StatusMessage"] = t[active ? "Catalogue.Reinstated" : "Catalogue.Retired", Current.Name].Value;
                return RedirectToPage("Details", new { id });
            case SaveOutcome.Conflict:
                return await ShowConflictAsync(id, keepInput: false, ct);
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var current = await handler.LoadAsync(id, ct);
        if (current is null)
        {
            return false;
        }

        Current = current;
        Municipalities = await handler.MunicipalitiesAsync(ct);
        return true;
    }

    /// <summary>Shows what is stored now; keeps the user's input (or, for retire/reinstate, shows the stored fields); the next save is deliberate.</summary>
    private async Task<IActionResult> ShowConflictAsync(int id, bool keepInput, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var names = Municipalities.Names();
        var stored = CatalogueData.Display(Current.Fields, t, names);
        var yours = CatalogueData.Display(keepInput ? Input : Current.Fields, t, names);
        Conflict = stored.Zip(yours, (s, y) => (s.Label, Stored: s.Value, Yours: y.Value)).Where(r => r.Stored != r.Yours).ToList();
        ModelState.Remove("Input.Version");
        Input = keepInput ? Input with { Version = Current.Version } : Command.From(Current);
        ModelState.AddModelError(string.Empty, t["Catalogue.ConcurrencyConflict"]);
        return Page();
    }

    public sealed record Snapshot(int Id, string Code, ServiceFields Fields, uint Version, bool IsActive)
    {
        public string Name => Fields.Name;
    }

    public sealed record Command : ServiceFields
    {
        public Command()
        {
        }

        private Command(ServiceFields fields)
            : base(fields)
        {
        }

        public int Id { get; init; }

        /// <summary>The service's concurrency token (PostgreSQL xmin) when the form was opened.</summary>
        public uint Version { get; init; }

        public static Command From(Snapshot snapshot)
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            // A copy of the rows: the page may add to the list.
            return new Command(snapshot.Fields with { Rules = [.. snapshot.Fields.Rules] }) { Id = snapshot.Id, Version = snapshot.Version };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t) => Include(new ServiceFieldsValidator(t));
    }

    public enum SaveOutcome
    {
        Saved,
        Unchanged,
        Conflict,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public Task<IReadOnlyList<CatalogueMunicipality>> MunicipalitiesAsync(CancellationToken ct) => CatalogueData.MunicipalitiesAsync(db, ct);

        public async Task<Snapshot?> LoadAsync(int id, CancellationToken ct)
        {
            var row = await db.Services.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { Service = s, Version = EF.Property<uint>(s, "Version") })
                .FirstOrDefaultAsync(ct);
            return row is null ? null : new Snapshot(id, row.Service.Code, ServiceFields.From(row.Service), row.Version, row.Service.IsActive);
        }

        public async Task<SaveOutcome> SaveAsync(Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var service = await db.Services.FirstOrDefaultAsync(s => s.Id == command.Id, ct);
            if (service is null)
            {
                return SaveOutcome.NotFound;
            }

            var before = CatalogueData.Values(service);
            db.Entry(service).Property("Version").OriginalValue = command.Version;
            service.Update(command.ToDetails());
            var after = CatalogueData.Values(service);
            var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
            if (changed.Count == 0)
            {
                return SaveOutcome.Unchanged;
            }

            audit.Add(AuditActions.ServiceUpdate, "Service", Id(service.Id), "code=" + service.Code + "; changed: " + string.Join(", ", changed));
            return await SaveAsync(ct);
        }

        public async Task<SaveOutcome> SetActiveAsync(int id, uint version, bool active, CancellationToken ct)
        {
            var service = await db.Services.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (service is null)
            {
                return SaveOutcome.NotFound;
            }

            db.Entry(service).Property("Version").OriginalValue = version;
            if (service.IsActive == active)
            {
                return db.Entry(service).Property<uint>("Version").CurrentValue == version ? SaveOutcome.Unchanged : SaveOutcome.Conflict;
            }

            if (active)
            {
                service.Reinstate();
            }
            else
            {
                service.Retire();
            }

            audit.Add(active ? AuditActions.ServiceReinstate : AuditActions.ServiceRetire, "Service", Id(service.Id), "code=" + service.Code);
            return await SaveAsync(ct);
        }

        private async Task<SaveOutcome> SaveAsync(CancellationToken ct)
        {
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
        }

        private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
