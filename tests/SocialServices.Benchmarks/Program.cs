using System.Globalization;

// Volume generator and benchmarks of SocialServices (issue 9). See docs/benchmarks.md.
//   generate --clients N [--seed S] [--connection "Host=...;Database=..."]
//   report   --clients 150,1000,10000 [--seed S] | report --connection ... (an already generated database)
//   load     --clients N [--users 16] [--duration 60s] [--seed S] [--connection ...]
namespace SocialServices.Benchmarks;

internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // The web host finds its content root through MvcTestingAppManifest.json in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var arguments = Arguments.Parse(args);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        switch (arguments.Command)
        {
            case "generate":
                {
                    await using var database = await BenchDatabase.OpenAsync(arguments.Connection, "socialservices_bench", cancel.Token);
                    var data = await database.GenerateAsync(arguments.Clients[0], arguments.Seed, Console.Out, cancel.Token);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {arguments.Clients[0]:N0} clients in {data.Elapsed.TotalSeconds:0.0} s; peak working set {PeakMegabytes()} MB."));
                    foreach (var (table, rows) in data.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-32} {rows,12:N0}"));
                    }

                    Console.WriteLine("Users (password " + GeneratedData.Password + "): " + string.Join("; ", data.UsersByRole.Select(r => r.Key + " " + r.Value[0])));
                    if (arguments.Connection is null)
                    {
                        Console.WriteLine("No --connection given: the throwaway cluster is removed now.");
                    }

                    return 0;
                }

            case "report":
                return await ReportBenchmark.RunAsync(arguments, Console.Out, cancel.Token);
            case "load":
                return await LoadBenchmark.RunAsync(arguments, Console.Out, cancel.Token);
            default:
                Console.Error.WriteLine("Usage: generate --clients N [--seed S] [--connection CS] | report --clients 150,1000,10000 [--connection CS] | load --clients N --users 16 --duration 60s");
                return 2;
        }
    }

    private static long PeakMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576;
    }
}

internal sealed record Arguments(string Command, IReadOnlyList<int> Clients, int Seed, string? Connection, int Users, TimeSpan Duration, bool WithoutReports)
{
    public static Arguments Parse(string[] args)
    {
        var command = args.Length > 0 ? args[0] : string.Empty;
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        var clients = (Value("--clients") ?? "1000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.Parse(c.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        var duration = Value("--duration") ?? "60s";
        var seconds = int.Parse(duration.TrimEnd('s'), CultureInfo.InvariantCulture);
        return new Arguments(command, clients, int.Parse(Value("--seed") ?? "2026", CultureInfo.InvariantCulture), Value("--connection"),
            int.Parse(Value("--users") ?? "16", CultureInfo.InvariantCulture), TimeSpan.FromSeconds(seconds), args.Contains("--without-reports"));
    }
}
