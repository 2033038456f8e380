using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Connections;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Diagrams;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Connections;

/// <summary>
/// A client's genogram and ecomap, each drawn as SVG with a table of the same data beside it, and the recorded outside
/// connections with their edit links; made to print on A4. Every view is written to the audit log; a client outside the
/// user's scope is "not found".
/// </summary>
public sealed class ClientModel(ClientModel.Handler handler) : PageModel
{
    public View Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        var data = await handler.LoadAsync(clientId, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public sealed record View(
        ConnectionClient Client,
        DateOnly Today,
        GenogramLayout Genogram,
        EcomapLayout Ecomap,
        IReadOnlyList<EcomapHouseholdMember> Household,
        IReadOnlyList<ConnectionRow> Current,
        IReadOnlyList<ConnectionRow> Ended);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<View?> LoadAsync(int clientId, ClaimsPrincipal user, CancellationToken ct)
        {
            var client = await ConnectionData.ClientAsync(scope, user, clientId, ct);
            if (client is null)
            {
                return null;
            }

            var today = LatvianTime.Today(clock);
            var family = await ConnectionData.FamilyAsync(db, scope, user, clientId, today, ct);
            var genogram = Genogram.Layout(family.Input);
            var connections = await ConnectionData.ConnectionsAsync(db, clientId, ct);
            var current = connections.Where(c => c.EndedOn is null).ToList();
            var ecomap = Ecomap.Layout(current.Select(c => c.ToItem()).ToList());

            await audit.WriteForClientAsync(AuditActions.GenogramRead, clientId, ct: ct);
            return new View(client, today, genogram, ecomap, ConnectionData.Household(genogram), current, connections.Where(c => c.EndedOn is not null).ToList());
        }
    }
}
