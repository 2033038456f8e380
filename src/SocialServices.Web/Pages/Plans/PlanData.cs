using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Plans;

/// <summary>A task's latest status from the delivery records, with the day of that record.</summary>
public sealed record TaskStatusView(TaskOutcome Outcome, DateTimeOffset At, long ContactId);

/// <summary>Queries shared by the plan and delivery-record pages (each starts from <see cref="AccessScope"/>).</summary>
public static class PlanData
{
    /// <summary>The roles whose users can be responsible for a task.</summary>
    public static readonly string[] StaffRoles = [Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager];

    /// <summary>The plan of a case in the user's scope, with every revision, goal, task and agreement; null when none (or out of scope).</summary>
    public static async Task<CasePlan?> LoadAsync(AppDbContext db, AccessScope scope, ClaimsPrincipal user, int caseId, bool tracked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (await scope.CaseAsync(user, caseId, ct) is null)
        {
            return null;
        }

        var query = db.Plans.Where(p => p.CaseFileId == caseId)
            .Include(p => p.Revisions).ThenInclude(r => r.Goals).ThenInclude(g => g.Tasks)
            .Include(p => p.Revisions).ThenInclude(r => r.Agreements)
            .AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    /// <summary>The version (xmin) of a plan loaded with tracking.</summary>
    public static uint VersionOf(AppDbContext db, CasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Entry(plan).Property<uint>("Version").CurrentValue;
    }

    /// <summary>The stored version (xmin) of a case's plan; 0 when the case has none (a query without tracking does not keep it).</summary>
    public static async Task<uint> VersionAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Plans.AsNoTracking().Where(p => p.CaseFileId == caseId).Select(p => EF.Property<uint>(p, "Version")).FirstOrDefaultAsync(ct);
    }

    /// <summary>The latest delivery-record outcome of each task of a case (by the task's stable key).</summary>
    public static async Task<Dictionary<Guid, TaskStatusView>> TaskStatusesAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var facts = await db.ContactRecords.AsNoTracking()
            .Where(c => c.CaseFileId == caseId)
            .SelectMany(c => c.Tasks.Select(t => new TaskOutcomeFact(t.TaskKey, t.Outcome, c.OccurredAt, c.RecordedAt, c.Id)))
            .ToListAsync(ct);
        return TaskProgress.Latest(facts).ToDictionary(p => p.Key, p => new TaskStatusView(p.Value.Outcome, p.Value.OccurredAt, p.Value.ContactId));
    }

    /// <summary>Splits a text area into its non-empty lines.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static string JoinLines(IEnumerable<string> lines) => string.Join("\n", lines);
}
