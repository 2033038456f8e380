using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace SocialServices.Benchmarks;

/// <summary>A signed-in browser-like client: cookies, the sign-in form and anti-forgery tokens.</summary>
public static partial class WebSession
{
    public static async Task SignInAsync(HttpClient client, string userName, string password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), ct);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Token(form),
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>The last anti-forgery token on the page (the language switch comes first).</summary>
    public static string Token(string html) =>
        TokenPattern().Matches(html).Select(m => m.Groups[1].Value).LastOrDefault() ?? throw new InvalidOperationException("No anti-forgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Runs the action and reports its wall time, the bytes allocated meanwhile and the working set's rise above where it started.</summary>
    public static async Task<(TimeSpan Elapsed, long Allocated, long PeakRise)> MeasureAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var workingSet = PeakWorkingSet.Start(TimeSpan.FromMilliseconds(5));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peak = await workingSet.StopAsync();
        return (watch.Elapsed, allocated, peak - workingSet.Idle);
    }
}
