using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>A complaint as the pages show it.</summary>
public sealed record ComplaintView(
    int Id,
    string Number,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    ComplainantKind From,
    int? ClientId,
    string? ClientName,
    string? ComplainantName,
    ComplaintChannel Channel,
    string Subject,
    string? ServiceName,
    IReadOnlyList<string> StaffNames,
    string? StaffText,
    string? Investigation,
    ComplaintVerdict? Verdict,
    string? Answer,
    DateOnly? AnsweredOn,
    string? ActionTaken,
    ComplaintStatus Status,
    string? WithdrawalReason,
    string RegisteredByName,
    DateTimeOffset RegisteredAt,
    uint Version)
{
    public bool IsOpen => Status == ComplaintStatus.Open;

    public bool IsOverdueOn(DateOnly today) => Complaint.IsOverdue(Status, DueOn, today);

    public bool AnsweredLate => Status == ComplaintStatus.Answered && AnsweredOn > DueOn;
}

public static class ComplaintData
{
    /// <summary>The complaint if the user may open it (null otherwise), audited as a read (about the client when one is linked).</summary>
    public static async Task<ComplaintView?> ReadAsync(AppDbContext db, AccessScope scope, AuditLog audit, ClaimsPrincipal user, int organisationId, int id, CancellationToken ct)
    {
        var view = await LoadAsync(db, scope, user, organisationId, id, ct);
        if (view is not null)
        {
            await WriteAuditAsync(audit, AuditActions.ComplaintRead, view.ClientId, view.Number, ct);
        }

        return view;
    }

    public static async Task<ComplaintView?> LoadAsync(AppDbContext db, AccessScope scope, ClaimsPrincipal user, int organisationId, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var row = await FeedbackData.Complaints(db, user, organisationId).AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                Complaint = c,
                ServiceName = db.Services.Where(s => s.Id == c.ServiceId).Select(s => s.Name).FirstOrDefault(),
                Version = EF.Property<uint>(c, "Version"),
            }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var c = row.Complaint;
        string? clientName = null;
        if (c.ClientId is { } clientId)
        {
            // A worker who registered the complaint sees the client's name only while the client is in their scope.
            clientName = await scope.Clients(user).Where(k => k.Id == clientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefaultAsync(ct);
        }

        var staffIds = c.StaffIds.ToList();
        var names = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return new ComplaintView(c.Id, c.Number, c.ReceivedOn, c.DueOn, c.From, c.ClientId, clientName, c.ComplainantName, c.Channel, c.Subject, row.ServiceName,
            staffIds.Where(names.ContainsKey).Select(s => names[s]).ToList(), c.StaffText, c.Investigation, c.Verdict, c.Answer, c.AnsweredOn, c.ActionTaken,
            c.Status, c.WithdrawalReason, c.RegisteredByName, c.RegisteredAt, row.Version);
    }

    /// <summary>Stages an audit entry about a complaint: about its client when one is linked.</summary>
    public static void AddAudit(AuditLog audit, string action, int? clientId, string number, string? more = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var details = "complaint=" + number + (more is null ? string.Empty : "; " + more);
        if (clientId is { } id)
        {
            audit.AddForClient(action, id, details: details);
        }
        else
        {
            audit.Add(action, "complaint", number, details);
        }
    }

    public static async Task WriteAuditAsync(AuditLog audit, string action, int? clientId, string number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var details = "complaint=" + number;
        if (clientId is { } id)
        {
            await audit.WriteForClientAsync(action, id, details: details, ct: ct);
        }
        else
        {
            await audit.WriteAsync(action, "complaint", number, details, ct: ct);
        }
    }
}
