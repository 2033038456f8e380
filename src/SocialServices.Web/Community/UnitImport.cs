using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Community;

/// <summary>What an import did.</summary>
public sealed record ImportResult(int Added, int AlreadyCounted, int WithoutEpisode);

/// <summary>
/// Takes delivered units from records that already exist, for the clients the user may change: a held group session the client
/// attended (status Present) becomes units of the client's episode of the group's programme running on the session's day; an
/// individual appointment that took place (status Present) becomes units of the client's episode of the appointment's service
/// (without a service: the client's one running specialist-consultation episode). Each unit points back to its record
/// (source + source id) and the unique index on live entries means running the import again never counts a record twice.
/// Quantity: hours for an hour-measured episode (held minutes / 60), otherwise one session, day or night.
/// </summary>
public sealed class UnitImport(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, CancellationToken ct)
    {
        var clients = scope.OwnClients(user).Select(c => c.Id);
        var userId = user.UserId() ?? throw new InvalidOperationException("A signed-in user is required.");
        var now = clock.GetUtcNow();
        var episodes = await db.ServiceEpisodes.AsNoTracking().Where(e => clients.Contains(e.ClientId) && e.Unit != null && e.StartOn <= to && (e.EndedOn == null || e.EndedOn >= from))
            .Join(db.Services, e => e.ServiceId, s => s.Id, (e, s) => new { e.Id, e.ClientId, e.ServiceId, s.Type, e.StartOn, e.EndedOn, Unit = e.Unit!.Value })
            .ToListAsync(ct);

        var attended = await db.AttendanceRecords.AsNoTracking().Where(r => r.Status == AttendanceStatus.Present && clients.Contains(r.ClientId))
            .Join(db.GroupSessions.Where(s => s.AttendanceRecorded && s.Date >= from && s.Date <= to), r => r.SessionId, s => s.Id, (r, s) => new { r.Id, r.ClientId, s.GroupId, s.Date, s.StartsAt, s.EndsAt, s.ActualStart, s.ActualEnd })
            .Join(db.ProgrammeGroups, x => x.GroupId, g => g.Id, (x, g) => new { x.Id, x.ClientId, g.ServiceId, x.Date, x.StartsAt, x.EndsAt, x.ActualStart, x.ActualEnd })
            .ToListAsync(ct);
        var fromAt = LatvianTime.StartOfDay(from);
        var toAt = LatvianTime.StartOfDay(to.AddDays(1));
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.Status == AttendanceStatus.Present && clients.Contains(a.ClientId) && a.StartsAt >= fromAt && a.StartsAt < toAt)
            .Select(a => new { a.Id, a.ClientId, a.ServiceId, a.StartsAt, a.DurationMinutes })
            .ToListAsync(ct);

        var candidates = new List<(UnitSource Source, int SourceId, int ClientId, int? ServiceId, DateOnly On, int Minutes)>();
        candidates.AddRange(attended.Select(a => (UnitSource.Attendance, a.Id, a.ClientId, (int?)a.ServiceId, a.Date,
            (int)((a.ActualEnd ?? a.EndsAt) - (a.ActualStart ?? a.StartsAt)).TotalMinutes)));
        candidates.AddRange(appointments.Select(a => (UnitSource.Appointment, a.Id, a.ClientId, a.ServiceId, DateOnly.FromDateTime(a.StartsAt.ToLatvian().DateTime), a.DurationMinutes)));

        var counted = await db.DeliveredUnits.AsNoTracking().Where(u => u.WithdrawnAt == null && u.SourceId != null && (u.Source == UnitSource.Attendance || u.Source == UnitSource.Appointment))
            .Select(u => new { u.Source, u.SourceId }).ToListAsync(ct);
        var already = counted.Select(c => (c.Source, c.SourceId!.Value)).ToHashSet();
        int added = 0, skipped = 0, without = 0;
        var perClient = new Dictionary<int, int>();
        foreach (var c in candidates)
        {
            if (already.Contains((c.Source, c.SourceId)))
            {
                skipped++;
                continue;
            }

            var running = episodes.Where(e => e.ClientId == c.ClientId && e.StartOn <= c.On && (e.EndedOn == null || e.EndedOn >= c.On)).ToList();
            var matching = c.ServiceId is { } serviceId
                ? running.Where(e => e.ServiceId == serviceId).ToList()
                : running.Where(e => e.Type == ServiceType.SpecialistConsultations).ToList();
            if (matching.Count != 1)
            {
                without++;
                continue;
            }

            var episode = matching[0];
            var quantity = episode.Unit == ServiceUnit.Hour ? Math.Round(Math.Max(c.Minutes, 1) / 60m, 2, MidpointRounding.AwayFromZero) : 1m;
            db.DeliveredUnits.Add(new DeliveredUnit(episode.Id, episode.ClientId, episode.ServiceId, c.On, episode.Unit, quantity, c.Source, c.SourceId, userId, now));
            perClient[c.ClientId] = perClient.GetValueOrDefault(c.ClientId) + 1;
            added++;
        }

        foreach (var (clientId, count) in perClient)
        {
            audit.AddForClient(AuditActions.UnitsImport, clientId, null,
                $"from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; added={count.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // someone imported the same records at the same moment: theirs stand, nothing is counted twice
            db.ChangeTracker.Clear();
            return new ImportResult(0, skipped + added, without);
        }

        return new ImportResult(added, skipped, without);
    }
}
