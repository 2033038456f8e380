using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SocialServices.Web.Data;

namespace SocialServices.Web.Infrastructure;

/// <summary>The provider organisation's name for page headers and PDF headers (cached briefly).</summary>
public sealed class OrganisationInfo(AppDbContext db, IMemoryCache cache, IConfiguration configuration)
{
    private const string CacheKey = "organisation-name";

    public async Task<string> NameAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(CacheKey, out string? name) && name is not null)
        {
            return name;
        }

        name = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct)
               ?? configuration["Organisation:Name"]
               ?? "SocialServices";
        cache.Set(CacheKey, name, TimeSpan.FromMinutes(5));
        return name;
    }
}
