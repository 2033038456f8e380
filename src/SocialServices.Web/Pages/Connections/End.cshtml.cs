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

/// <summary>Ends a connection on a date (with an optional reason). Connections are never deleted: the ended ones stay listed.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EndModel(EndModel.Handler handler, AccessScope scope, AppDbContext db, IValidator<EndModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock)
    : PageModel
{
    public const string StartedKey = "StartedOn";

    [BindProperty] public Command Input { get; set; } = new();

    public ConnectionClient Client { get; private set; } = null!;

    public ConnectionRow Stored { get; private set; } = null!;

    /// <summary>Someone else changed or ended the connection after this form was opened.</summary>
    public bool HasConflict { get; private set; }

    public bool CanChange => Client.CanChange && Stored.EndedOn is null;

    private uint _version;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command { Version = _version, EndedOn = LatvianTime.Today(clock) };
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
        var context = CaseRules.With(Input, (OpenModel.TodayKey, LatvianTime.Today(clock)), (StartedKey, Stored.StartedOn));
        (await validator.ValidateAsync(context, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await handler.EndAsync(id, Input, User, ct))
        {
            TempData["StatusMessage"] = t["Connections.EndedMessage", Stored.Name].Value;
            return RedirectToPage("Client", new { clientId = Client.Id });
        }

        // Changed or ended meanwhile: show it as it is now, keep the date and reason typed, carry the new version.
        if (await LoadAsync(id, ct) is { } gone)
        {
            return gone;
        }

        HasConflict = true;
        ModelState.Remove("Input.Version");
        Input = Input with { Version = _version };
        return Page();
    }

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

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? EndedOn { get; init; }
        public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EndedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Connections.EndedOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(OpenModel.TodayKey)).WithMessage(t["Cases.DateInFuture"])
                .Must((_, date, context) => !context.RootContextData.TryGetValue(StartedKey, out var value) || value is not DateOnly started || date >= started).WithMessage(t["Connections.EndedBeforeStarted"]);
            RuleFor(c => c.Reason).MultiLine(t, OutsideConnection.EndReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        /// <summary>False when the connection changed or ended after the form was opened.</summary>
        public async Task<bool> EndAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var connection = await db.OutsideConnections.FirstAsync(c => c.Id == id, ct);
            var version = db.Entry(connection).Property<uint>("Version");
            if (connection.IsEnded || version.CurrentValue != command.Version || command.EndedOn < connection.StartedOn)
            {
                return false;
            }

            version.OriginalValue = command.Version;
            var (actor, now) = (CaseData.ActorOf(user), clock.GetUtcNow());
            connection.End(command.EndedOn!.Value, command.Reason, actor, now);
            await ConnectionData.RecordOnOpenCasesAsync(db, connection.ClientId,
                () => t["Connections.Timeline.Ended", t["Connections.Kind." + connection.Kind], connection.Name, ConnectionData.Date(connection.EndedOn)]
                      + (connection.EndReason is { } reason ? " " + t["Connections.Timeline.Reason", reason] : string.Empty),
                actor, now, ct);
            audit.AddForClient(AuditActions.ConnectionChange, connection.ClientId,
                details: string.Create(CultureInfo.InvariantCulture, $"connection={id}; ended={connection.EndedOn:yyyy-MM-dd}; kind={connection.Kind}"), reason: connection.EndReason);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }
}
