using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Plans;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Contacts;

/// <summary>A task of the plan in force that a contact can be recorded against.</summary>
public sealed record PlanTaskOption(Guid Key, int GoalPosition, int Position, string Goal, string Measure, DateOnly Deadline, string Responsible);

/// <summary>The plan in force of a case, as a contact form offers its tasks.</summary>
public sealed record CurrentPlanTasks(int PlanId, int RevisionNumber, IReadOnlyList<PlanTaskOption> Tasks);

public static class ContactData
{
    /// <summary>The tasks of the case's plan revision in force; null when the case has no plan.</summary>
    public static async Task<CurrentPlanTasks?> CurrentTasksAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking().Where(p => p.CaseFileId == caseId).Select(p => new { p.Id, p.CurrentRevisionNumber }).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Number == plan.CurrentRevisionNumber)
            .SelectMany(r => r.Goals.SelectMany(g => g.Tasks.Select(t => new PlanTaskOption(t.Key, g.Position, t.Position, g.Text, t.Measure, t.Deadline, t.ResponsibleName))))
            .ToListAsync(ct);
        return new CurrentPlanTasks(plan.Id, plan.CurrentRevisionNumber, [.. tasks.OrderBy(t => t.GoalPosition).ThenBy(t => t.Position)]);
    }

    /// <summary>A Latvian day and time as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, LatvianTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
