using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SocialServices.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app or a server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, "Host=localhost;Database=socialservices_design");
        return new AppDbContext(options.Options);
    }
}
