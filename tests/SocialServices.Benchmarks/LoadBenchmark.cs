using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Benchmarks;

/// <summary>
/// The load harness (issue 9): the app in this process on Kestrel at 127.0.0.1, a generated (or given) database, and
/// <c>--users</c> virtual users that each sign in as real generated users of the roles a scenario needs and loop over the
/// scenarios for <c>--duration</c>. Reports per scenario requests, errors, p50/p95/p99, throughput and the p95 as a
/// ratio to the floor page's p95 of the same run, plus the process's working set (idle and peak).
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken ct)
    {
        await using var database = await BenchDatabase.OpenAsync(arguments.Connection, "socialservices_load_bench", ct);
        var alreadyGenerated = false;
        if (arguments.Connection is not null)
        {
            await using var probe = new AppFactory(database.ConnectionString, BenchDatabase.Settings);
            using var scope = probe.Services.CreateScope();
            alreadyGenerated = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email!.EndsWith("@bench.socialservices.lv"), ct);
        }

        if (!alreadyGenerated)
        {
            var data = await database.GenerateAsync(arguments.Clients[0], arguments.Seed, output, ct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {arguments.Clients[0]:N0} clients in {data.Elapsed.TotalSeconds:0.0} s"));
        }

        var port = FreePort();
        await using var factory = new KestrelFactory(database.ConnectionString, port);
        factory.StartServer();
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var targets = await Targets.FindAsync(factory.Services, arguments.Users, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"App on {baseAddress}; {arguments.Users} virtual users for {arguments.Duration.TotalSeconds:0} s"));

        var users = new List<VirtualUser>();
        for (var i = 0; i < arguments.Users; i++)
        {
            users.Add(await VirtualUser.CreateAsync(i, baseAddress, targets, ct));
        }

        // --without-reports: the page scenarios alone (the annual report over the whole provider holds a core for seconds).
        var scenarios = Scenarios().Where(s => !arguments.WithoutReports || !s.Name.StartsWith("annual report", StringComparison.Ordinal)).ToList();
        // Warm-up, not measured: every scenario once (JIT, caches, connection pool).
        foreach (var scenario in scenarios)
        {
            await scenario.Run(users[0], ct);
        }

        using var workingSet = PeakWorkingSet.Start(TimeSpan.FromMilliseconds(100));
        var samples = new ConcurrentBag<(string Scenario, double Milliseconds, bool Ok)>();
        using var stop = new CancellationTokenSource(arguments.Duration);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, ct);
        var watch = Stopwatch.StartNew();
        var loops = users.Select(user => Task.Run(async () =>
        {
            var schedule = scenarios.SelectMany(s => Enumerable.Repeat(s, s.Weight)).OrderBy(_ => Random.Shared.Next()).ToList();
            for (var i = user.Index; !linked.IsCancellationRequested; i++)
            {
                var scenario = schedule[i % schedule.Count];
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await scenario.Run(user, CancellationToken.None);
                }
                catch (HttpRequestException e)
                {
                    ok = false;
                    Failures.Enqueue(scenario.Name + ": " + e.Message);
                }

                var elapsed = user.PostMilliseconds ?? Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                user.PostMilliseconds = null;
                samples.Add((scenario.Name, elapsed, ok));
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(loops);
        watch.Stop();
        var peak = await workingSet.StopAsync();
        var idle = workingSet.Idle;

        var seconds = watch.Elapsed.TotalSeconds;
        var floorP95 = Percentile(samples.Where(s => s.Scenario == Floor).Select(s => s.Milliseconds).ToList(), 0.95);
        output.WriteLine();
        output.WriteLine("| Scenario | Requests | Errors | p50 ms | p95 ms | p99 ms | req/s | p95 / floor p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            var of = samples.Where(s => s.Scenario == scenario.Name).ToList();
            var times = of.Select(s => s.Milliseconds).ToList();
            var p95 = Percentile(times, 0.95);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {scenario.Name} | {of.Count:N0} | {of.Count(s => !s.Ok)} | {Percentile(times, 0.5):0.0} | {p95:0.0} | {Percentile(times, 0.99):0.0} | {of.Count / seconds:0.0} | {p95 / floorP95:0.0}× |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total {samples.Count:N0} requests in {seconds:0} s ({samples.Count / seconds:0.0}/s), {samples.Count(s => !s.Ok)} errors; working set idle {idle / 1048576} MB, peak {peak / 1048576} MB (app and driver share the process)."));
        foreach (var failure in Failures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Failed {failure.Count():N0}×: {failure.Key}"));
        }

        foreach (var user in users)
        {
            user.Dispose();
        }

        return 0;
    }

    /// <summary>What the failed requests answered (the first few are printed under the table).</summary>
    private static readonly ConcurrentQueue<string> Failures = new();

    private const string Floor = "floor (benchmark page)";

    private static List<Scenario> Scenarios() =>
    [
        new(Floor, 4, (u, ct) => VirtualUser.GetAsync(u.Worker, "/benchmark/floor?from=" + (1 + (u.Index % 8)).ToString(CultureInfo.InvariantCulture), ct)),
        new("worker board", 4, (u, ct) => VirtualUser.GetAsync(u.Worker, "/", ct)),
        new("client search", 4, (u, ct) => VirtualUser.GetAsync(u.Worker, "/Clients?q=" + Uri.EscapeDataString(Searches[u.Next() % Searches.Length]), ct)),
        new("client page", 4, (u, ct) => VirtualUser.GetAsync(u.Worker, "/Clients/Details/" + u.Pick(u.Targets.Clients), ct)),
        new("case page (long timeline)", 4, (u, ct) => VirtualUser.GetAsync(u.LongCaseWorker, "/Cases/Details/" + u.Targets.LongCase, ct)),
        new("attendance register load", 2, (u, ct) => VirtualUser.GetAsync(u.Leader, "/Attendance/Register/" + u.Targets.Session, ct)),
        new("attendance register save (30 members)", 2, (u, ct) => u.SaveRegisterAsync(ct)),
        new("manager deadline board", 4, (u, ct) => VirtualUser.GetAsync(u.Manager, "/Applications/Board", ct)),
        new("annual report preview", 1, (u, ct) => VirtualUser.GetAsync(u.Auditor, "/Reports/Annual/" + u.Targets.ReportId, ct)),
        new("annual report PDF", 1, (u, ct) => VirtualUser.GetAsync(u.Auditor, "/Reports/Pdf/" + u.Targets.ReportId, ct)),
        new("client's own-file PDF", 2, (u, ct) => VirtualUser.GetAsync(u.Worker, "/Clients/Export/" + u.Pick(u.Targets.Clients), ct)),
        new("audit log search", 4, (u, ct) => VirtualUser.GetAsync(u.Auditor, "/Audit?Actor=" + Uri.EscapeDataString(u.Targets.WorkerName), ct)),
    ];

    private static readonly string[] Searches = ["bērziņ", "kalni", "ozol", "liepa", "jāni", "ieva", "šmit", "krūm"];

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Scenario(string Name, int Weight, Func<VirtualUser, CancellationToken, Task<bool>> Run);

    /// <summary>The app on Kestrel, listening on 127.0.0.1 only.</summary>
    private sealed class KestrelFactory : AppFactory
    {
        public KestrelFactory(string connectionString, int port)
            : base(connectionString, BenchDatabase.Settings)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Error");
        }
    }

    /// <summary>What each virtual user works on: the worker's own clients, a case with a long timeline, a register of 30.</summary>
    internal sealed record Targets(string WorkerUser, string WorkerName, IReadOnlyList<int> Clients, string LongCaseWorker, int LongCase, string Leader, int Session,
        string Manager, string Auditor, int ReportId)
    {
        public static async Task<IReadOnlyList<Targets>> FindAsync(IServiceProvider services, int count, CancellationToken ct)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var names = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@bench.socialservices.lv")).ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
            async Task<List<string>> InRole(string role) =>
                (await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@bench.socialservices.lv") && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
                    .OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct));
            var managers = await InRole(Roles.ServiceManager);
            var auditors = await InRole(Roles.Auditor);
            var workers = await db.CaseFiles.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.ResponsibleWorkerId != null)
                .GroupBy(c => c.ResponsibleWorkerId!).OrderByDescending(g => g.Count()).Take(count).Select(g => g.Key).ToListAsync(ct);
            var longCases = await db.ContactRecords.AsNoTracking().GroupBy(c => c.CaseFileId).OrderByDescending(g => g.Count()).Take(count).Select(g => g.Key).ToListAsync(ct);
            var longCaseWorkers = await db.CaseFiles.AsNoTracking().Where(c => longCases.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ResponsibleWorkerId!, ct);
            var bigGroups = await db.GroupEnrolments.AsNoTracking().Where(e => e.GroupId != null).GroupBy(e => e.GroupId!.Value).Where(g => g.Count() >= 30).Select(g => g.Key).ToListAsync(ct);
            var sessions = await db.GroupSessions.AsNoTracking().Where(s => bigGroups.Contains(s.GroupId) && s.AttendanceRecorded).OrderBy(s => s.Id)
                .Select(s => new { s.Id, Leader = db.GroupLeaders.Where(l => l.GroupId == s.GroupId).Select(l => l.UserId).First() }).Take(count * 4).ToListAsync(ct);
            var reportId = await db.AnnualReports.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync(ct);
            var result = new List<Targets>();
            for (var i = 0; i < count; i++)
            {
                var worker = workers[i % workers.Count];
                var clients = await db.CaseFiles.AsNoTracking().Where(c => c.ResponsibleWorkerId == worker && c.Status == CaseStatus.Open).OrderBy(c => c.Id).Select(c => c.ClientId).Take(50).ToListAsync(ct);
                var longCase = longCases[i % longCases.Count];
                // Every user its own register, so that saves do not conflict with each other.
                var session = sessions[(i * 4) % sessions.Count];
                result.Add(new Targets(names[worker], names[worker], clients, names[longCaseWorkers[longCase]], longCase, names[session.Leader], session.Id,
                    managers[i % managers.Count], auditors[i % auditors.Count], reportId));
            }

            return result;
        }
    }

    /// <summary>One virtual user: a signed-in client per role it plays (each with its own cookies).</summary>
    internal sealed class VirtualUser : IDisposable
    {
        private readonly Random _random;
        private readonly List<HttpClient> _clients = [];
        private int _notes;

        private VirtualUser(int index, Targets targets)
        {
            Index = index;
            Targets = targets;
            _random = new Random(index);
        }

        public int Index { get; }
        public Targets Targets { get; }
        public HttpClient Worker { get; private set; } = null!;
        public HttpClient LongCaseWorker { get; private set; } = null!;
        public HttpClient Leader { get; private set; } = null!;
        public HttpClient Manager { get; private set; } = null!;
        public HttpClient Auditor { get; private set; } = null!;

        public static async Task<VirtualUser> CreateAsync(int index, Uri baseAddress, IReadOnlyList<Targets> all, CancellationToken ct)
        {
            var user = new VirtualUser(index, all[index % all.Count]);
            async Task<HttpClient> SignIn(string userName)
            {
#pragma warning disable CA2000 // the client owns the handler and the user disposes of the clients
                var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
#pragma warning restore CA2000
                var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
                user._clients.Add(client);
                await WebSession.SignInAsync(client, userName, GeneratedData.Password, ct);
                return client;
            }

            user.Worker = await SignIn(user.Targets.WorkerUser);
            user.LongCaseWorker = await SignIn(user.Targets.LongCaseWorker);
            user.Leader = await SignIn(user.Targets.Leader);
            user.Manager = await SignIn(user.Targets.Manager);
            user.Auditor = await SignIn(user.Targets.Auditor);
            return user;
        }

        public int Next() => _random.Next();

        public string Pick(IReadOnlyList<int> items) => items.Count == 0 ? "1" : items[_random.Next(items.Count)].ToString(CultureInfo.InvariantCulture);

        public static async Task<bool> GetAsync(HttpClient client, string url, CancellationToken ct)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Failures.Enqueue("GET " + url + ": " + (int)response.StatusCode + (response.Headers.Location is { } to ? " → " + to : string.Empty));
            }

            return response.StatusCode == HttpStatusCode.OK;
        }

        /// <summary>The time of the save alone when the scenario opened the form first.</summary>
        public double? PostMilliseconds { get; set; }

        /// <summary>Opens the register and saves it with one note changed; only the save (POST and its redirect answer) is timed.</summary>
        public async Task<bool> SaveRegisterAsync(CancellationToken ct)
        {
            var url = "/Attendance/Register/" + Targets.Session.ToString(CultureInfo.InvariantCulture);
            var html = await Leader.GetStringAsync(new Uri(url, UriKind.Relative), ct);
            var document = new HtmlParser().ParseDocument(html);
            var form = document.QuerySelectorAll("main form").OfType<IHtmlFormElement>().LastOrDefault(f => f.QuerySelector("input[name='Input.Version']") is not null);
            if (form is null)
            {
                return false;
            }

            var fields = new List<KeyValuePair<string, string>>();
            foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
            {
                if (string.IsNullOrEmpty(input.Name) || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                {
                    continue;
                }

                var value = input.Name == "Input.Rows[0].Note" ? "Piezīme " + (++_notes % 2).ToString(CultureInfo.InvariantCulture) : input.Value;
                fields.Add(new(input.Name, value));
            }

            using var content = new FormUrlEncodedContent(fields);
            var started = Stopwatch.GetTimestamp();
            using var response = await Leader.PostAsync(new Uri(url, UriKind.Relative), content, ct);
            PostMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Failures.Enqueue("POST " + url + ": " + (int)response.StatusCode);
            }

            return response.StatusCode == HttpStatusCode.Redirect;
        }

        public void Dispose()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }
    }
}
