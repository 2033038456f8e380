using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Benchmarks;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// Base of the tests that open the load benchmark's main pages on generated data (a worker with many cases, a long case
/// timeline, a register of 30), through a test host whose SQL commands a <see cref="CommandCounter"/> sees.
/// </summary>
public abstract class ScaleTest(WebFixture fixture) : WebTest(fixture)
{
    /// <summary>Generates a tiny data set, picks the records the pages show and signs in the users who open them.</summary>
    internal async Task<ScaleSite> GenerateAsync(WebApplicationFactory<Program> host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var data = await new Generator(Factory.Services, Fixture.ConnectionString, 160, 11, TextWriter.Null).RunAsync(CancellationToken.None);
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
            return new { CaseId = caseFile.Id, ShortCaseId = shortCase, caseFile.ClientId, WorkerId = caseFile.ResponsibleWorkerId!, Worker = Name(caseFile.ResponsibleWorkerId!), Group = bigGroup, Session = session, Leader = Name(leader) };
        });
        var worker = await SignInAsync(host, t.Worker);
        var leaderClient = await SignInAsync(host, t.Leader);
        var manager = await SignInAsync(host, data.UsersByRole[Roles.ServiceManager][0]);
        var auditor = await SignInAsync(host, data.UsersByRole[Roles.Auditor][0]);

        var pages = new ScalePage[]
        {
            new("worker board", worker, "/"),
            new("client search", worker, "/Clients?q=" + Uri.EscapeDataString("bērz")),
            new("client page", worker, "/Clients/Details/" + t.ClientId),
            new("case page (long timeline)", worker, "/Cases/Details/" + t.CaseId),
            new("case page (short timeline)", worker, "/Cases/Details/" + t.ShortCaseId),
            new("client's own-file PDF", worker, "/Clients/Export/" + t.ClientId),
            new("attendance register", leaderClient, "/Attendance/Register/" + t.Session),
            new("manager deadline board", manager, "/Applications/Board"),
            new("audit log search", auditor, "/Audit?Actor=" + Uri.EscapeDataString(t.Worker)),
            new("annual report preview", auditor, "/Reports/Annual/" + data.ReportId),
        };
        return new ScaleSite(t.CaseId, t.ClientId, t.WorkerId, t.Group, worker, leaderClient, pages);
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = GeneratedData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

/// <summary>A page to open, as whom, and under which name a failure names it.</summary>
internal sealed record ScalePage(string Name, HttpClient Client, string Url);

/// <summary>The generated records the pages show (the worker's long case and its client, the biggest group), the signed-in worker and group leader, and the main pages.</summary>
internal sealed record ScaleSite(int CaseId, int ClientId, string WorkerId, int GroupId, HttpClient Worker, HttpClient Leader, IReadOnlyList<ScalePage> MainPages);
