using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Benchmarks;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// No N+1 queries (issue 9): the SQL commands one request of each main page sends, counted by a command interceptor in
/// the test host, on generated data (a worker with many cases, a long case timeline, a register of 30). A page whose
/// count grew with its rows would exceed its fixed limit; the limits are the counts measured plus a little room.
/// </summary>
public sealed class QueryCountTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task Main_pages_send_a_small_fixed_number_of_sql_commands()
    {
        var data = await new Generator(Factory.Services, Fixture.ConnectionString, 160, 11, TextWriter.Null).RunAsync(CancellationToken.None);
        var counter = new CommandCounter();
        await using var host = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var t = await WithDbAsync(async db =>
        {
            var byContacts = await db.ContactRecords.GroupBy(c => c.CaseFileId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).ToListAsync();
            var caseFile = await db.CaseFiles.AsNoTracking().Where(c => c.Id == byContacts[0]).Select(c => new { c.Id, c.ClientId, c.ResponsibleWorkerId }).FirstAsync();
            // A short case of the same worker, to see that the count does not grow with the timeline.
            var shortCase = await db.CaseFiles.AsNoTracking().Where(c => c.ResponsibleWorkerId == caseFile.ResponsibleWorkerId && c.Id != caseFile.Id && c.Status == CaseStatus.Open)
                .OrderBy(c => db.ContactRecords.Count(r => r.CaseFileId == c.Id)).Select(c => c.Id).FirstAsync();
            var bigGroup = await db.GroupEnrolments.Where(e => e.GroupId != null).GroupBy(e => e.GroupId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var session = await db.GroupSessions.Where(s => s.GroupId == bigGroup && s.AttendanceRecorded).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var leader = await db.GroupLeaders.Where(l => l.GroupId == bigGroup).Select(l => l.UserId).FirstAsync();
            string Name(string id) => db.Users.Where(u => u.Id == id).Select(u => u.UserName!).First();
            return new { CaseId = caseFile.Id, ShortCaseId = shortCase, caseFile.ClientId, Worker = Name(caseFile.ResponsibleWorkerId!), Session = session, Leader = Name(leader) };
        });
        var worker = await SignInAsync(host, t.Worker);
        var leaderClient = await SignInAsync(host, t.Leader);
        var manager = await SignInAsync(host, data.UsersByRole[Roles.ServiceManager][0]);
        var auditor = await SignInAsync(host, data.UsersByRole[Roles.Auditor][0]);

        var pages = new (string Name, HttpClient Client, string Url, int Limit)[]
        {
            ("worker board", worker, "/", 40),
            ("client search", worker, "/Clients?q=" + Uri.EscapeDataString("bērz"), 40),
            ("client page", worker, "/Clients/Details/" + t.ClientId, 40),
            ("case page (long timeline)", worker, "/Cases/Details/" + t.CaseId, 40),
            ("case page (short timeline)", worker, "/Cases/Details/" + t.ShortCaseId, 40),
            ("client's own-file PDF", worker, "/Clients/Export/" + t.ClientId, 40),
            ("attendance register", leaderClient, "/Attendance/Register/" + t.Session, 40),
            ("manager deadline board", manager, "/Applications/Board", 40),
            ("audit log search", auditor, "/Audit?Actor=" + Uri.EscapeDataString(t.Worker), 40),
            ("annual report preview", auditor, "/Reports/Annual/" + data.ReportId, 40),
        };
        var counts = new List<string>();
        var failures = new List<string>();
        foreach (var (name, client, url, limit) in pages)
        {
            counter.Reset();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            var count = counter.Count;
            counts.Add($"{name}: {count}");
            if (count > limit)
            {
                failures.Add($"{name}: {count} > {limit}");
            }
        }

        // No N+1: the long timeline (about 250 events) costs no more commands than a short one (a few).
        int CountOf(string prefix) => int.Parse(counts.Single(c => c.StartsWith(prefix, StringComparison.Ordinal)).Split(": ")[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(CountOf("case page (long"), 0, CountOf("case page (short") + 2);
        Assert.True(failures.Count == 0, "Too many SQL commands: " + string.Join("; ", failures) + ". All: " + string.Join("; ", counts));
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = GeneratedData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Counts every command EF sends (readers, scalars, non-queries).</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
