using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Web.Identity;

namespace SocialServices.TestInfrastructure;

/// <summary>Creates users through the real Identity stores.</summary>
public static class TestUsers
{
    public const string Password = "Parole-Testam-2026";

    public static async Task<AppUser> CreateAsync(IServiceProvider services, string userName, string fullName, params string[] roles)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = fullName, Email = userName + "@test.lv", CreatedAt = AppFactory.DefaultNow };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }
}
