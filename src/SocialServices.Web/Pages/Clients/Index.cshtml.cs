using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Common;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Clients;

/// <summary>
/// The client register: search by name (diacritics ignored), personal code, case number and municipality,
/// only among the clients in the user's scope. A search that finds clients is written to the audit log
/// (the kind of search and the number of results, never the words searched for).
/// </summary>
public sealed partial class IndexModel(IndexModel.Handler handler, AuditLog audit) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Name, personal code or case number.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "municipality")] public int? MunicipalityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "archived")] public bool IncludeArchived { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result Clients { get; private set; } = Result.Empty;

    public IReadOnlyList<MunicipalityOption> Municipalities { get; private set; } = [];

    public bool IsSearch => !string.IsNullOrWhiteSpace(Query) || MunicipalityId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await handler.MunicipalitiesAsync(ct);
        Query = Query is { Length: > 200 } ? Query[..200] : Query;
        Clients = await handler.SearchAsync(new Search(Query, MunicipalityId, IncludeArchived, PageNumber), User, ct);
        PageNumber = Clients.Page;
        // A page of names and birth dates is a read of client data, searched for or not: it leaves a trace.
        if (Clients.Total > 0)
        {
            var kind = IsSearch ? Clients.Kind.ToString() : "list";
            await audit.WriteAsync(AuditActions.ClientSearch, "client", null, $"kind={kind}; results={Clients.Total}; page={Clients.Page}", ct: ct);
        }
    }

    /// <summary>The route values of another page of the same search ("page" is Razor Pages' own route value, hence "p").</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Query))
        {
            values["q"] = Query;
        }

        if (MunicipalityId is { } municipality)
        {
            values["municipality"] = municipality.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (IncludeArchived)
        {
            values["archived"] = "true";
        }

        return values;
    }

    public sealed record Search(string? Query, int? MunicipalityId, bool IncludeArchived, int Page);

    public sealed record Row(int Id, string FirstName, string LastName, string MaskedCode, DateOnly? BirthDate, string? Municipality, int OpenCases, bool IsArchived);

    /// <param name="Kind">What the query was read as: name, code, case or municipality (for the audit log).</param>
    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount, string Kind)
    {
        public static Result Empty { get; } = new([], 0, 1, 0, "none");
    }

    [GeneratedRegex(@"^\d{6}-?\d{5}$")]
    private static partial Regex PersonalCodeShape();

    public sealed class Handler(AppDbContext db, AccessScope scope)
    {
        /// <summary>
        /// ICU collation for Latvian alphabetical order (ā after a, č after c, ... ž last); the database's own
        /// collation (C.UTF-8) would put every accented capital after Z.
        /// </summary>
        public const string LatvianCollation = "lv-x-icu";

        public Task<IReadOnlyList<MunicipalityOption>> MunicipalitiesAsync(CancellationToken ct) => ClientQueries.MunicipalitiesAsync(db, ct);

        public async Task<Result> SearchAsync(Search search, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(search);
            var clients = scope.Clients(user).AsNoTracking();
            if (!search.IncludeArchived)
            {
                clients = clients.Where(c => !c.IsArchived);
            }

            var kinds = new List<string>();
            if (search.MunicipalityId is { } municipalityId)
            {
                clients = clients.Where(c => c.MunicipalityId == municipalityId);
                kinds.Add("municipality");
            }

            var query = search.Query?.Trim();
            if (!string.IsNullOrEmpty(query))
            {
                if (CaseNumber.TryNormalise(query, out var number))
                {
                    clients = clients.Where(c => db.CaseFiles.Any(f => f.ClientId == c.Id && f.Number == number));
                    kinds.Add("case");
                }
                else if (PersonalCodeShape().IsMatch(query))
                {
                    var digits = query.Replace("-", string.Empty, StringComparison.Ordinal);
                    var code = string.Concat(digits.AsSpan(0, 6), "-", digits.AsSpan(6));
                    clients = clients.Where(c => c.PersonalCode == code);
                    kinds.Add("code");
                }
                else
                {
                    // Every word must occur in the folded "first last" name, in any order: the trigram index serves each.
                    // The matching clients are taken from that index first and only then checked against the scope and
                    // sorted (issue 9, finding 2): with the filter inline the planner walked the name index through
                    // every client and tested the scope on each.
                    var matches = db.Clients.AsQueryable();
                    foreach (var word in TextFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5))
                    {
                        var pattern = "%" + EscapeLike(word) + "%";
                        matches = matches.Where(c => EF.Functions.ILike(c.SearchName, pattern, "\\"));
                    }

                    var ids = matches.Select(c => c.Id);
                    clients = clients.Where(c => ids.Contains(c.Id));

                    kinds.Add("name");
                }
            }

            var total = await clients.CountAsync(ct);
            var pageCount = (total + PageSize - 1) / PageSize;
            var page = Math.Clamp(search.Page, 1, Math.Max(pageCount, 1));
            var rows = await clients
                .OrderBy(c => EF.Functions.Collate(c.LastName, LatvianCollation))
                .ThenBy(c => EF.Functions.Collate(c.FirstName, LatvianCollation))
                .ThenBy(c => c.Id)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(c => new
                {
                    c.Id,
                    c.FirstName,
                    c.LastName,
                    c.PersonalCode,
                    c.BirthDate,
                    Municipality = db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
                    OpenCases = db.CaseFiles.Count(f => f.ClientId == c.Id && f.Status == CaseStatus.Open && !f.IsArchived),
                    c.IsArchived,
                })
                .ToListAsync(ct);
            return new Result(
                rows.Select(r => new Row(r.Id, r.FirstName, r.LastName, ClientText.Mask(r.PersonalCode), r.BirthDate, r.Municipality, r.OpenCases, r.IsArchived)).ToList(),
                total,
                page,
                pageCount,
                kinds.Count == 0 ? "none" : string.Join("+", kinds));
        }

        private static string EscapeLike(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is '%' or '_' or '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
