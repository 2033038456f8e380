namespace SocialServices.Benchmarks;

internal static class LoadBenchmark
{
    public static Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken ct) => Task.FromResult(1);
}
