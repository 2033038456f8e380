using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Cases;

/// <summary>A member of staff as a form or a page shows them.</summary>
public sealed record StaffMember(string Id, string Name);

/// <summary>A current member of a case's team.</summary>
public sealed record TeamMemberView(string UserId, string Name, string? Role, DateTimeOffset AddedAt);

/// <summary>The header of a case (what every case page shows on top), read within the user's scope.</summary>
public sealed record CaseSummary(
    int Id,
    int ClientId,
    string ClientName,
    string Number,
    CaseStatus Status,
    DateOnly OpenedOn,
    ReferralSource ReferralSource,
    string Reason,
    string? ResponsibleWorkerId,
    string? ResponsibleWorkerName,
    IReadOnlyList<TeamMemberView> Team,
    DateOnly? ClosedOn,
    string? ClosureReason,
    string? ClosingSummary,
    DateOnly? MonitoringOn,
    bool IsArchived,
    string? ArchiveReason,
    uint Version,
    ClientAccess Access)
{
    public bool CanEdit => Access == ClientAccess.Edit;

    public bool IsOpen => Status == CaseStatus.Open;
}

/// <summary>How a change of a case ended.</summary>
public enum CaseChangeOutcome
{
    Saved,

    /// <summary>Someone else changed the case after the form was opened, or its state no longer allows the change.</summary>
    Conflict,
    NotFound,
}

/// <summary>Queries and change helpers shared by the case pages (every one of them starts from <see cref="AccessScope"/>).</summary>
public static class CaseData
{
    public const int ReasonMaxLength = 2000;
    public const int ShortReasonMaxLength = 1000;
    public const int SummaryMaxLength = 8000;
    public const int TeamRoleMaxLength = 100;

    /// <summary>The earliest date a case can carry (case numbers are formatted from year 2000).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public static Actor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(user.UserId() ?? throw new InvalidOperationException("A signed-in user is required."), user.FullName());
    }

    public static async Task<CaseSummary?> SummaryAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        // The scope is checked once per request (the case page's sections share the answer); the row is then read by its key.
        if (await scope.CaseAsync(user, id, ct) is null)
        {
            return null;
        }

        var row = await db.CaseFiles.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Id,
            c.ClientId,
            ClientName = db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
            c.Number,
            c.Status,
            c.OpenedOn,
            c.ReferralSource,
            c.Reason,
            c.ResponsibleWorkerId,
            WorkerName = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
            c.ClosedOn,
            c.ClosureReason,
            c.ClosingSummary,
            c.MonitoringOn,
            c.IsArchived,
            c.ArchiveReason,
            Version = EF.Property<uint>(c, "Version"),
        }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var team = await db.CaseTeamMembers.AsNoTracking()
            .Where(t => t.CaseFileId == id && t.RemovedAt == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Id, t.UserId, u.FullName, t.Role, t.AddedAt })
            .OrderBy(t => t.AddedAt).ThenBy(t => t.Id)
            .Select(t => new TeamMemberView(t.UserId, t.FullName, t.Role, t.AddedAt))
            .ToListAsync(ct);
        var access = await scope.AccessToAsync(user, row.ClientId, ct);
        return new CaseSummary(row.Id, row.ClientId, row.ClientName ?? string.Empty, row.Number, row.Status, row.OpenedOn, row.ReferralSource, row.Reason,
            row.ResponsibleWorkerId, row.WorkerName, team, row.ClosedOn, row.ClosureReason, row.ClosingSummary, row.MonitoringOn, row.IsArchived, row.ArchiveReason,
            row.Version, access);
    }

    /// <summary>Active users holding one of the roles, by name.</summary>
    public static async Task<List<StaffMember>> ActiveStaffAsync(AppDbContext db, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.FullName).ThenBy(u => u.UserName)
            .Select(u => new StaffMember(u.Id, u.FullName))
            .ToListAsync(ct);
    }

    public static Task<bool> IsActiveInRoleAsync(AppDbContext db, string? userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.AnyAsync(u => u.Id == userId && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)), ct);
    }

    public static readonly string[] WorkerRoles = [Roles.SocialWorker];

    public static readonly string[] TeamRoles = [Roles.SocialWorker, Roles.Specialist];

    /// <summary>The case, tracked, with its team and responsibility history, if it is in the user's scope.</summary>
    public static Task<CaseFile?> LoadForChangeAsync(AccessScope scope, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Cases(user).Include(c => c.Team).Include(c => c.Assignments).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    /// <summary>False when the stored version differs from the one the form carried; otherwise arms the check for the save.</summary>
    public static bool VersionMatches(AppDbContext db, CaseFile caseFile, uint posted) => RowVersion.Matches(db, caseFile, posted);

    /// <summary>
    /// Saves a change of the case. The case row is always updated (even when only its timeline or team grew),
    /// so its version moves and a concurrent change of the same case is detected.
    /// </summary>
    public static async Task<CaseChangeOutcome> SaveAsync(AppDbContext db, CaseFile caseFile, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(caseFile);
        if (entry.State == EntityState.Unchanged)
        {
            entry.Property(c => c.Status).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CaseChangeOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CaseChangeOutcome.Conflict;
        }
    }

    public static async Task<Dictionary<string, string>> UserNamesAsync(AppDbContext db, IEnumerable<string?> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    public static async Task<string> UserNameAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct) ?? userId;
    }
}

/// <summary>Validation rules shared by the case forms (one place for each rule).</summary>
internal static class CaseRules
{
    /// <summary>Required free text (reasons, summaries): no control characters other than line breaks and tabs, at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer t, string requiredKey, int max) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(t[requiredKey])
            .MaximumLength(max).WithMessage(t["Validation.MaxLength", max])
            .Must(NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer t, int max) =>
        rule.Cascade(CascadeMode.Stop)
            .MaximumLength(max).WithMessage(t["Validation.MaxLength", max])
            .Must(NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);

    public static bool NoControlCharacters(string? value) =>
        value is null || !value.Any(ch => char.IsControl(ch) && ch is not '\r' and not '\n' and not '\t');

    /// <summary>A value the page puts into the validation context (today, the case's opened date, ...).</summary>
    public static TValue Get<TValue>(this IValidationContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RootContextData.TryGetValue(key, out var value) && value is TValue typed
            ? typed
            : throw new InvalidOperationException($"The validation context lacks '{key}'.");
    }

    public static ValidationContext<T> With<T>(T instance, params (string Key, object? Value)[] data)
    {
        var context = new ValidationContext<T>(instance);
        foreach (var (key, value) in data)
        {
            context.RootContextData[key] = value!;
        }

        return context;
    }
}

/// <summary>Shows multi-line text (reasons, summaries) with its line breaks, HTML-encoded.</summary>
public static class CaseText
{
    public static Microsoft.AspNetCore.Html.IHtmlContent Lines(string? text)
    {
        var builder = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.AppendHtml("<br />");
            }

            builder.Append(lines[i]);
        }

        return builder;
    }
}
