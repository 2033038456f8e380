using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;

namespace SocialServices.Web.Applications;

/// <summary>
/// Hands out application numbers per organisation and year (<c>IES-2026/0001</c>, <c>IES-2026/0002</c>, ...). Call
/// inside the transaction that saves the application: the counter row stays locked until it commits, so two workers
/// recording applications at once get different numbers, and a rolled-back application gives its number back.
/// </summary>
public static class ApplicationNumbers
{
    public const string Prefix = "IES-";

    public static string Format(int year, int sequence)
    {
        if (year is < 2000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year}/{sequence:0000}");
    }

    public static async Task<string> NextAsync(AppDbContext db, int organisationId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Allocate an application number inside the transaction that saves the application.");
        }

        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO application_number_counters (organisation_id, year, last) VALUES ({organisationId}, {year}, 1)
            ON CONFLICT (organisation_id, year) DO UPDATE SET last = application_number_counters.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(ct);
        return Format(year, next.Single());
    }
}
