using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Contracts;

/// <summary>The provider's delegation contracts with municipalities (the annual report is made per contract and year).</summary>
public sealed class IndexModel(AppDbContext db, OrganisationInfo organisation) : PageModel
{
    public sealed record Row(int Id, string Number, string Municipality, DateOnly SignedOn, DateOnly ValidFrom, DateOnly? ValidTo, int Services);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        Rows = await db.DelegationContracts.AsNoTracking().Where(c => c.OrganisationId == organisationId)
            .OrderByDescending(c => c.ValidFrom).ThenBy(c => c.Number)
            .Select(c => new Row(c.Id, c.Number, db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).First(), c.SignedOn, c.ValidFrom, c.ValidTo, c.ServiceIds.Count))
            .ToListAsync(ct);
    }
}
