using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// The applications of the clients in the user's scope, newest first, with their deadlines; filters by status, service
/// and responsible worker. A page of results is a read of client data: it is written to the audit log (the number of
/// results and the filters, never names).
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientReader)]
public sealed class IndexModel(IndexModel.Handler handler, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "status")] public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")] public int? ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "worker")] public string? WorkerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result Applications { get; private set; } = Result.Empty;

    public IReadOnlyList<ServiceFilter> Services { get; private set; } = [];

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A value that does not bind (a crafted status) is simply no filter.
        if (Status is { } status && !Enum.IsDefined(status))
        {
            Status = null;
        }

        WorkerId = WorkerId is { Length: > 450 } ? null : WorkerId;
        Today = ApplicationData.Today(clock);
        Services = await handler.ServicesAsync(ct);
        Workers = await handler.WorkersAsync(ct);
        Applications = await handler.ListAsync(new Filter(Status, ServiceId, WorkerId, PageNumber), User, ct);
        PageNumber = Applications.Page;
        if (Applications.Total > 0)
        {
            var filters = string.Join(",", new[] { Status is null ? null : "status", ServiceId is null ? null : "service", WorkerId is null ? null : "worker" }.OfType<string>());
            await audit.WriteAsync(AuditActions.ApplicationList, "application", null,
                string.Create(CultureInfo.InvariantCulture, $"results={Applications.Total}; page={Applications.Page}; filters={(filters.Length == 0 ? "none" : filters)}"), ct: ct);
        }
    }

    /// <summary>The route values of another page of the same list ("page" is Razor Pages' own route value, hence "p").</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["p"] = page.ToString(CultureInfo.InvariantCulture) };
        if (Status is { } status)
        {
            values["status"] = status.ToString();
        }

        if (ServiceId is { } service)
        {
            values["service"] = service.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(WorkerId))
        {
            values["worker"] = WorkerId;
        }

        return values;
    }

    public sealed record Filter(ApplicationStatus? Status, int? ServiceId, string? WorkerId, int Page);

    public sealed record ServiceFilter(int Id, string Code, string Name, bool IsGroupProgramme);

    public sealed record Row(int Id, string Number, int ClientId, string ClientName, string ServiceName, DateOnly SubmittedOn, ApplicationStatus Status, DateOnly? DecisionDue, string? Worker);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount)
    {
        public static Result Empty { get; } = new([], 0, 1, 0);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope)
    {
        public Task<List<StaffMember>> WorkersAsync(CancellationToken ct) => CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);

        public async Task<IReadOnlyList<ServiceFilter>> ServicesAsync(CancellationToken ct)
        {
            var services = await db.Services.AsNoTracking()
                .Select(s => new ServiceFilter(s.Id, s.Code, s.Name, s.Type == Domain.Catalogue.ServiceType.EducationalAndSupportGroup))
                .ToListAsync(ct);
            return services.OrderBy(s => s.IsGroupProgramme ? 0 : 1).ThenBy(s => s.IsGroupProgramme ? s.Code : s.Name, Infrastructure.Cultures.LatvianComparer).ToList();
        }

        public async Task<Result> ListAsync(Filter filter, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var clients = scope.Clients(user).Select(c => c.Id);
            var applications = db.Applications.AsNoTracking().Where(a => clients.Contains(a.ClientId));
            if (filter.Status is { } status)
            {
                applications = applications.Where(a => a.Status == status);
            }

            if (filter.ServiceId is { } serviceId)
            {
                applications = applications.Where(a => a.ServiceId == serviceId);
            }

            if (!string.IsNullOrEmpty(filter.WorkerId))
            {
                applications = applications.Where(a => a.ResponsibleWorkerId == filter.WorkerId);
            }

            var total = await applications.CountAsync(ct);
            var pageCount = (total + PageSize - 1) / PageSize;
            var page = Math.Clamp(filter.Page, 1, Math.Max(pageCount, 1));
            var rows = await applications
                .OrderByDescending(a => a.SubmittedOn).ThenByDescending(a => a.Id)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(a => new Row(
                    a.Id,
                    a.Number,
                    a.ClientId,
                    db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.FirstName + " " + c.LastName).First(),
                    db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).First(),
                    a.SubmittedOn,
                    a.Status,
                    a.DecisionDue,
                    db.Users.Where(u => u.Id == a.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault()))
                .ToListAsync(ct);
            return new Result(rows, total, page, pageCount);
        }
    }
}
