using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Benchmarks;

/// <summary>
/// Issue 7's benchmark: for each scale a fresh database whose provider has that many clients, the app in-process on it,
/// an auditor signed in, and the annual report's preview (a draft computes its figures live) and PDF download timed:
/// one warm-up, then the median of three, with the bytes allocated and the working set's rise during the request.
/// </summary>
internal static class ReportBenchmark
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken ct)
    {
        await using var database = await BenchDatabase.OpenAsync(null, "socialservices_report_bench", ct);
        var lines = new List<string>
        {
            "| Clients | Generation | Preview median | Preview allocated | Preview WS rise | PDF median | PDF size | PDF allocated | PDF WS rise |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var clients in arguments.Clients)
        {
            var connection = await database.CreateAsync(string.Create(CultureInfo.InvariantCulture, $"socialservices_report_{clients}"));
            var data = await BenchDatabase.GenerateAsync(connection, clients, arguments.Seed, TextWriter.Null, ct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients:N0} clients generated in {data.Elapsed.TotalSeconds:0.0} s"));
            await using var factory = new AppFactory(connection, BenchDatabase.Settings);
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await WebSession.SignInAsync(client, data.UsersByRole[Roles.Auditor][0], GeneratedData.Password, ct);
            var preview = await TimeAsync(client, $"/Reports/Annual/{data.ReportId}", ct);
            var pdf = await TimeAsync(client, $"/Reports/Pdf/{data.ReportId}", ct);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {clients:N0} | {data.Elapsed.TotalSeconds:0.0} s | {preview.Median:0} ms | {preview.Allocated / 1048576.0:0.0} MB | {preview.Rise / 1048576.0:0} MB | {pdf.Median:0} ms | {pdf.Size / 1024.0:0} KB | {pdf.Allocated / 1048576.0:0.0} MB | {pdf.Rise / 1048576.0:0} MB |");
            output.WriteLine(line);
            lines.Add(line);
        }

        output.WriteLine();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        return 0;
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
