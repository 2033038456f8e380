using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Applications;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// The manager's deadline board: every undecided application sorted by its decision deadline, overdue (red) first,
/// then due within five working days (amber), then the rest; applications still missing documents (no deadline
/// runs yet) after them. Filters by service and worker, with counts. The start page shows the same board.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class BoardModel(BoardModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ServiceId { get; set; }

    [BindProperty(SupportsGet = true)] public string? WorkerId { get; set; }

    public Board Data { get; private set; } = Board.Empty;

    public IReadOnlyList<(int Id, string Name)> Services { get; private set; } = [];

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Data = await handler.LoadAsync(User, new BoardFilter(ServiceId, WorkerId, OnlyOverdue: false), ct);
        (Services, Workers) = await handler.FiltersAsync(ct);
    }

    public sealed record BoardFilter(int? ServiceId, string? WorkerId, bool OnlyOverdue);

    public sealed record BoardRow(
        int Id,
        string Number,
        int ClientId,
        string ClientName,
        string ServiceName,
        string? WorkerName,
        DateOnly SubmittedOn,
        DateOnly? Deadline,
        bool Extended,
        DeadlineState? State,
        int? DaysLeft,
        int MissingDocuments);

    public sealed record Board(IReadOnlyList<BoardRow> Rows, int Overdue, int DueSoon, int OnTrack, int AwaitingDocuments, int Total, bool Truncated)
    {
        public static Board Empty { get; } = new([], 0, 0, 0, 0, 0, false);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, IOptions<DecisionSettings> settings, TimeProvider clock)
    {
        /// <summary>At most this many rows are listed (the counts cover all).</summary>
        public const int Limit = 300;

        public async Task<Board> LoadAsync(ClaimsPrincipal user, BoardFilter filter, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var query = db.Applications.AsNoTracking()
                .Where(a => a.Status == ApplicationStatus.AwaitingDecision || a.Status == ApplicationStatus.AwaitingDocuments);
            if (!AccessScope.SeesEverything(user))
            {
                // a manager or auditor sees every client, so every application (each has its client): PostgreSQL would
                // otherwise join all the clients to the undecided applications on every view (issue 9)
                var clients = scope.Clients(user).Select(c => c.Id);
                query = query.Where(a => clients.Contains(a.ClientId));
            }
            if (filter.ServiceId is { } serviceId)
            {
                query = query.Where(a => a.ServiceId == serviceId);
            }

            if (!string.IsNullOrEmpty(filter.WorkerId))
            {
                query = query.Where(a => a.ResponsibleWorkerId == filter.WorkerId);
            }

            var today = CaseData.Today(clock);
            if (filter.OnlyOverdue)
            {
                query = query.Where(a => a.Status == ApplicationStatus.AwaitingDecision && a.DecisionDue < today);
            }

            // Deadlines first (earliest on top), then applications still waiting for documents (oldest first): PostgreSQL
            // sorts nulls (no deadline yet) last in ascending order, which is also the order of ix_applications_undecided.
            var rows = await query
                .OrderBy(a => a.DecisionDue).ThenBy(a => a.SubmittedOn).ThenBy(a => a.Id)
                .Take(Limit + 1)
                .Select(a => new
                {
                    a.Id,
                    a.Number,
                    a.ClientId,
                    ClientName = db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                    ServiceName = db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).FirstOrDefault(),
                    WorkerName = db.Users.Where(u => u.Id == a.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
                    a.SubmittedOn,
                    a.DecisionDue,
                    Extended = a.Extensions.Any(),
                    a.RequiredDocuments,
                    Received = a.Documents.Select(d => d.Name).ToList(),
                })
                .ToListAsync(ct);

            // Counts over every matching application (undecided ones are few: hundreds, not the whole history).
            var dues = await query.Select(a => a.DecisionDue).ToListAsync(ct);
            var dueSoonDays = settings.Value.DueSoonWorkingDays;
            var states = dues.OfType<DateOnly>().Select(d => DeadlineStatus.EvaluateInWorkingDays(d, today, dueSoonDays).State).ToList();
            var overdue = states.Count(s => s == DeadlineState.Overdue);
            var dueSoon = states.Count(s => s == DeadlineState.DueSoon);
            var awaiting = dues.Count(d => d is null);

            var list = rows.Take(Limit).Select(r =>
            {
                var status = r.DecisionDue is { } due ? DeadlineStatus.EvaluateInWorkingDays(due, today, dueSoonDays) : (DeadlineStatus?)null;
                var missing = r.RequiredDocuments.Count(req => !r.Received.Any(n => string.Equals(n, req, StringComparison.OrdinalIgnoreCase)));
                return new BoardRow(r.Id, r.Number, r.ClientId, r.ClientName ?? string.Empty, r.ServiceName ?? string.Empty, r.WorkerName, r.SubmittedOn, r.DecisionDue, r.Extended,
                    status?.State, status?.DaysLeft, missing);
            }).ToList();
            return new Board(list, overdue, dueSoon, states.Count - overdue - dueSoon, awaiting, dues.Count, rows.Count > Limit);
        }

        public async Task<(IReadOnlyList<(int Id, string Name)> Services, IReadOnlyList<StaffMember> Workers)> FiltersAsync(CancellationToken ct)
        {
            var services = await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
            var workers = await CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);
            return (services.Select(s => (s.Id, s.Name)).ToList(), workers);
        }
    }
}
