using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// A client's community-based services: the target groups met (or what is missing), the community facts, the service episodes
/// with the units delivered, respite days used per calendar year, the support person; links to start and end episodes.
/// </summary>
public sealed class ClientModel(ClientModel.Handler handler) : PageModel
{
    public ClientView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        var view = await handler.LoadAsync(clientId, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public sealed record EpisodeRow(int Id, int CaseId, string CaseNumber, string Service, ServiceType Type, string Provider, DateOnly StartOn, DateOnly? PlannedEnd,
        DateOnly? EndedOn, string? EndReason, ServiceUnit? Unit, decimal UnitsThisMonth, decimal UnitsTotal);

    public sealed record OpenCase(int Id, string Number);

    public sealed record ClientView(int ClientId, string Name, DateOnly? BirthDate, string? Disability, CommunityFacts Facts, bool HasProfile, TargetGroupResult TargetGroups,
        IReadOnlyList<EpisodeRow> Episodes, IReadOnlyList<OpenCase> OpenCases, IReadOnlyList<(int Year, int Days)> RespiteDays, int? RespiteLimit, bool CanEdit, DateOnly Today);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, CommunityEpisodes episodes, TimeProvider clock)
    {
        public async Task<ClientView?> LoadAsync(int clientId, ClaimsPrincipal user, CancellationToken ct)
        {
            var client = await scope.Clients(user).AsNoTracking().Where(c => c.Id == clientId)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthDate, c.DisabilityGroup, c.DisabilityFrom, c.DisabilityTo, c.IsArchived })
                .FirstOrDefaultAsync(ct);
            if (client is null)
            {
                return null;
            }

            var today = LatvianTime.Today(clock);
            var access = await scope.AccessToAsync(user, clientId, ct);
            var profile = await db.CommunityProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.ClientId == clientId, ct);
            var groups = (await episodes.TargetGroupsAsync(clientId, today, ct))!;
            var monthStart = new DateOnly(today.Year, today.Month, 1);
            var rows = await db.ServiceEpisodes.AsNoTracking().Where(e => e.ClientId == clientId)
                .Join(db.Services.Where(s => CommunityEpisodes.CommunityTypes.Contains(s.Type)), e => e.ServiceId, s => s.Id, (e, s) => new { e, s })
                .Join(db.CaseFiles, x => x.e.CaseFileId, f => f.Id, (x, f) => new EpisodeRow(x.e.Id, f.Id, f.Number, x.s.Name, x.s.Type, x.e.Provider, x.e.StartOn, x.e.PlannedEnd,
                    x.e.EndedOn, x.e.EndReason, x.e.Unit,
                    db.DeliveredUnits.Where(u => u.EpisodeId == x.e.Id && u.WithdrawnAt == null && u.On >= monthStart).Sum(u => (decimal?)u.Quantity) ?? 0,
                    db.DeliveredUnits.Where(u => u.EpisodeId == x.e.Id && u.WithdrawnAt == null).Sum(u => (decimal?)u.Quantity) ?? 0))
                .ToListAsync(ct);
            rows = [.. rows.OrderByDescending(r => r.EndedOn == null).ThenByDescending(r => r.StartOn).ThenBy(r => r.Id)];
            var openCases = await db.CaseFiles.AsNoTracking().Where(f => f.ClientId == clientId && f.Status == CaseStatus.Open && !f.IsArchived)
                .OrderBy(f => f.OpenedOn).Select(f => new OpenCase(f.Id, f.Number)).ToListAsync(ct);
            var periods = await episodes.PeriodsAsync(clientId, ct);
            var years = periods.Where(p => p.Type == ServiceType.Respite)
                .SelectMany(p => Enumerable.Range(p.Start.Year, Math.Max(0, (p.End ?? p.Start).Year - p.Start.Year) + 1))
                .Append(today.Year).Distinct().Order()
                .Select(y => (y, CombinationCheck.DaysUsed(periods, ServiceType.Respite, y))).ToList();
            var limit = (await episodes.RulesAsync(ct)).Where(r => r.IsActive && r.Kind == CombinationRuleKind.AnnualDayLimit && r.Service == ServiceType.Respite).Select(r => r.MaxDaysPerYear).FirstOrDefault();

            await audit.WriteForClientAsync(AuditActions.CommunityRead, clientId, null, "episodes=" + rows.Count.ToString(CultureInfo.InvariantCulture), ct: ct);
            var disability = client.DisabilityGroup is { } g
                ? g + (client.DisabilityFrom is { } f ? " · " + RefusalTexts.Day(f) : string.Empty) + "–" + (client.DisabilityTo is { } to ? RefusalTexts.Day(to) : string.Empty)
                : null;
            return new ClientView(client.Id, client.FirstName + " " + client.LastName, client.BirthDate, disability, profile?.Facts ?? CommunityFacts.None, profile is not null, groups,
                rows, openCases, years, limit, access == ClientAccess.Edit && !client.IsArchived, today);
        }
    }
}
