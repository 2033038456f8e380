using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Staff;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Staff;

/// <summary>
/// Each worker's load (issue 6, "Workload"): open cases as the responsible worker and in case teams, group sessions
/// led (held sessions, by their actual length) and individual appointments that took place, in a month and in the year
/// so far; and the staffing norm from the municipality's population.
/// </summary>
public sealed class WorkloadReport(AppDbContext db, IOptions<StaffSettings> settings, TimeProvider clock)
{
    public sealed record Result(
        DateOnly Month,
        IReadOnlyList<Row> Rows,
        StaffingNorm? Norm,
        string MunicipalityName,
        int MunicipalityId,
        uint MunicipalityVersion,
        IReadOnlyList<string> Specialists);

    /// <summary>One worker: the month's and the year's figures, and how the open cases compare to the mean.</summary>
    public sealed record Row(WorkerLoad Month, WorkerLoad Year, decimal? CaseRatio, bool Overloaded, bool Active);

    public async Task<Result> LoadAsync(int organisationId, DateOnly month, CancellationToken ct)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var yearFirst = new DateOnly(month.Year, 1, 1);

        var openCases = db.CaseFiles.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Status == CaseStatus.Open && !c.IsArchived);
        var responsible = await openCases.Where(c => c.ResponsibleWorkerId != null).GroupBy(c => c.ResponsibleWorkerId!)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.UserId, x => x.Count, StringComparer.Ordinal, ct);
        var team = await openCases.SelectMany(c => c.Team.Where(t => t.RemovedAt == null)).GroupBy(t => t.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.UserId, x => x.Count, StringComparer.Ordinal, ct);

        // held sessions of the organisation's groups from the year's start to the month's end, with who led them
        var led = await db.SessionLeaders.AsNoTracking()
            .Join(db.GroupSessions.AsNoTracking().Where(s => s.AttendanceRecorded && s.Status == SessionStatus.Planned && s.Date >= yearFirst && s.Date <= last),
                l => l.SessionId, s => s.Id, (l, s) => new { l.UserId, Session = s })
            .Where(x => db.ProgrammeGroups.Any(g => g.Id == x.Session.GroupId && g.OrganisationId == organisationId))
            .ToListAsync(ct);
        var (fromAt, untilAt) = (LatvianTime.StartOfDay(yearFirst), LatvianTime.StartOfDay(last.AddDays(1)));
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Status == AttendanceStatus.Present && a.StartsAt >= fromAt && a.StartsAt < untilAt)
            .Select(a => new { a.SpecialistId, a.StartsAt, a.DurationMinutes })
            .ToListAsync(ct);

        var workers = await CaseData.ActiveStaffAsync(db, CaseData.TeamRoles, ct);
        var involved = responsible.Keys.Concat(team.Keys).Concat(led.Select(l => l.UserId)).Concat(appointments.Select(a => a.SpecialistId))
            .Distinct(StringComparer.Ordinal).Where(id => workers.All(w => w.Id != id)).ToList();
        var others = await CaseData.UserNamesAsync(db, involved, ct);
        var people = workers.Select(w => (w.Id, w.Name, Active: true)).Concat(others.Select(o => (Id: o.Key, Name: o.Value, Active: false))).ToList();

        WorkerLoad Load(string id, string name, DateOnly from)
        {
            var sessions = led.Where(l => l.UserId == id && l.Session.Date >= from).ToList();
            var given = appointments.Where(a => a.SpecialistId == id && DateOnly.FromDateTime(a.StartsAt.ToLatvian().DateTime) >= from).ToList();
            return new WorkerLoad(id, name, responsible.GetValueOrDefault(id), team.GetValueOrDefault(id),
                sessions.Count, sessions.Sum(s => s.Session.HeldMinutes), given.Count, given.Sum(a => a.DurationMinutes));
        }

        var monthLoads = people.Select(p => (p, Month: Load(p.Id, p.Name, first), Year: Load(p.Id, p.Name, yearFirst))).ToList();
        var balance = WorkloadBalance.Of(monthLoads.Select(m => m.Month), settings.Value.OverloadPercent / 100m);
        var rows = monthLoads
            .Select(m => new Row(m.Month, m.Year, balance[m.p.Id].Ratio, balance[m.p.Id].Overloaded, m.p.Active))
            .OrderByDescending(r => r.Month.OpenCasesResponsible).ThenByDescending(r => r.Month.ClientHours).ThenBy(r => r.Month.Name, Cultures.LatvianComparer)
            .ToList();

        // the norm: social work specialists employed today (or on the month's last day, for a past month)
        var today = LatvianTime.Today(clock);
        var on = last < today ? last : today;
        var municipality = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Join(db.Municipalities.AsNoTracking(), o => o.MunicipalityId, m => m.Id, (o, m) => new { m.Id, m.Name, m.Population, m.PopulationYear, Version = EF.Property<uint>(m, "Version") })
            .FirstAsync(ct);
        var specialists = await db.StaffMembers.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.EmployedFrom <= on && (m.EmployedUntil == null || m.EmployedUntil >= on)
                        && db.StaffPositions.Any(p => p.Id == m.PositionId && p.SocialWorkSpecialist))
            .OrderBy(m => m.LastName).ThenBy(m => m.FirstName)
            .Select(m => m.FirstName + " " + m.LastName)
            .ToListAsync(ct);
        StaffingNorm? norm = municipality.Population is { } population
            ? StaffingNorm.Evaluate(population, municipality.PopulationYear ?? on.Year, settings.Value.InhabitantsPerSocialWorkSpecialist, specialists.Count)
            : null;
        return new Result(first, rows, norm, municipality.Name, municipality.Id, municipality.Version, specialists);
    }
}
