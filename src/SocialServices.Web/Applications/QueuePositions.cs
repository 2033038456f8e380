using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Web.Data;

namespace SocialServices.Web.Applications;

/// <summary>Queue positions read from the database: the queued applications of one service, in <see cref="ApplicationQueue"/> order.</summary>
public static class QueuePositions
{
    /// <summary>Every queued application of the service with its place (1 = next), first served first.</summary>
    public static async Task<IReadOnlyList<(QueueEntry Entry, int Position)>> OfServiceAsync(AppDbContext db, int organisationId, int serviceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.Applications.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.ServiceId == serviceId && a.Status == ApplicationStatus.Queued && a.QueuedOn != null)
            .Select(a => new QueueEntry(a.Id, a.QueuedOn!.Value, a.SubmittedOn))
            .ToListAsync(ct);
        return ApplicationQueue.Order(entries);
    }

    /// <summary>The place of a queued application in its service's queue; null when it is not queued.</summary>
    public static async Task<int?> OfApplicationAsync(AppDbContext db, int organisationId, int serviceId, int applicationId, CancellationToken ct)
    {
        var order = await OfServiceAsync(db, organisationId, serviceId, ct);
        return order.Where(x => x.Entry.ApplicationId == applicationId).Select(x => (int?)x.Position).FirstOrDefault();
    }
}
