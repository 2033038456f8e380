using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Crisis;

/// <summary>One party informed about a crisis, as the pages show it.</summary>
public sealed record CrisisNoticeView(InformedParty Party, string? OtherName, DateTimeOffset At, string? Contact);

/// <summary>A crisis of a case, as the case page and the resolve form show it.</summary>
public sealed record CrisisView(
    int Id,
    string Description,
    string ActionsTaken,
    string FlaggedByName,
    DateTimeOffset FlaggedAt,
    string? ResolvedByName,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote,
    IReadOnlyList<CrisisNoticeView> Notices)
{
    public bool IsActive => ResolvedAt is null;
}

/// <summary>A flagged case on a board.</summary>
public sealed record CrisisBoardRow(int CaseId, string Number, int ClientId, string ClientName, DateTimeOffset FlaggedAt, string FlaggedByName, string Description, string? WorkerName);

/// <summary>The crisis queries shared by the case page section, the forms and the boards (all start from <see cref="AccessScope"/>).</summary>
public static class CrisisData
{
    /// <summary>How much of the description a board row shows.</summary>
    public const int BoardDescriptionLength = 160;

    /// <summary>The parties a form offers, in this order.</summary>
    public static readonly InformedParty[] Parties = [InformedParty.OrphansCourt, InformedParty.Police, InformedParty.EmergencyMedicalService, InformedParty.School, InformedParty.Other];

    /// <summary>The crises of a case in the user's scope, newest first (empty when the case is out of scope).</summary>
    public static async Task<IReadOnlyList<CrisisView>> ForCaseAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        if (await scope.CaseAsync(user, caseId, ct) is null)
        {
            return [];
        }

        var crises = await db.CaseCrises.AsNoTracking()
            .Where(k => k.CaseFileId == caseId)
            .Include(k => k.Notices)
            .OrderByDescending(k => k.FlaggedAt).ThenByDescending(k => k.Id)
            .ToListAsync(ct);
        return crises.Select(k => new CrisisView(k.Id, k.Description, k.ActionsTaken, k.FlaggedByName, k.FlaggedAt, k.ResolvedByName, k.ResolvedAt, k.ResolutionNote,
            k.Notices.OrderBy(n => n.At).ThenBy(n => n.Party).Select(n => new CrisisNoticeView(n.Party, n.OtherName, n.At, n.Contact)).ToList())).ToList();
    }

    /// <summary>
    /// The cases with an unresolved crisis among <paramref name="cases"/> (already limited to the user's scope and
    /// to the board's people), the newest crisis first.
    /// </summary>
    public static async Task<IReadOnlyList<CrisisBoardRow>> BoardAsync(AppDbContext db, IQueryable<CaseFile> cases, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await cases.AsNoTracking()
            .SelectMany(c => c.Crises.Where(k => k.ResolvedAt == null), (c, k) => new
            {
                CaseId = c.Id,
                c.Number,
                c.ClientId,
                ClientName = db.Clients.Where(x => x.Id == c.ClientId).Select(x => x.FirstName + " " + x.LastName).FirstOrDefault(),
                WorkerName = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
                k.FlaggedAt,
                k.FlaggedByName,
                k.Description,
            })
            .OrderByDescending(r => r.FlaggedAt).ThenBy(r => r.CaseId)
            .Take(IndexModel.BoardLimit)
            .ToListAsync(ct);
        return rows.Select(r => new CrisisBoardRow(r.CaseId, r.Number, r.ClientId, r.ClientName ?? string.Empty, r.FlaggedAt, r.FlaggedByName, Shorten(r.Description), r.WorkerName)).ToList();
    }

    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= BoardDescriptionLength ? line : line[..(BoardDescriptionLength - 1)].TrimEnd(' ', '.', ',', ';', ':') + "…";
    }

    /// <summary>The draft key of one long text of a crisis form (drafts.js keeps the unsaved text on the server under it).</summary>
    public static string DraftKey(string field, int caseId) => "crisis-" + field + "-" + caseId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Latvian date and time the user typed (a <c>datetime-local</c> field) as an instant.</summary>
    public static DateTimeOffset FromLatvian(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, LatvianTime.Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>Now in Latvian time to the minute, as a <c>datetime-local</c> field shows it.</summary>
    public static DateTime LatvianNow(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().ToLatvian().DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }

    /// <summary>The case pages live in /Cases: a change made from /Crisis returns to the case page there.</summary>
    public static IActionResult ToCasePage(IActionResult result)
    {
        if (result is RedirectToPageResult { PageName: "Details" } redirect)
        {
            redirect.PageName = "/Cases/Details";
        }

        return result;
    }
}
