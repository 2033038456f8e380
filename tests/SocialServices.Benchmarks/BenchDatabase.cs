using SocialServices.TestInfrastructure;

namespace SocialServices.Benchmarks;

/// <summary>
/// A database for a benchmark: the given connection string, or a fresh database on a throwaway PostgreSQL cluster
/// started the way the tests start theirs (<see cref="PostgresServer"/>). The app's own start-up migrates it and creates
/// the roles, the organisation (from the Organisation:* settings), the catalogue and the assessment instruments.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;

    private BenchDatabase(string connectionString, PostgresServer? server)
    {
        ConnectionString = connectionString;
        _server = server;
    }

    public string ConnectionString { get; }

    /// <summary>The settings that make the app create the benchmark organisation at start-up.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Organisation:Name"] = "Biedrība \"Atbalsts ģimenei\"",
        ["Organisation:RegistrationNumber"] = "40008000001",
        ["Organisation:Municipality"] = "Jelgavas valstspilsēta",
        ["Organisation:MunicipalityCode"] = "JELGAVA",
        ["Benchmark:Enabled"] = "true",
    };

    public static async Task<BenchDatabase> OpenAsync(string? connection, string name, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new BenchDatabase(connection, null);
        }

        var server = await PostgresServer.StartAsync();
        return new BenchDatabase(await server.CreateDatabaseAsync(name), server);
    }

    /// <summary>Another fresh database on the same throwaway server (for one scale of a series).</summary>
    public async Task<string> CreateAsync(string name) =>
        _server is null ? throw new InvalidOperationException("Only a throwaway server makes new databases.") : await _server.CreateDatabaseAsync(name);

    public async Task<GeneratedData> GenerateAsync(int clients, int seed, TextWriter log, CancellationToken ct) =>
        await GenerateAsync(ConnectionString, clients, seed, log, ct);

    public static async Task<GeneratedData> GenerateAsync(string connectionString, int clients, int seed, TextWriter log, CancellationToken ct)
    {
        await using var factory = new AppFactory(connectionString, Settings);
        return await new Generator(factory.Services, connectionString, clients, seed, log).RunAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
