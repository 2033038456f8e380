using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Data;
using SocialServices.Web.Data.Configurations;
using SocialServices.Web.Identity;
using SocialServices.Web.Reporting;
using SocialServices.Web.Tests.Attendance;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// client_group_years, the summary of present attendance at held sessions per client, group and year that PostgreSQL
/// triggers keep: it equals a recomputation from the records after saves through the register page, direct EF changes
/// and plain SQL (as an import would write), also when two transactions change a session and its attendance at once;
/// and the annual report reads the same figures from it as from the attendance itself.
/// </summary>
public sealed class ClientGroupYearsTests(WebFixture fixture) : AttendanceTest(fixture)
{
    private sealed record Row(int Year, int GroupId, int ClientId, int Present);

    /// <summary>The summary's non-zero rows (rows at 0 may stay).</summary>
    private async Task<List<Row>> SummaryAsync() => await WithDbAsync(async db =>
        (await db.ClientGroupYears.AsNoTracking().Where(c => c.PresentSessions != 0).ToListAsync())
            .Select(c => new Row(c.Year, c.GroupId, c.ClientId, c.PresentSessions)).OrderBy(r => (r.Year, r.GroupId, r.ClientId)).ToList());

    /// <summary>The same figures computed from the records now.</summary>
    private async Task<List<Row>> ExpectedAsync() => await WithDbAsync(async db =>
        (await db.AttendanceRecords.AsNoTracking().Where(a => a.Status == AttendanceStatus.Present)
            .Join(db.GroupSessions.Where(s => s.AttendanceRecorded && s.Status == SessionStatus.Planned), a => a.SessionId, s => s.Id, (a, s) => new { s.Date.Year, s.GroupId, a.ClientId })
            .GroupBy(x => new { x.Year, x.GroupId, x.ClientId })
            .Select(g => new { g.Key.Year, g.Key.GroupId, g.Key.ClientId, Present = g.Count() })
            .ToListAsync())
            .Select(r => new Row(r.Year, r.GroupId, r.ClientId, r.Present)).OrderBy(r => (r.Year, r.GroupId, r.ClientId)).ToList());

