using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data;

/// <summary>
/// Runs at start-up: applies migrations, creates the roles and the first administrator (password from
/// configuration), and, only when asked (<c>Demo:Seed=true</c>), the demo organisation and users.
/// </summary>
public sealed class DatabaseInitialiser(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DatabaseInitialiser> logger)
{
    public const string DemoPassword = "Demo-parole-2026";

    public static IReadOnlyList<(string UserName, string FullName, string Role)> DemoUsers { get; } =
    [
        ("sandra.ozolina", "Sandra Ozoliņa", Roles.SocialWorker),
        ("marta.kalnina", "Marta Kalniņa", Roles.SocialWorker),
        ("edgars.zarins", "Edgars Zariņš", Roles.SocialWorker),
        ("peteris.kalnins", "Pēteris Kalniņš", Roles.Specialist),
        ("ilze.berzina", "Ilze Bērziņa", Roles.ServiceManager),
        ("janis.liepins", "Jānis Liepiņš", Roles.Auditor),
        ("anna.jansone", "Anna Jansone", Roles.Administrator),
    ];

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await db.Database.MigrateAsync(ct);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Throw(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        await EnsureAdministratorAsync();
        await EnsureOrganisationAsync(ct);
        await EnsureCatalogueAsync(ct);
        await SocialServices.Web.Assessments.AssessmentInstruments.EnsureSeededAsync(db, ct);

        if (configuration.GetValue("Demo:Seed", false))
        {
            await SeedDemoAsync(ct);
        }
    }

    private async Task EnsureAdministratorAsync()
    {
        var userName = configuration["Bootstrap:AdminUserName"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var admin = new AppUser
        {
            UserName = userName,
            FullName = configuration["Bootstrap:AdminFullName"] ?? "Administrators",
            Email = configuration["Bootstrap:AdminEmail"],
            CreatedAt = clock.GetUtcNow(),
        };
        Throw(await users.CreateAsync(admin, password));
        Throw(await users.AddToRoleAsync(admin, Roles.Administrator));
        logger.LogInformation("Created the first administrator account");
    }

    /// <summary>A production start names its organisation in configuration (Organisation:Name, :RegistrationNumber, :Municipality).</summary>
    private async Task EnsureOrganisationAsync(CancellationToken ct)
    {
        var name = configuration["Organisation:Name"];
        var registration = configuration["Organisation:RegistrationNumber"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(registration) || await db.Organisations.AnyAsync(ct))
        {
            return;
        }

        var municipalityName = configuration["Organisation:Municipality"] ?? name;
        var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Name == municipalityName, ct);
        if (municipality is null)
        {
            municipality = new Municipality(municipalityName, configuration["Organisation:MunicipalityCode"] ?? "DEFAULT");
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync(ct);
        }

        db.Organisations.Add(new Organisation(name, registration, municipality.Id));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created the organisation from configuration");
    }

    /// <summary>
    /// The starting catalogue (seed 002's programmes and the generic services), once an organisation exists: residence
    /// rules point at the organisation's municipality. Administrators edit it afterwards.
    /// </summary>
    private async Task EnsureCatalogueAsync(CancellationToken ct)
    {
        var municipalityId = await db.Organisations.OrderBy(o => o.Id).Select(o => (int?)o.MunicipalityId).FirstOrDefaultAsync(ct);
        if (municipalityId is null || await db.Services.AnyAsync(ct))
        {
            return;
        }

        db.Services.AddRange(ServiceCatalogueSeed.Create(municipalityId));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created the service catalogue");
    }

    private async Task SeedDemoAsync(CancellationToken ct)
    {
        if (!await db.Municipalities.AnyAsync(ct))
        {
            var municipality = new Municipality("Jelgavas valstspilsēta", "JELGAVA");
            municipality.SetPopulation(52_100, 2026); // an illustrative figure for the demo's staffing norm
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync(ct);
            var organisation = new Organisation("Biedrība \"Atbalsts ģimenei\"", "40008000001", municipality.Id);
            organisation.ChangeAddress("Lielā iela 1, Jelgava, LV-3001");
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
        }

        await EnsureCatalogueAsync(ct);

        foreach (var (userName, fullName, role) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                FullName = fullName,
                Email = userName + "@demo.socialservices.lv",
                EmailConfirmed = true,
                CreatedAt = clock.GetUtcNow(),
            };
            Throw(await users.CreateAsync(user, DemoPassword));
            Throw(await users.AddToRoleAsync(user, role));
        }

        await DemoData.SeedAsync(db, clock, ct);
        await DemoApplications.SeedAsync(db, clock, ct);
        await DemoAssessments.SeedAsync(db, clock, ct);
        await DemoPlans.SeedAsync(db, clock, ct);
        await DemoConnections.SeedAsync(db, clock, ct);
        await DemoGroups.SeedAsync(db, clock, ct);
        await DemoAttendance.SeedAsync(db, clock, ct);
        await DemoCycle.SeedAsync(db, clock, ct);
        await DemoStaff.SeedAsync(db, clock, ct);
        await DemoFeedback.SeedAsync(db, clock, ct);
        await DemoReports.SeedAsync(db, clock, ct);

        // The compensation demo first: it submits last month's claim, and the community demo's units start after it.
        await DemoCompensation.SeedAsync(db, clock, ct);

        await DemoCommunity.SeedAsync(db, clock, ct);

        logger.LogInformation("Demo data is in place");
    }

    private static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Initialisation failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
