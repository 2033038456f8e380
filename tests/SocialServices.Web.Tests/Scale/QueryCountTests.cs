using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// No N+1 queries (issue 9): the SQL commands one request of each main page sends, counted by a command interceptor in
/// the test host, on generated data (a worker with many cases, a long case timeline, a register of 30). A page whose
/// count grew with its rows would exceed its fixed limit; the limits are the counts measured plus a little room.
/// </summary>
public sealed class QueryCountTests(WebFixture fixture) : ScaleTest(fixture)
{
    /// <summary>The most commands one request of a main page may send: the counts measured plus a little room.</summary>
    private const int Limit = 40;

    [Fact]
    public async Task Main_pages_send_a_small_fixed_number_of_sql_commands()
    {
        var counter = new CommandCounter();
        await using var host = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var site = await GenerateAsync(host);
        var counts = new List<string>();
        var failures = new List<string>();
        foreach (var (name, client, url) in site.MainPages)
        {
            counter.Reset();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            var count = counter.Count;
            counts.Add($"{name}: {count}");
            if (count > Limit)
            {
                failures.Add($"{name}: {count} > {Limit}");
            }
        }

        // No N+1: the long timeline (about 250 events) costs no more commands than a short one (a few).
        int CountOf(string prefix) => int.Parse(counts.Single(c => c.StartsWith(prefix, StringComparison.Ordinal)).Split(": ")[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(CountOf("case page (long"), 0, CountOf("case page (short") + 2);
        Assert.True(failures.Count == 0, "Too many SQL commands: " + string.Join("; ", failures) + ". All: " + string.Join("; ", counts));
    }
}

/// <summary>Counts every command EF sends (readers, scalars, non-queries) and keeps its text.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public int Count => _commands.Count;

    /// <summary>The texts of the commands sent since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) => _commands.Enqueue(command.CommandText);
}
