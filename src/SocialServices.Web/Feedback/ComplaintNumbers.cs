using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;

namespace SocialServices.Web.Feedback;

/// <summary>
/// Hands out complaint numbers per organisation and year (<c>SŪDZ-2026/0001</c>, ...). Call inside the transaction that
/// saves the complaint: the counter row stays locked until it commits, so two complaints registered at once get
/// different numbers, and a rolled-back registration gives its number back.
/// </summary>
public static class ComplaintNumbers
{
    public const string Prefix = "SŪDZ-";

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
            throw new InvalidOperationException("Allocate a complaint number inside the transaction that saves the complaint.");
        }

        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO complaint_number_counters (organisation_id, year, last) VALUES ({organisationId}, {year}, 1)
            ON CONFLICT (organisation_id, year) DO UPDATE SET last = complaint_number_counters.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(ct);
        return Format(year, next.Single());
    }
}
