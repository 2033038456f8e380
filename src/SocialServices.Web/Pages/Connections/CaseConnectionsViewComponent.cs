using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Connections;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Diagrams;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Connections;

/// <summary>
/// The case page's section on the client's genogram and ecomap: small drawings, a one-line summary and the link to the
/// full (printable) page. It checks the scope itself: a case the user may not see renders nothing.
/// </summary>
public sealed class CaseConnectionsViewComponent(AppDbContext db, AccessScope scope, TimeProvider clock) : ViewComponent
{
    public const string ViewPath = "~/Pages/Connections/_CaseConnections.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = UserClaimsPrincipal;
        var clientId = (await scope.CaseAsync(user, caseId, ct))?.ClientId;
        var client = clientId is null ? null : await ConnectionData.ClientAsync(scope, user, clientId.Value, ct);
        if (client is null)
        {
            return Content(string.Empty);
        }

        var family = await ConnectionData.FamilyAsync(db, scope, user, client.Id, LatvianTime.Today(clock), ct);
        var genogram = Genogram.Layout(family.Input);
        var current = (await ConnectionData.ConnectionsAsync(db, client.Id, ct)).Where(c => c.EndedOn is null).ToList();
        var ecomap = Ecomap.Layout(current.Select(c => c.ToItem()).ToList());
        return View(ViewPath, new Section(client, genogram, ecomap, ConnectionData.Household(genogram), current));
    }

    public sealed record Section(ConnectionClient Client, GenogramLayout Genogram, EcomapLayout Ecomap, IReadOnlyList<EcomapHouseholdMember> Household, IReadOnlyList<ConnectionRow> Current)
    {
        public int Count(ConnectionStrength strength) => Current.Count(c => c.Strength == strength);
    }
}
