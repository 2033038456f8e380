using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Benchmarks;

/// <summary>
/// Issue 7's benchmark: for each scale a fresh database whose provider has that many clients, the app in-process on it,
/// an auditor signed in, and the annual report's preview (a draft computes its figures live) and PDF download timed:
/// one warm-up, then the median of three, with the bytes allocated and the working set's rise during the request. With
/// <c>--connection</c> it times the latest report of a database the generator has already filled instead.
/// </summary>
internal static class ReportBenchmark
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken ct)
    {
        var lines = new List<string>
        {
            "| Clients | Generation | Preview median | Preview allocated | Preview WS rise | PDF median | PDF size | PDF allocated | PDF WS rise |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        if (arguments.Connection is { } existing)
        {
            // A database the generator has already filled: nothing is generated or written but what signing in and the
            // report pages write themselves (audit entries); the latest annual report and the first auditor are used.
            await using var factory = new AppFactory(existing, BenchDatabase.Settings);
            var target = (await LoadBenchmark.Targets.FindAsync(factory.Services, 1, ct))[0];
            var clients = await CountClientsAsync(factory.Services, ct);
            lines.Add(await MeasureAsync(factory, target.Auditor, target.ReportId, string.Create(CultureInfo.InvariantCulture, $"| {clients:N0} | (existing) |"), output, ct));
        }
        else
        {
            await using var database = await BenchDatabase.OpenAsync(null, "socialservices_report_bench", ct);
            foreach (var clients in arguments.Clients)
            {
                var connection = await database.CreateAsync(string.Create(CultureInfo.InvariantCulture, $"socialservices_report_{clients}"));
                var data = await BenchDatabase.GenerateAsync(connection, clients, arguments.Seed, TextWriter.Null, ct);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients:N0} clients generated in {data.Elapsed.TotalSeconds:0.0} s"));
                await using var factory = new AppFactory(connection, BenchDatabase.Settings);
                lines.Add(await MeasureAsync(factory, data.UsersByRole[Roles.Auditor][0], data.ReportId,
                    string.Create(CultureInfo.InvariantCulture, $"| {clients:N0} | {data.Elapsed.TotalSeconds:0.0} s |"), output, ct));
            }
        }

        output.WriteLine();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        return 0;
    }

    /// <summary>The auditor signs in; the report's preview and PDF are timed; returns the table row (after its first cells).</summary>
    private static async Task<string> MeasureAsync(AppFactory factory, string auditor, int reportId, string first, TextWriter output, CancellationToken ct)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await WebSession.SignInAsync(client, auditor, GeneratedData.Password, ct);
        var preview = await TimeAsync(client, $"/Reports/Annual/{reportId}", ct);
        var pdf = await TimeAsync(client, $"/Reports/Pdf/{reportId}", ct);
        var line = first + string.Create(CultureInfo.InvariantCulture,
            $" {preview.Median:0} ms | {preview.Allocated / 1048576.0:0.0} MB | {preview.Rise / 1048576.0:0} MB | {pdf.Median:0} ms | {pdf.Size / 1024.0:0} KB | {pdf.Allocated / 1048576.0:0.0} MB | {pdf.Rise / 1048576.0:0} MB |");
        output.WriteLine(line);
        return line;
    }

    private static async Task<int> CountClientsAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Clients.CountAsync(ct);
    }

    private static async Task<(double Median, long Allocated, long Rise, long Size)> TimeAsync(HttpClient client, string url, CancellationToken ct)
    {
        var size = 0L;
        async Task Get()
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
            }

            size = body.Length;
        }

        await Get();
        var runs = new List<(TimeSpan Elapsed, long Allocated, long PeakRise)>();
        for (var i = 0; i < Runs; i++)
        {
            runs.Add(await WebSession.MeasureAsync(Get));
        }

        var median = runs.OrderBy(r => r.Elapsed).ElementAt(Runs / 2);
        return (median.Elapsed.TotalMilliseconds, median.Allocated, runs.Max(r => r.PeakRise), size);
    }
}
