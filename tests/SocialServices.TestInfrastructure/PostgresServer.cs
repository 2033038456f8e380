using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace SocialServices.TestInfrastructure;

/// <summary>
/// One real PostgreSQL server for a test run. In order of preference: a connection string given in
/// <c>SOCIALSERVICES_TEST_POSTGRES</c>; a Testcontainers container (only where a Docker engine answers);
/// a throwaway cluster started from the installed PostgreSQL binaries in a temporary folder on a free port,
/// stopped and deleted at the end. If none works, the tests fail with a clear message: there is no
/// SQLite or in-memory fallback.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "SOCIALSERVICES_TEST_POSTGRES";

    private readonly PostgreSqlContainer? _container;
    private readonly string? _dataDirectory;
    private readonly string? _pgCtl;

    private PostgresServer(string adminConnectionString, string description, PostgreSqlContainer? container = null, string? dataDirectory = null, string? pgCtl = null)
    {
        AdminConnectionString = adminConnectionString;
        Description = description;
        _container = container;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
    }

    /// <summary>A superuser connection to the <c>postgres</c> database of the server.</summary>
    public string AdminConnectionString { get; }

    public string Description { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgresServer(given, "given connection string");
        }

        var failures = new List<string>();
        try
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await container.StartAsync(timeout.Token);
            return new PostgresServer(container.GetConnectionString(), "Testcontainers", container);
        }
#pragma warning disable CA1031 // any failure here means "no Docker": fall through to the local binaries
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures.Add("Testcontainers: " + ex.GetType().Name + ": " + ex.Message.Split('\n')[0]);
        }

        try
        {
            return await StartLocalClusterAsync();
        }
        catch (InvalidOperationException ex)
        {
            failures.Add("local cluster: " + ex.Message);
        }

        throw new InvalidOperationException(
            "No PostgreSQL server for the tests. Tried: " + string.Join(" | ", failures) +
            $". Install Debian's 'postgresql' package (./scripts/test does) or set {ConnectionVariable}.");
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, IncludeErrorDetail = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_dataDirectory is not null && _pgCtl is not null)
        {
            await RunAsync(_pgCtl, ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], asPostgres: IsRoot, allowFailure: true);
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task<PostgresServer> StartLocalClusterAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin");
        var initdb = Path.Combine(bin, "initdb");
        var pgCtl = Path.Combine(bin, "pg_ctl");
        var directory = Path.Combine(Path.GetTempPath(), "socialservices-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false);
            await RunAsync("chmod", ["700", directory], asPostgres: false);
        }

        await RunAsync(initdb, ["-D", directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres: IsRoot);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            var (code, output) = await RunAsync(pgCtl, ["-D", directory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], asPostgres: IsRoot, allowFailure: true);
            if (code == 0)
            {
                var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
                return new PostgresServer(connection, $"local cluster {directory} on port {port}", dataDirectory: directory, pgCtl: pgCtl);
            }

            if (attempt == 3)
            {
                var log = Path.Combine(directory, "server.log");
                throw new InvalidOperationException($"pg_ctl start failed: {output} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : string.Empty)}");
            }
        }
    }

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres, bool allowFailure = false)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        // pg_ctl's server keeps the output pipes open: wait for the process to exit, then read what is there.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = string.Empty;
        if (stdout.IsCompleted && stderr.IsCompleted)
        {
            output = await stdout + await stderr;
        }
        else if (stderr.IsCompleted)
        {
            output = await stderr;
        }

        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {output}");
        }

        return (process.ExitCode, output);
    }
}
