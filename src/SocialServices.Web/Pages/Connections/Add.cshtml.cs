using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

/// <summary>Records an outside connection of a client (the ecomap); it goes into the timeline of the client's open case.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class AddModel(AddModel.Handler handler, AccessScope scope, IValidator<AddModel.Command> validator, IStringLocalizer<SharedResource> t)
    : PageModel, IConnectionForm
{
    [BindProperty] public Command Input { get; set; } = new();

    ConnectionFields IConnectionForm.Input => Input;

    public ConnectionClient Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct) => await LoadAsync(clientId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken ct)
    {
        if (await LoadAsync(clientId, ct) is { } stop)
        {
            return stop;
        }

        if (!Client.CanChange)
        {
            return Page();
        }

        ClientText.LocaliseBindingErrors(ModelState, t);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await handler.AddAsync(clientId, Input, User, ct);
        TempData["StatusMessage"] = t["Connections.Added", Input.Name!.Trim()].Value;
        return RedirectToPage("Client", new { clientId });
    }

    /// <summary>Null to go on; 404 outside the user's scope, 403 for a read-only access (an auditor, an emergency access).</summary>
    private async Task<IActionResult?> LoadAsync(int clientId, CancellationToken ct)
    {
        var client = await ConnectionData.ClientAsync(scope, User, clientId, ct);
        if (client is null)
        {
            return NotFound();
        }

        if (client.Access != ClientAccess.Edit)
        {
            return Forbid();
        }

        Client = client;
        return null;
    }

    public sealed record Command : ConnectionFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock) => Include(new ConnectionFieldsValidator(t, clock));
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        public async Task<int> AddAsync(int clientId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (actor, now) = (CaseData.ActorOf(user), clock.GetUtcNow());
            var connection = new OutsideConnection(clientId, command.ToDetails(), actor, now);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.OutsideConnections.Add(connection);
            await ConnectionData.RecordOnOpenCasesAsync(db, clientId,
                () => t["Connections.Timeline.Added", ConnectionData.Summary(t, connection.Kind, connection.Name, connection.Strength, connection.Direction)], actor, now, ct);
            await db.SaveChangesAsync(ct);
            audit.AddForClient(AuditActions.ConnectionChange, clientId, details: string.Create(CultureInfo.InvariantCulture,
                $"connection={connection.Id}; added; kind={connection.Kind}; strength={connection.Strength}; direction={connection.Direction}"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return connection.Id;
        }
    }
}
