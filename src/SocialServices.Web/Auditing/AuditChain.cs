using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Data;

namespace SocialServices.Web.Auditing;

/// <summary>The result of checking the audit log's hash chain.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry whose hash or link does not match, or null when the chain is intact.</param>
public sealed record AuditChainResult(long Entries, long? FirstBrokenSequence)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>
/// Verifies the audit log: every entry's stored hash must equal the hash recomputed from its fields and
/// the previous entry's hash, and sequence numbers must run without gaps. A row changed or removed behind
/// the application's back (e.g. by a superuser with triggers disabled) breaks the chain from that row on.
/// </summary>
public sealed class AuditChain(AppDbContext db)
{
    public async Task<AuditChainResult> VerifyAsync(CancellationToken ct)
    {
        // Column names are snake_case: the naming convention applies to SqlQuery result types too.
        var rows = await db.Database.SqlQueryRaw<ChainRow>($"""
            SELECT e.sequence AS sequence,
                   (e.hash = audit_entry_hash(e)) AS hash_matches,
                   (e.previous_hash = coalesce(lag(e.hash) OVER (ORDER BY e.sequence), '{AuditLogProtection.GenesisHash}')) AS link_matches,
                   (e.sequence = row_number() OVER (ORDER BY e.sequence)) AS in_place
            FROM audit_entries e
            ORDER BY e.sequence
            """).ToListAsync(ct);
        var broken = rows.FirstOrDefault(r => !r.HashMatches || !r.LinkMatches || !r.InPlace);
        return new AuditChainResult(rows.Count, broken?.Sequence);
    }

    private sealed record ChainRow(long Sequence, bool HashMatches, bool LinkMatches, bool InPlace);
}
