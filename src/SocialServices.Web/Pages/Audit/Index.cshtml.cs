using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Audit;

/// <summary>The access and change log, newest first, for auditors and administrators. Reading it is itself logged.</summary>
[Authorize(Policy = AuthorizationPolicies.AuditReader)]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result Entries { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Entries = await handler.SearchAsync(new Query(Actor, Action, From, To, PageNumber), ct);
    }

    public sealed record Query(string? Actor, string? Action, DateOnly? From, DateOnly? To, int Page);

    public sealed record Row(long Id, DateTimeOffset At, string ActorName, string Action, string? EntityType, string? EntityId, string? Details, string? IpAddress);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total);

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public async Task<Result> SearchAsync(Query query, CancellationToken ct)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Actor))
            {
                entries = entries.Where(a => a.ActorName == query.Actor.Trim());
            }

            if (!string.IsNullOrWhiteSpace(query.Action))
            {
                entries = entries.Where(a => a.Action.StartsWith(query.Action.Trim()));
            }

            if (query.From is { } from)
            {
                var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                entries = entries.Where(a => a.At >= start);
            }

            if (query.To is { } to)
            {
                var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                entries = entries.Where(a => a.At < end);
            }

            var total = await entries.CountAsync(ct);
            var rows = await entries.OrderByDescending(a => a.Id)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(a => new Row(a.Id, a.At, a.ActorName, a.Action, a.EntityType, a.EntityId, a.Details, a.IpAddress))
                .ToListAsync(ct);
            await audit.WriteAsync(AuditActions.AuditLogRead, "audit", null, $"page={query.Page}", ct: ct);
            return new Result(rows, total);
        }
    }
}
