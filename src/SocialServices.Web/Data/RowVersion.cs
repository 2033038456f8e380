namespace SocialServices.Web.Data;

/// <summary>
/// Optimistic concurrency on PostgreSQL's <c>xmin</c> (the shadow property "Version" of every edited aggregate): a form
/// carries the version it was opened with, and the save only succeeds while the row still has it.
/// </summary>
public static class RowVersion
{
    /// <summary>False when the stored version differs from the one the form carried; otherwise arms the check for the save.</summary>
    public static bool Matches<TEntity>(AppDbContext db, TEntity entity, uint posted)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        var version = db.Entry(entity).Property<uint>("Version");
        if (version.CurrentValue != posted)
        {
            return false;
        }

        version.OriginalValue = posted;
        return true;
    }
}
