using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Audit;

/// <summary>
/// The access and change log for auditors and administrators: newest first, filtered by user, client, case,
/// action and period (Latvian days), exported as CSV, and its hash chain verified. Reading, exporting and
/// verifying the log are themselves logged.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.AuditReader)]
public sealed class IndexModel(IndexModel.Handler handler, IValidator<IndexModel.Filter> validator, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    private const string ChainTempDataKey = "AuditChainResult";

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)] public int? ClientId { get; set; }

    [BindProperty(SupportsGet = true)] public int? CaseId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result Entries { get; private set; } = new([], 0);

    /// <summary>The outcome of "verify the chain", shown once after the verification.</summary>
    public AuditChainResult? Chain { get; private set; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Entries.Total / (double)PageSize));

    /// <summary>The current filters as query values, for paging links and the CSV link.</summary>
    public Dictionary<string, string> FilterRoute()
    {
        var route = new Dictionary<string, string>();
        Put(route, "actor", Actor);
        Put(route, "clientId", ClientId?.ToString(CultureInfo.InvariantCulture));
        Put(route, "caseId", CaseId?.ToString(CultureInfo.InvariantCulture));
        Put(route, "action", Action);
        Put(route, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Put(route, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return route;

        static void Put(Dictionary<string, string> route, string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                route[key] = value;
            }
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Chain = ReadChainResult();
        PageNumber = Math.Max(1, PageNumber);
        var filter = await ValidFilterAsync(ct);
        if (filter is not null)
        {
            Entries = await handler.SearchAsync(filter, PageNumber, User.IsInRole(Roles.Auditor), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var filter = await ValidFilterAsync(ct);
        if (filter is null)
        {
            return Page();
        }

        var csv = await handler.ExportCsvAsync(filter, t, User.IsInRole(Roles.Auditor), ct);
        var today = LatvianTime.Today(clock);
        return File(csv, "text/csv; charset=utf-8", $"audita-zurnals-{today:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var result = await handler.VerifyChainAsync(ct);
        TempData[ChainTempDataKey] = string.Create(CultureInfo.InvariantCulture, $"{result.Entries}|{result.FirstBrokenSequence}");
        return RedirectToPage();
    }

    private AuditChainResult? ReadChainResult()
    {
        if (TempData[ChainTempDataKey] is not string stored)
        {
            return null;
        }

        var parts = stored.Split('|');
        return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var entries)
            ? new AuditChainResult(entries, long.TryParse(parts[1], CultureInfo.InvariantCulture, out var broken) ? broken : null)
            : null;
    }

    /// <summary>The filters when they are valid; otherwise null, with the errors next to the fields.</summary>
    private async Task<Filter?> ValidFilterAsync(CancellationToken ct)
    {
        var invalid = false;
        foreach (var (key, entry) in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            // A value that could not be read at all (a number or date that is not one): one plain message.
            entry!.Errors.Clear();
            ModelState.AddModelError(key, t["AuditLog.InvalidValue"]);
            invalid = true;
        }

        var filter = new Filter(Actor?.Trim(), ClientId, CaseId, Action?.Trim(), From, To);
        var result = await validator.ValidateAsync(filter, ct);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return invalid || !result.IsValid ? null : filter;
    }

    public sealed record Filter(string? Actor, int? ClientId, int? CaseId, string? Action, DateOnly? From, DateOnly? To)
    {
        /// <summary>The filters in words for the audit entry's details (never a client's name: ids only).</summary>
        public string Describe() => string.Join("; ", new[]
            {
                Actor is null ? null : "actor=" + Actor,
                ClientId is null ? null : string.Create(CultureInfo.InvariantCulture, $"client={ClientId}"),
                CaseId is null ? null : string.Create(CultureInfo.InvariantCulture, $"case={CaseId}"),
                Action is null ? null : "action=" + Action,
                From is null ? null : string.Create(CultureInfo.InvariantCulture, $"from={From:yyyy-MM-dd}"),
                To is null ? null : string.Create(CultureInfo.InvariantCulture, $"to={To:yyyy-MM-dd}"),
            }.Where(part => part is not null));
    }

    public sealed class Validator : AbstractValidator<Filter>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(f => f.Actor).MaximumLength(256).WithMessage(t["Validation.MaxLength", 256]);
            RuleFor(f => f.Action).MaximumLength(64).WithMessage(t["Validation.MaxLength", 64]);
            RuleFor(f => f.ClientId).GreaterThan(0).When(f => f.ClientId is not null).WithMessage(t["AuditLog.InvalidValue"]);
            RuleFor(f => f.CaseId).GreaterThan(0).When(f => f.CaseId is not null).WithMessage(t["AuditLog.InvalidValue"]);
            RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null).WithMessage(t["AuditLog.PeriodOrder"]);
        }
    }

    public sealed record Row(
        long Sequence,
        DateTimeOffset At,
        string ActorName,
        string? ActorFullName,
        string Action,
        int? ClientId,
        int? CaseFileId,
        string? EntityType,
        string? EntityId,
        string? Details,
        string? Reason,
        string? IpAddress);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total);

    public sealed class Handler(AppDbContext db, AuditLog audit, AuditChain chain)
    {
        /// <param name="showCaseContent">False for an administrator who is not an auditor: they see who did what and when,
        /// but not the free-text reasons and details of entries about clients (an administrator reads no case content).</param>
        public async Task<Result> SearchAsync(Filter filter, int page, bool showCaseContent, CancellationToken ct)
        {
            var entries = Filtered(filter);
            var total = await entries.CountAsync(ct);
            // A page number past the end (or absurdly large) shows the last page instead of overflowing the offset.
            page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var rows = Redact(await Rows(entries.OrderByDescending(a => a.Sequence).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct), showCaseContent);
            await audit.WriteAsync(AuditActions.AuditLogRead, "audit", null, Details(filter, string.Create(CultureInfo.InvariantCulture, $"page={page}")), ct: ct);
            return new Result(rows, total);
        }

        /// <summary>Every matching entry, oldest first, as CSV; the export is logged with its row count and filters.</summary>
        public async Task<byte[]> ExportCsvAsync(Filter filter, IStringLocalizer t, bool showCaseContent, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(t);
            var rows = Redact(await Rows(Filtered(filter).OrderBy(a => a.Sequence)).ToListAsync(ct), showCaseContent);
            var csv = new CsvFormat().Line(
                t["AuditLog.Sequence"], t["Audit.At"], t["Audit.Actor"], t["AuditLog.FullName"], t["Audit.Action"], t["AuditLog.ActionText"],
                t["AuditLog.ClientId"], t["AuditLog.CaseId"], t["Audit.Entity"], t["Audit.Details"], t["AuditLog.Reason"], t["Audit.Ip"]);
            foreach (var row in rows)
            {
                csv.Line(
                    row.Sequence.ToString(CultureInfo.InvariantCulture),
                    LatvianTime.ToLocal(row.At).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                    row.ActorName,
                    row.ActorFullName,
                    row.Action,
                    AuditActionNames.Describe(t, row.Action),
                    row.ClientId?.ToString(CultureInfo.InvariantCulture),
                    row.CaseFileId?.ToString(CultureInfo.InvariantCulture),
                    string.Join(' ', new[] { row.EntityType, row.EntityId }.Where(s => !string.IsNullOrEmpty(s))),
                    row.Details,
                    row.Reason,
                    row.IpAddress);
            }

            await audit.WriteAsync(AuditActions.AuditLogExport, "audit", null, Details(filter, string.Create(CultureInfo.InvariantCulture, $"rows={rows.Count}")), ct: ct);
            return csv.ToBytes();
        }

        /// <summary>Checks the hash chain, then logs that it was checked and what was found.</summary>
        public async Task<AuditChainResult> VerifyChainAsync(CancellationToken ct)
        {
            var result = await chain.VerifyAsync(ct);
            var outcome = result.IsIntact
                ? string.Create(CultureInfo.InvariantCulture, $"entries={result.Entries}; intact")
                : string.Create(CultureInfo.InvariantCulture, $"entries={result.Entries}; broken at {result.FirstBrokenSequence}");
            await audit.WriteAsync(AuditActions.AuditChainVerify, "audit", null, outcome, ct: ct);
            return result;
        }

        private IQueryable<AuditEntry> Filtered(Filter filter)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(filter.Actor))
            {
                // Part of the user name or of the person's name, ignoring case.
                var pattern = "%" + EscapeLike(filter.Actor) + "%";
                entries = entries.Where(a => EF.Functions.ILike(a.ActorName, pattern)
                    || db.Users.Any(u => u.Id == a.ActorId && EF.Functions.ILike(u.FullName, pattern)));
            }

            if (filter.ClientId is { } clientId)
            {
                entries = entries.Where(a => a.ClientId == clientId);
            }

            if (filter.CaseId is { } caseId)
            {
                entries = entries.Where(a => a.CaseFileId == caseId);
            }

            if (!string.IsNullOrWhiteSpace(filter.Action))
            {
                var prefix = filter.Action.ToLowerInvariant();
                entries = entries.Where(a => a.Action.StartsWith(prefix));
            }

            // Dates are Latvian days: "from 1 March" starts at midnight in Riga, not in UTC.
            if (filter.From is { } from && from > DateOnly.MinValue)
            {
                var start = LatvianTime.StartOfDay(from);
                entries = entries.Where(a => a.At >= start);
            }

            if (filter.To is { } to && to < DateOnly.MaxValue.AddDays(-1))
            {
                var end = LatvianTime.StartOfDay(to.AddDays(1));
                entries = entries.Where(a => a.At < end);
            }

            return entries;
        }

        private static List<Row> Redact(List<Row> rows, bool showCaseContent) =>
            showCaseContent ? rows : rows.Select(r => r.ClientId is null ? r : r with { Details = null, Reason = null }).ToList();

        private IQueryable<Row> Rows(IQueryable<AuditEntry> entries) =>
            entries.Select(a => new Row(
                a.Sequence,
                a.At,
                a.ActorName,
                db.Users.Where(u => u.Id == a.ActorId).Select(u => u.FullName).FirstOrDefault(),
                a.Action,
                a.ClientId,
                a.CaseFileId,
                a.EntityType,
                a.EntityId,
                a.Details,
                a.Reason,
                a.IpAddress));

        private static string Details(Filter filter, string what)
        {
            var filters = filter.Describe();
            var details = filters.Length == 0 ? what : what + "; " + filters;
            return details.Length <= 4000 ? details : details[..4000];
        }

        private static string EscapeLike(string text) =>
            text.Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal);
    }
}
