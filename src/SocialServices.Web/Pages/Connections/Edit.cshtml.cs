using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Connections;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;
using SocialServices.Web.Pages.Clients;

namespace SocialServices.Web.Pages.Connections;

/// <summary>
/// Changes a connection (e.g. its strength as the situation changes) with optimistic concurrency: when someone else saved
/// in between, the page shows what is stored now beside what the user typed, keeps the typed values, and the next save is
/// a deliberate overwrite. An ended connection is not changed.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EditModel(EditModel.Handler handler, AccessScope scope, AppDbContext db, AuditLog audit, IValidator<EditModel.Command> validator, IStringLocalizer<SharedResource> t)
    : PageModel, IConnectionForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ConnectionFields IConnectionForm.Input => Input;

    public ConnectionClient Client { get; private set; } = null!;

    public ConnectionRow Stored { get; private set; } = null!;

    /// <summary>Set when someone else saved the connection after this form was opened: (label, stored now, yours) for every field that differs.</summary>
    public IReadOnlyList<(string Label, string Stored, string Yours)>? Conflict { get; private set; }

    public bool CanChange => Client.CanChange && Stored.EndedOn is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        Input = Command.From(Stored, _version);
        await audit.WriteForClientAsync(AuditActions.GenogramRead, Client.Id, details: string.Create(CultureInfo.InvariantCulture, $"page=connection-edit; connection={id}"), ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        if (!CanChange)
        {
            return Page();
        }

        ClientText.LocaliseBindingErrors(ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await handler.SaveAsync(id, Input, User, ct))
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Connections.Saved", Input.Name!.Trim()].Value;
                return RedirectToPage("Client", new { clientId = Client.Id });
            case SaveOutcome.Unchanged:
                TempData["StatusMessage"] = t["Connections.NoChanges"].Value;
                return RedirectToPage("Client", new { clientId = Client.Id });
            case SaveOutcome.Conflict:
                // Keep what the user typed; show what is stored now; the next save is a deliberate overwrite.
                if (await LoadAsync(id, ct) is { } gone)
                {
                    return gone;
                }

                Conflict = Differences(Stored, Input);
                ModelState.Remove("Input.Version");
                Input = Input with { Version = _version };
                ModelState.AddModelError(string.Empty, t["Connections.ConcurrencyConflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    private uint _version;

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var found = await ConnectionData.ConnectionAsync(scope, db, User, id, ct);
        if (found is not { } f)
        {
            return NotFound();
        }

        if (f.Client.Access != ClientAccess.Edit)
        {
            return Forbid();
        }

        (Client, Stored, _version) = f;
        return null;
    }

    private List<(string Label, string Stored, string Yours)> Differences(ConnectionRow stored, Command yours)
    {
        string Kind(ConnectionKind? k) => k is null ? string.Empty : t["Connections.Kind." + k];
        string Strength(ConnectionStrength? s) => s is null ? string.Empty : t["Connections.Strength." + s];
        string Direction(SupportDirection? d) => d is null ? string.Empty : t["Connections.Direction." + d];
        var rows = new List<(string, string, string)>
        {
            (t["Connections.Kind"], Kind(stored.Kind), Kind(yours.Kind)),
            (t["Connections.Name"], stored.Name, yours.Name?.Trim() ?? string.Empty),
            (t["Connections.Strength"], Strength(stored.Strength), Strength(yours.Strength)),
            (t["Connections.Direction"], Direction(stored.Direction), Direction(yours.Direction)),
            (t["Connections.Since"], ConnectionData.Date(stored.StartedOn), ConnectionData.Date(yours.StartedOn)),
            (t["Connections.Notes"], stored.Notes ?? string.Empty, string.IsNullOrWhiteSpace(yours.Notes) ? string.Empty : yours.Notes.Trim()),
        };
        return rows.Where(r => r.Item2 != r.Item3).ToList();
    }

    public sealed record Command : ConnectionFields
    {
        /// <summary>The connection's concurrency token (PostgreSQL xmin) when the form was opened.</summary>
        public uint Version { get; init; }

        public static Command From(ConnectionRow row, uint version)
        {
            ArgumentNullException.ThrowIfNull(row);
            return new Command
            {
                Kind = row.Kind,
                Name = row.Name,
                Strength = row.Strength,
                Direction = row.Direction,
                StartedOn = row.StartedOn,
                Notes = row.Notes,
                Version = version,
            };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock) => Include(new ConnectionFieldsValidator(t, clock));
    }

    public enum SaveOutcome
    {
        Saved,
        Unchanged,
        Conflict,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        public async Task<SaveOutcome> SaveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var connection = await db.OutsideConnections.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (connection is null)
            {
                return SaveOutcome.NotFound;
            }

            var version = db.Entry(connection).Property<uint>("Version");
            if (connection.IsEnded || version.CurrentValue != command.Version)
            {
                return SaveOutcome.Conflict;
            }

            version.OriginalValue = command.Version;
            var before = connection.Details;
            var (actor, now) = (CaseData.ActorOf(user), clock.GetUtcNow());
            if (!connection.Update(command.ToDetails(), actor, now))
            {
                return SaveOutcome.Unchanged;
            }

            var after = connection.Details;
            await ConnectionData.RecordOnOpenCasesAsync(db, connection.ClientId, () =>
            {
                var text = t["Connections.Timeline.Changed", ConnectionData.Summary(t, after.Kind, after.Name, after.Strength, after.Direction)].Value;
                return before.Strength != after.Strength || before.Direction != after.Direction
                    ? text + " " + t["Connections.Timeline.Before", ConnectionData.Lower(t["Connections.Strength." + before.Strength]), ConnectionData.Lower(t["Connections.Direction." + before.Direction])]
                    : text;
            }, actor, now, ct);
            audit.AddForClient(AuditActions.ConnectionChange, connection.ClientId, details: string.Create(CultureInfo.InvariantCulture,
                $"connection={id}; changed; kind={Change(before.Kind, after.Kind)}; strength={Change(before.Strength, after.Strength)}; direction={Change(before.Direction, after.Direction)}"));
            try
            {
                await db.SaveChangesAsync(ct);
                return SaveOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Nothing of this attempt (the timeline entry, the audit entry) may be saved by a later SaveChanges in the request.
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
        }

        private static string Change<T>(T before, T after)
            where T : struct, Enum =>
            before.Equals(after) ? after.ToString() : before + "->" + after;
    }
}
