using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Applications;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// No whole-table windows (issue 9): EF Core translates "one row by primary key" inside a projection
/// (<c>db.Clients.Where(c =&gt; c.Id == r.RelatedClientId).Select(c =&gt; new { ... }).FirstOrDefault()</c>) into a join on
/// <c>ROW_NUMBER() OVER(PARTITION BY c.id ORDER BY c.id)</c> over the whole table, which PostgreSQL cannot narrow by the
/// join key: at 100,000 clients every such request read all clients. The main pages, and the pages that had such a
/// projection, are opened on generated data and no SQL command they send may contain that window.
/// </summary>
public sealed partial class SqlShapeTests(WebFixture fixture) : ScaleTest(fixture)
{
    [Fact]
    public async Task Pages_send_no_window_over_a_whole_table_to_find_one_row_by_its_key()
    {
        var counter = new CommandCounter();
        await using var host = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var site = await GenerateAsync(host);
        var t = await WithDbAsync(async db =>
        {
            var workerClients = db.CaseFiles.Where(f => f.ResponsibleWorkerId == site.WorkerId).Select(f => f.ClientId);
            var application = await db.Applications.Where(a => workerClients.Contains(a.ClientId)).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var granted = await db.ApplicationDecisions
                .Where(d => d.Kind == DecisionKind.Grant && db.Applications.Any(a => a.Id == d.ApplicationId && workerClients.Contains(a.ClientId)))
                .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            // A client of the worker with a relation to another client, for the family pages.
            var family = await db.ClientRelations.Where(r => r.RelatedClientId != null && workerClients.Contains(r.ClientId))
                .OrderBy(r => r.ClientId).Select(r => r.ClientId).FirstAsync();
            return new { Application = application, Granted = granted, Family = family };
        });

        var pages = site.MainPages.Concat(
        [
            new("client page (family)", site.Worker, "/Clients/Details/" + t.Family),
            new("client's own-file PDF (family)", site.Worker, "/Clients/Export/" + t.Family),
            new("connections and eco-map", site.Worker, "/Connections/Client/" + t.Family),
            new("application details", site.Worker, "/Applications/Details/" + t.Application),
            new("application withdrawal form (header)", site.Worker, "/Applications/Withdraw/" + t.Application),
            new("decision letter PDF", site.Worker, "/Applications/Letter/" + t.Granted),
            new("plan print", site.Worker, "/Plans/Print/" + site.CaseId),
            new("plan PDF", site.Worker, "/Plans/Pdf/" + site.CaseId),
            new("risk assessment form (household)", site.Worker, "/Assessments/Create/" + site.CaseId),
            new("group member evaluations", site.Leader, "/Groups/Evaluations/" + site.GroupId),
        ]);
        var failures = new List<string>();
        foreach (var (name, client, url) in pages)
        {
            counter.Reset();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            failures.AddRange(counter.Commands.Where(c => WholeTableWindow().IsMatch(c))
                .Select(c => $"{name} ({url}): {c.Split('\n')[0].Trim()} … {WholeTableWindow().Match(c).Value}"));
        }

        Assert.True(failures.Count == 0, "SQL with a window over a whole table to find one row by its key:\n" + string.Join("\n", failures));
    }

    /// <summary>EF's top-1-per-key window: <c>ROW_NUMBER() OVER(PARTITION BY c0.id ORDER BY c0.id)</c>, with or without quoted names.</summary>
    [GeneratedRegex("""ROW_NUMBER\(\)\s*OVER\s*\(\s*PARTITION BY\s+"?(\w+)"?\."?id"?\s+ORDER BY\s+"?\1"?\."?id"?\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex WholeTableWindow();
}
