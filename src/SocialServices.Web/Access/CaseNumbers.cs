using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;

namespace SocialServices.Web.Access;

/// <summary>
/// Hands out case numbers per organisation and year (<c>2026/0001</c>, <c>2026/0002</c>, ...). Call inside the
/// transaction that saves the case: the counter row stays locked until it commits, so two workers opening
/// cases at once get different numbers, and a rolled-back case gives its number back.
/// </summary>
public static class CaseNumbers
{
    public static async Task<string> NextAsync(AppDbContext db, int organisationId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Allocate a case number inside the transaction that saves the case.");
        }

        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO case_number_counters (organisation_id, year, last) VALUES ({organisationId}, {year}, 1)
            ON CONFLICT (organisation_id, year) DO UPDATE SET last = case_number_counters.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(ct);
        return CaseNumber.Format(year, next.Single());
    }
}
