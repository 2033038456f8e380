namespace SocialServices.Benchmarks;

internal static class ReportBenchmark
{
    public static Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken ct) => Task.FromResult(1);
}
