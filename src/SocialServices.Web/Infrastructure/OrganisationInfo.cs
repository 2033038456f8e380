using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SocialServices.Web.Data;

namespace SocialServices.Web.Infrastructure;

/// <summary>The provider organisation's name for page headers and PDF headers (cached briefly).</summary>
public sealed class OrganisationInfo(AppDbContext db, IMemoryCache cache, IConfiguration configuration)
{
    private const string CacheKey = "organisation-name";
    private const string IdCacheKey = "organisation-id";

    /// <summary>The provider organisation this installation serves (one per installation).</summary>
    public async Task<int> IdAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(IdCacheKey, out int id) && id > 0)
        {
            return id;
        }

        id = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct);
        if (id == 0)
        {
            throw new InvalidOperationException("No organisation is set up. Set Organisation:Name and Organisation:RegistrationNumber (or run with demo data).");
        }

        cache.Set(IdCacheKey, id, TimeSpan.FromMinutes(5));
        return id;
    }

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
