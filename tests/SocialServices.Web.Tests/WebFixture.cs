using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.TestInfrastructure;

namespace SocialServices.Web.Tests;

/// <summary>One PostgreSQL server, one migrated database and one web host for the whole assembly.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public AppFactory Factory { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The server, for tests that need a database of their own (e.g. start-up seeding).</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("socialservices_web_tests");
        Factory = new TestAppFactory(ConnectionString);
        // Starting the host applies the migrations and creates the roles, as in production.
        using var client = Factory.CreateClient();
        await client.GetAsync(new Uri("/health/live", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Adds <c>/test/throw</c> after the app's own pipeline, to see the 500 page for real.</summary>
    private sealed class TestAppFactory(string connectionString) : AppFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpointFilter>());
        }
    }

    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException("Deliberate failure for the error-page test")));
        };
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