    /// <summary>The summary equals the records, and rebuild_client_group_years() leaves it as it was.</summary>
    private async Task AssertSummaryRightAsync(string step)
    {
        var expected = await ExpectedAsync();
        var summary = await SummaryAsync();
        Assert.True(expected.SequenceEqual(summary), step + ": expected " + string.Join(", ", expected) + " but the summary has " + string.Join(", ", summary));
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(ClientGroupYears.Rebuild));
        Assert.Equal(summary, await SummaryAsync());
    }

    private Task<int> SqlAsync(string sql) => WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private static string Sql(FormattableString sql) => FormattableString.Invariant(sql);

    private async Task<int> PresentAsync(int groupId, int clientId, int year) =>
        (await SummaryAsync()).SingleOrDefault(r => r.GroupId == groupId && r.ClientId == clientId && r.Year == year)?.Present ?? 0;

    [Fact]
    public async Task The_summary_follows_register_saves_corrections_and_changes_of_sessions_made_any_way()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var workerId = (await UserAsync(Roles.SocialWorker, "worker")).Id;
        var (groupId, sessions) = await GroupAsync(4, 3, leaderId);
        var (otherGroupId, _) = await GroupAsync(1, 1, leaderId);
        var members = await MembersAsync(groupId, 5, workerId);
        await AssertSummaryRightAsync("nothing recorded");

        // The register page: the first session with one absent member, the second with everyone present.
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), RegisterFields(page, c => c == members[0] ? "Absent" : "Present"), null, page)).StatusCode);
        await AssertSummaryRightAsync("first register");
        Assert.Equal(0, await PresentAsync(groupId, members[0], Today.Year));
        Assert.Equal(1, await PresentAsync(groupId, members[1], Today.Year));

        page = await GetDocumentAsync(leader, RegisterUrl(sessions[1]));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[1]), RegisterFields(page, _ => "Present"), null, page)).StatusCode);
        await AssertSummaryRightAsync("second register");
        Assert.Equal(2, await PresentAsync(groupId, members[1], Today.Year));

        // A correction through the page: present → absent, absent → present, and a note only (no change of the summary).
        page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        var fields = RegisterFields(page, c => c == members[1] ? "Absent" : "Present", c => (false, null, c == members[2] ? "Aktīvi piedalījās" : null));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), fields, null, page)).StatusCode);
        await AssertSummaryRightAsync("correction");
        Assert.Equal(1, await PresentAsync(groupId, members[1], Today.Year));
        Assert.Equal(2, await PresentAsync(groupId, members[0], Today.Year));

        // EF directly: attendance written before the session is marked held counts once it is held.
        await WithDbAsync(async db =>
        {
            db.AttendanceRecords.Add(new AttendanceRecord(sessions[2], members[3], AttendanceStatus.Present, false, null, null));
            db.AttendanceRecords.Add(new AttendanceRecord(sessions[2], members[4], AttendanceStatus.Excused, false, "Slimība", null));
            return await db.SaveChangesAsync();
        });
        await AssertSummaryRightAsync("attendance of a session not yet held");
        Assert.Equal(2, await PresentAsync(groupId, members[3], Today.Year));
        await WithDbAsync(async db =>
        {
            (await db.GroupSessions.SingleAsync(s => s.Id == sessions[2])).RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
            return await db.SaveChangesAsync();
        });
        await AssertSummaryRightAsync("session marked held");
        Assert.Equal(3, await PresentAsync(groupId, members[3], Today.Year));

        // Plain SQL, as an import would: un-held, cancelled, moved to another year, moved to another group, deleted, re-assigned.
        await SqlAsync(Sql($"UPDATE group_sessions SET attendance_recorded = false WHERE id = {sessions[1]}"));
        await AssertSummaryRightAsync("session un-held");
        await SqlAsync(Sql($"UPDATE group_sessions SET status = 'Cancelled', cancel_reason = 'Imports' WHERE id = {sessions[2]}"));
        await AssertSummaryRightAsync("session cancelled");
        await SqlAsync(Sql($"UPDATE group_sessions SET attendance_recorded = true, status = 'Planned' WHERE id IN ({sessions[1]}, {sessions[2]})"));
        await AssertSummaryRightAsync("both held again");
        await SqlAsync(Sql($"UPDATE group_sessions SET date = date '{Today.Year - 1}-12-30' WHERE id = {sessions[0]}"));
        await AssertSummaryRightAsync("session moved to the year before");
        Assert.Equal(1, await PresentAsync(groupId, members[2], Today.Year - 1));
        await SqlAsync(Sql($"UPDATE group_sessions SET group_id = {otherGroupId} WHERE id = {sessions[1]}"));
        await AssertSummaryRightAsync("session moved to another group");
        Assert.Equal(1, await PresentAsync(otherGroupId, members[1], Today.Year));
        await SqlAsync(Sql($"UPDATE attendance_records SET status = 'Absent' WHERE session_id = {sessions[2]} AND client_id = {members[3]}"));
        await SqlAsync(Sql($"UPDATE attendance_records SET client_id = {members[0]} WHERE session_id = {sessions[2]} AND client_id = {members[4]}"));
        await SqlAsync(Sql($"UPDATE attendance_records SET status = 'Present' WHERE session_id = {sessions[2]} AND client_id = {members[0]}"));
        await AssertSummaryRightAsync("imported corrections");
        await SqlAsync(Sql($"DELETE FROM attendance_records WHERE session_id = {sessions[0]} AND client_id = {members[2]}"));
        await AssertSummaryRightAsync("attendance deleted");
        Assert.Equal(0, await PresentAsync(groupId, members[2], Today.Year - 1));

        // New attendance through the page on the last session, and a multi-row statement.
        page = await GetDocumentAsync(leader, RegisterUrl(sessions[3]));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[3]), RegisterFields(page, _ => "Present"), null, page)).StatusCode);
        await SqlAsync(Sql($"UPDATE attendance_records SET status = CASE status WHEN 'Present' THEN 'Absent' ELSE 'Present' END WHERE session_id IN ({sessions[1]}, {sessions[3]})"));
        await AssertSummaryRightAsync("new register, then a statement over two sessions");
    }

    [Fact]
    public async Task A_session_marked_held_and_its_attendance_saved_at_the_same_time_in_either_order_are_both_counted()
    {
        await SetUpCatalogueAsync();
        var (_, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var workerId = (await UserAsync(Roles.SocialWorker, "worker")).Id;
        var (groupId, sessions) = await GroupAsync(2, 2, leaderId);
        var members = await MembersAsync(groupId, 2, workerId);

        // 1. The attendance first (uncommitted, the session not yet held), then the session is marked held by another
        //    transaction: its UPDATE waits for the attendance's FOR SHARE lock and then counts the committed row.
        await RaceAsync(
            Sql($"INSERT INTO attendance_records (session_id, client_id, status, late) VALUES ({sessions[0]}, {members[0]}, 'Present', false)"),
            Sql($"UPDATE group_sessions SET attendance_recorded = true WHERE id = {sessions[0]}"));
        Assert.Equal(1, await PresentAsync(groupId, members[0], Today.Year));

        // 2. The session first (uncommitted), then attendance by another transaction: it waits and then reads the session as held.
        await RaceAsync(
            Sql($"UPDATE group_sessions SET attendance_recorded = true WHERE id = {sessions[1]}"),
            Sql($"INSERT INTO attendance_records (session_id, client_id, status, late) VALUES ({sessions[1]}, {members[1]}, 'Present', false)"));
        Assert.Equal(1, await PresentAsync(groupId, members[1], Today.Year));

        // 3. Un-held while a correction to present is in flight.
        await RaceAsync(
            Sql($"UPDATE attendance_records SET status = 'Absent' WHERE session_id = {sessions[1]} AND client_id = {members[1]}"),
            Sql($"UPDATE group_sessions SET attendance_recorded = false WHERE id = {sessions[1]}"));
        await AssertSummaryRightAsync("after the races");
    }

    /// <summary>Runs <paramref name="first"/> in an open transaction, starts <paramref name="second"/> on another connection
    /// (it must block), commits the first, and waits for the second.</summary>
    private async Task RaceAsync(string first, string second)
    {
        await using var one = new NpgsqlConnection(Fixture.ConnectionString);
        await using var two = new NpgsqlConnection(Fixture.ConnectionString);
        await one.OpenAsync();
        await two.OpenAsync();
        await using var transaction = await one.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(first, one, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var blocked = new NpgsqlCommand(second, two);
        var running = blocked.ExecuteNonQueryAsync();
        // observed from a third connection: each of its queries is its own transaction, so it sees pg_stat_activity afresh
        await using var observer = new NpgsqlConnection(Fixture.ConnectionString);
        await observer.OpenAsync();
        Assert.True(await WaitsForLockAsync(observer, two.ProcessID, running), "the second statement waits for the first transaction");
        await transaction.CommitAsync();
        await running;
        await AssertSummaryRightAsync("race: " + first + " / " + second);
    }

    /// <summary>True once PostgreSQL shows the backend <paramref name="pid"/> waiting for a lock; false if its statement
    /// finishes first (it did not wait) or no wait shows within 30 s.</summary>
    private static async Task<bool> WaitsForLockAsync(NpgsqlConnection observer, int pid, Task running)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!running.IsCompleted && DateTime.UtcNow < until)
        {
            await using var check = new NpgsqlCommand("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = @pid", observer);
            check.Parameters.AddWithValue("pid", pid);
            if (await check.ExecuteScalarAsync() is true)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task The_report_of_a_whole_year_reads_the_summary_and_gets_the_same_figures_as_from_the_attendance()
    {
        await SetUpCatalogueAsync();
        var (_, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var workerId = (await UserAsync(Roles.SocialWorker, "worker")).Id;
        var (groupId, _) = await GroupAsync(1, 1, leaderId);
        var members = await MembersAsync(groupId, 8, workerId);
        var year = Today.Year;
        var municipalityId = await WithDbAsync(db => db.Organisations.Select(o => o.MunicipalityId).FirstAsync());
        var otherServiceId = ConsultationServiceId;

        // Groups of two services over three years; held, cancelled, not recorded sessions; present, absent, excused rows.
        await WithDbAsync(async db =>
        {
            var random = new Random(9);
            foreach (var (service, start) in new[] { (SkillsServiceId, new DateOnly(year - 1, 11, 3)), (SkillsServiceId, new DateOnly(year, 3, 2)), (otherServiceId, new DateOnly(year, 10, 5)), (otherServiceId, new DateOnly(year, 12, 7)) })
            {
                var group = new ProgrammeGroup(OrganisationId, service, "Grupa " + start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), start, start.AddDays(70), 10, null);
                db.ProgrammeGroups.Add(group);
                await db.SaveChangesAsync();
                var list = Enumerable.Range(0, 10).Select(i => new GroupSession(group.Id, start.AddDays(7 * i), new TimeOnly(17, 0), new TimeOnly(18, 30), null)).ToList();
                foreach (var (session, i) in list.Select((s, i) => (s, i)))
                {
                    if (i == 3)
                    {
                        session.Cancel("Vadītāja slimība");
                    }
                    else if (i != 5 && session.Date < Today)
                    {
                        session.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
                    }
                }

                db.GroupSessions.AddRange(list);
                await db.SaveChangesAsync();
                foreach (var session in list.Where(s => s.Status == SessionStatus.Planned))
                {
                    foreach (var member in members.Where(_ => random.Next(3) > 0))
                    {
                        var status = random.Next(5) switch { 0 => AttendanceStatus.Absent, 1 => AttendanceStatus.Excused, _ => AttendanceStatus.Present };
                        db.AttendanceRecords.Add(new AttendanceRecord(session.Id, member, status, false, status == AttendanceStatus.Excused ? "Slimība" : null, null));
                    }
                }
            }

            return await db.SaveChangesAsync();
        });
        await AssertSummaryRightAsync("arranged");

        var wholeYear = new DelegationContract(OrganisationId, municipalityId, "L-1", new DateOnly(year - 2, 12, 1), new DateOnly(year - 2, 1, 1), null, "Grupu nodarbības", [SkillsServiceId, otherServiceId]);
        // From 2 January: the exact query over attendance (no session of the arrangement is on 1 January).
        var fromSecond = new DelegationContract(OrganisationId, municipalityId, "L-2", new DateOnly(year - 1, 12, 1), new DateOnly(year, 1, 2), null, "Grupu nodarbības", [SkillsServiceId, otherServiceId]);
        var summary = await FiguresAsync(wholeYear, year);
        var exact = await FiguresAsync(fromSecond, year);
        Assert.Equal(new DateOnly(year, 1, 1), summary.PeriodFrom);
        Assert.Equal(new DateOnly(year, 1, 2), exact.PeriodFrom);
        Assert.True(summary.TotalClients > 0);
        Assert.Equal(Served(exact), Served(summary));
        Assert.Equal(JsonSerializer.Serialize(exact.Services), JsonSerializer.Serialize(summary.Services));
        Assert.Equal(JsonSerializer.Serialize(exact.Distribution), JsonSerializer.Serialize(summary.Distribution));

        // The year before too (the groups of last November), and proof that the whole year reads the summary.
        Assert.Equal(Served(await FiguresAsync(new DelegationContract(OrganisationId, municipalityId, "L-3", new DateOnly(year - 2, 12, 1), new DateOnly(year - 1, 1, 2), null, "Grupu nodarbības", [SkillsServiceId, otherServiceId]), year - 1)),
            Served(await FiguresAsync(wholeYear, year - 1)));
        await SqlAsync(Sql($"UPDATE client_group_years SET present_sessions = 0 WHERE year = {year} AND client_id = {members[0]}"));
        Assert.DoesNotContain((long)members[0], Served(await FiguresAsync(wholeYear, year)).SelectMany(s => s.Value));
        Assert.Contains((long)members[0], Served(await FiguresAsync(fromSecond, year)).SelectMany(s => s.Value));
    }

    [Fact]
    public async Task A_generated_database_has_the_summary_rebuilt_and_its_triggers_on_again()
    {
        await new Benchmarks.Generator(Factory.Services, Fixture.ConnectionString, 40, 7, TextWriter.Null).RunAsync(CancellationToken.None);
        Assert.NotEmpty(await SummaryAsync());
        await AssertSummaryRightAsync("generated");
        var enabled = await WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT tgenabled::text AS \"Value\" FROM pg_trigger WHERE tgname IN ('client_group_years_attendance', 'client_group_years_session')").ToListAsync());
        Assert.Equal(["O", "O"], enabled);
    }

    private async Task<AnnualFigures> FiguresAsync(DelegationContract contract, int year) =>
        await InScopeAsync(sp => sp.GetRequiredService<AnnualFiguresBuilder>().BuildAsync(contract, year, CancellationToken.None));

    /// <summary>The clients behind each service's "clients" figure and the total.</summary>
    private static SortedDictionary<string, List<long>> Served(AnnualFigures figures) =>
        new(figures.Trace.Where(t => t.Key.Contains("clients", StringComparison.OrdinalIgnoreCase) || t.Key == FigureKeys.TotalClients)
            .ToDictionary(t => t.Key, t => t.Value.Select(r => r.Id).Order().ToList()), StringComparer.Ordinal);
}
