using System.Globalization;
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

/// <summary>Ends a client's relation (with a reason); relations are never deleted, the ended ones stay visible.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EndModel(EndModel.Handler handler, AccessScope scope, IValidator<EndModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public RelationHeader Relation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int relationId, CancellationToken ct)
    {
        var header = await LoadAsync(id, relationId, ct);
        if (header is null)
        {
            return NotFound();
        }

        Relation = header;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int relationId, CancellationToken ct)
    {
        var header = await LoadAsync(id, relationId, ct);
        if (header is null)
        {
            return NotFound();
        }

        Relation = header;
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await handler.EndAsync(id, relationId, Input.Reason!.Trim(), ct);
        TempData["StatusMessage"] = t["Clients.Relations.EndedMessage"].Value;
        return RedirectToPage("/Clients/Details", new { id });
    }

    private async Task<RelationHeader?> LoadAsync(int id, int relationId, CancellationToken ct) =>
        await scope.ForClientAsync(User, id, ct) == ClientAccess.Edit ? await handler.HeaderAsync(id, relationId, ct) : null;

    public sealed record RelationHeader(int ClientId, string ClientName, int RelationId, RelationKind Kind, string Name);

    public sealed record Command
    {
        public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage(t["Clients.Relations.EndReasonRequired"]).MultiLine(t, 1000);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        /// <summary>A current relation of the client (an ended one cannot be ended again).</summary>
        public Task<RelationHeader?> HeaderAsync(int clientId, int relationId, CancellationToken ct) =>
            db.ClientRelations.AsNoTracking()
                .Where(r => r.Id == relationId && r.ClientId == clientId && r.EndedAt == null)
                .Select(r => new RelationHeader(
                    clientId,
                    db.Clients.Where(c => c.Id == clientId).Select(c => c.FirstName + " " + c.LastName).First(),
                    r.Id,
                    r.Kind,
                    r.RelatedClientId != null
                        ? db.Clients.Where(c => c.Id == r.RelatedClientId).Select(c => c.FirstName + " " + c.LastName).First()
                        : r.Person!.FirstName + " " + r.Person.LastName))
                .FirstOrDefaultAsync(ct);

        public async Task EndAsync(int clientId, int relationId, string reason, CancellationToken ct)
        {
            var client = await db.Clients.Include(c => c.Relations).FirstAsync(c => c.Id == clientId, ct);
            if (client.Relations.All(r => r.Id != relationId || !r.IsCurrent))
            {
                // Ended meanwhile (a second click, or someone else): nothing more to do.
                return;
            }

            client.EndRelation(relationId, clock.GetUtcNow(), reason);
            audit.AddForClient(AuditActions.ClientRelationEnd, clientId, details: string.Create(CultureInfo.InvariantCulture, $"relation={relationId}"), reason: reason);
            await db.SaveChangesAsync(ct);
        }
    }
}
