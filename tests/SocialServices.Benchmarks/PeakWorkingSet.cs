using System.Diagnostics;

namespace SocialServices.Benchmarks;

/// <summary>
/// The process's working set sampled in the background from <see cref="Start"/> until <see cref="StopAsync"/>: its level
/// at the start (after a full garbage collection) and the highest sample. Used by the load harness (the app's peak during
/// a run) and by <see cref="WebSession.MeasureAsync"/> (the rise during one request).
/// </summary>
internal sealed class PeakWorkingSet : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Process process = Process.GetCurrentProcess();
    private readonly Task sampler;
    private long peak;

    private PeakWorkingSet(TimeSpan interval)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        process.Refresh();
        Idle = process.WorkingSet64;
        peak = Idle;
        sampler = Task.Run(() => SampleAsync(interval), CancellationToken.None);
    }

    /// <summary>The working set when sampling started.</summary>
    public long Idle { get; }

    /// <summary>The highest working set sampled so far.</summary>
    public long Peak => Volatile.Read(ref peak);

    /// <summary>Collects garbage, takes the working set as the idle level and samples it every <paramref name="interval"/>.</summary>
    public static PeakWorkingSet Start(TimeSpan interval) => new(interval);

    /// <summary>Stops sampling, takes one last sample and returns the peak.</summary>
    public async Task<long> StopAsync()
    {
        await stop.CancelAsync();
        await sampler;
        Sample(process);
        return Peak;
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        process.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval)
    {
        using var me = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            Sample(me);
            try
            {
                await Task.Delay(interval, stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    // Only the sampler writes while it runs, and StopAsync samples after it has ended.
    private void Sample(Process of)
    {
        of.Refresh();
        Volatile.Write(ref peak, Math.Max(Volatile.Read(ref peak), of.WorkingSet64));
    }
}
