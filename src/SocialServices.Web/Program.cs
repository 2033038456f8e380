using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using SocialServices.Web;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddSocialServices();

    var app = builder.Build();
    app.UseSocialServices();

    using (var scope = app.Services.CreateScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
    }

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application failed to start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;

internal static class ProgramSetup
{
    public static WebApplicationBuilder AddSocialServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Services.AddSerilog((sp, log) =>
        {
            log.ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            var file = configuration["Logging:File"];
            if (!string.IsNullOrWhiteSpace(file))
            {
                log.WriteTo.File(file, rollingInterval: RollingInterval.Day, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Default");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("ConnectionStrings:Default is not set. Use ./scripts/run, or set ConnectionStrings__Default.");
            }

            DatabaseSetup.Configure(options, connectionString);
        });

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "ss.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        services.AddDataProtection().SetApplicationName("SocialServices").PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorization(options =>
        {
            // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AuthorizationPolicies.Administrator);
                options.Conventions.AuthorizeFolder("/Clients", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Cases", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Access", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Applications", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Groups", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Assessments", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Plans", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Contacts", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Evaluations", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Crisis", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Connections", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Attendance", AuthorizationPolicies.ClientReader);
                options.Conventions.AuthorizeFolder("/Reports", AuthorizationPolicies.ReportReader);
                options.Conventions.AuthorizeFolder("/Contracts", AuthorizationPolicies.ContractEditor);
                options.Conventions.AuthorizeFolder("/Community", AuthorizationPolicies.ClientReader);

                options.Conventions.AuthorizeFolder("/Compensation/Claims", AuthorizationPolicies.CompensationReader);
                options.Conventions.AuthorizeFolder("/Compensation/Procurement", AuthorizationPolicies.CompensationReader);
                options.Conventions.AuthorizeFolder("/Compensation/UnitCosts", AuthorizationPolicies.UnitCostReader);

                options.Conventions.AuthorizeFolder("/Staff"); // a person reads their own record; the pages say who else may
                options.Conventions.AuthorizeFolder("/Staff/Timesheets", AuthorizationPolicies.TimesheetReader);
                // feedback (issue 7)
                options.Conventions.AuthorizeFolder("/Feedback", AuthorizationPolicies.ClientReader);
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/StatusCode");
                options.Conventions.AllowAnonymousToPage("/Culture");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Validation is FluentValidation's alone (one rule, one place): no implicit [Required] from nullability.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(AuthorizationPolicies.AuditReader, p => p.RequireRole(Roles.Administrator, Roles.Auditor))
            .AddPolicy(AuthorizationPolicies.ClientReader, p => p.RequireRole(Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager, Roles.Auditor))
            .AddPolicy(AuthorizationPolicies.ClientEditor, p => p.RequireRole(Roles.SocialWorker, Roles.ServiceManager))
            .AddPolicy(AuthorizationPolicies.Manager, p => p.RequireRole(Roles.ServiceManager))
            .AddPolicy(AuthorizationPolicies.ReportReader, p => p.RequireRole(Roles.ServiceManager, Roles.Auditor))
            .AddPolicy(AuthorizationPolicies.ContractEditor, p => p.RequireRole(Roles.ServiceManager, Roles.Administrator));
        // The framework's own messages for values it cannot read (a malformed date or number) in the interface language.
        services.AddOptions<MvcOptions>().Configure<Microsoft.Extensions.Localization.IStringLocalizerFactory>((o, factory) =>
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["Validation.ValueInvalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => t["Validation.ValueInvalidPlain"]);
            messages.SetValueMustNotBeNullAccessor(_ => t["Validation.ValueRequired"]);
            messages.SetValueIsInvalidAccessor(value => t["Validation.ValueInvalid", value]);
            messages.SetValueMustBeANumberAccessor(_ => t["Validation.NumberRequired"]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["Validation.ValueRequired"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Validation.ValueInvalid", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Validation.ValueInvalidPlain"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Validation.NumberRequired"]);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ss.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddMemoryCache();
        services.Configure<DecisionSettings>(configuration.GetSection(DecisionSettings.Section));

        // Case-work cycle (issue 5) settings, one slot per part.
        services.AddOptions<SocialServices.Web.Assessments.AssessmentSettings>().Bind(configuration.GetSection(SocialServices.Web.Assessments.AssessmentSettings.Section)).Validate(s => s.IsValid(), "Assessments: thresholds must satisfy 0 < medium < high <= 3, repeat 1-24 months, due soon 0-90 days, first within 0-365 days.").ValidateOnStart();


        services.Configure<SocialServices.Web.Pages.Plans.PlanSettings>(configuration.GetSection(SocialServices.Web.Pages.Plans.PlanSettings.Section));


        services.Configure<SocialServices.Web.Pages.Drafts.DraftSettings>(configuration.GetSection(SocialServices.Web.Pages.Drafts.DraftSettings.Section));
        services.Configure<MvcOptions>(o => o.Filters.Add<SocialServices.Web.Pages.Drafts.DraftCleanupFilter>());
        services.AddScoped<SocialServices.Web.Pages.Evaluations.EvaluationResults>();


        // Groups, attendance, working time and staff (issue 6) settings, one slot per part.
        services.AddScoped<SocialServices.Web.Groups.GroupEvaluationResults>();

        services.AddOptions<SocialServices.Web.Attendance.AttendanceSettings>().Bind(configuration.GetSection(SocialServices.Web.Attendance.AttendanceSettings.Section)).Validate(s => s.MissedInARow is >= 1 and <= 50, "Attendance: MissedInARow must be 1-50.").ValidateOnStart();
        services.AddScoped<SocialServices.Web.Attendance.AttendanceSummaries>();

        services.AddOptions<SocialServices.Web.Staff.StaffSettings>().Bind(configuration.GetSection(SocialServices.Web.Staff.StaffSettings.Section)).Validate(s => s.IsValid(), "Staff: supervision sessions 0-100 a year, training hours 0-500, expiry warning 0-365 days.").ValidateOnStart();
        services.AddScoped<SocialServices.Web.Staff.StaffRequirements>();
        services.AddScoped<SocialServices.Web.Staff.WorkloadReport>();
        services.AddScoped<SocialServices.Web.Staff.Timesheets>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.StaffReader, p => p.RequireRole(Roles.ServiceManager, Roles.Administrator, Roles.Auditor))
            .AddPolicy(AuthorizationPolicies.StaffEditor, p => p.RequireRole(Roles.ServiceManager, Roles.Administrator))
            .AddPolicy(AuthorizationPolicies.TimesheetReader, p => p.RequireRole(Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager, Roles.Auditor));

        // feedback (issue 7)
        services.Configure<SocialServices.Web.Feedback.ComplaintSettings>(configuration.GetSection(SocialServices.Web.Feedback.ComplaintSettings.Section));
        services.AddScoped<SocialServices.Web.Feedback.FeedbackReport>();


        services.AddScoped<SocialServices.Web.Community.CommunityEpisodes>();
        services.AddScoped<SocialServices.Web.Community.RefusalTexts>();
        services.AddScoped<SocialServices.Web.Community.UnitImport>();

        services.AddScoped<SocialServices.Web.Compensation.Compensations>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.CompensationReader, p => p.RequireRole(Roles.ServiceManager, Roles.Auditor))
            .AddPolicy(AuthorizationPolicies.UnitCostReader, p => p.RequireRole(Roles.Administrator, Roles.ServiceManager, Roles.Auditor));

        services.Configure<SocialServices.Web.Pages.Benchmark.BenchmarkSettings>(configuration.GetSection(SocialServices.Web.Pages.Benchmark.BenchmarkSettings.Section));

        services.AddScoped<SocialServices.Web.Reporting.AnnualFiguresBuilder>();
        services.AddScoped<SocialServices.Web.Reporting.AnnualReports>();
        services.AddScoped<SocialServices.Web.Reporting.AnnualReportPdfBuilder>();
        services.AddScoped<OrganisationInfo>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditChain>();
        services.AddScoped<SocialServices.Web.Access.AccessScope>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddPageHandlers();

        if (!builder.Environment.IsDevelopment())
        {
            services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = true;
            });
        }

        return builder;
    }

    public static WebApplication UseSocialServices(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSerilogRequestLogging(o =>
        {
            // The path only, never the query string: it could carry a search for a person's name.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
        app.UseStaticFiles();
        app.UseRequestLocalization(Cultures.Options());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();

        // slot: scale endpoints

        return app;
    }
}
