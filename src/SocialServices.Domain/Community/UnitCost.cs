using SocialServices.Domain.Catalogue;

namespace SocialServices.Domain.Community;

/// <summary>
/// The unit cost of a community-based service type in one unit (e.g. a day in a day care centre), valid from a day to a
/// day (or open-ended), set by an administrator. Periods of the same type and unit never overlap; a cost is never
/// deleted, only ended (or replaced by a new period that starts after it ends).
/// </summary>
public sealed class UnitCost
{
    public const int MaxNoteLength = 500;

    private UnitCost()
    {
        SetById = string.Empty;
    }

    public UnitCost(ServiceType type, ServiceUnit unit, decimal amount, DateOnly validFrom, DateOnly? validTo, string? note, string setById, DateTimeOffset setAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setById);
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A unit cost is a positive amount in euros and cents.");
        }

        if (validTo is { } to && to < validFrom)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(validTo));
        }

        Type = type;
        Unit = unit;
        Amount = amount;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        SetById = setById;
        SetAt = setAt;
    }

    public int Id { get; private set; }
    public ServiceType Type { get; private set; }
    public ServiceUnit Unit { get; private set; }

    /// <summary>Euros per unit.</summary>
    public decimal Amount { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day it applies; null while open-ended.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Where the amount comes from (a regulation, a methodology).</summary>
    public string? Note { get; private set; }

    public string SetById { get; private set; }
    public DateTimeOffset SetAt { get; private set; }
    public string? EndedById { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public bool Covers(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>Whether this period shares a day with <paramref name="from"/> – <paramref name="to"/> (null: open-ended).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => Periods.Overlap(ValidFrom, ValidTo, from, to);

    /// <summary>Ends the period on <paramref name="lastDay"/> (not before it starts, and not later than an end it already has).</summary>
    public void End(DateOnly lastDay, string byId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        if (lastDay < ValidFrom)
        {
            throw new ArgumentException("A period cannot end before it starts.", nameof(lastDay));
        }

        if (ValidTo is { } to && lastDay > to)
        {
            throw new ArgumentException("An ended period is not extended; add a new one.", nameof(lastDay));
        }

        ValidTo = lastDay;
        EndedById = byId;
        EndedAt = at;
    }
}

/// <summary>
/// The actual cost per unit that the municipality pays for a service it procures from another provider, for one
/// service episode (a person and a service) from a day to a day. Compensation for such units is the actual cost capped
/// at the unit cost. Never deleted: ended.
/// </summary>
public sealed class ProcuredPrice
{
    public const int MaxReferenceLength = 200;

    private ProcuredPrice()
    {
        SetById = string.Empty;
    }

    public ProcuredPrice(int episodeId, int clientId, decimal amountPerUnit, DateOnly validFrom, DateOnly? validTo, string? reference, string setById, DateTimeOffset setAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setById);
        if (amountPerUnit <= 0 || decimal.Round(amountPerUnit, 2) != amountPerUnit)
        {
            throw new ArgumentOutOfRangeException(nameof(amountPerUnit), "An actual cost is a positive amount in euros and cents.");
        }

        if (validTo is { } to && to < validFrom)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(validTo));
        }

        EpisodeId = episodeId;
        ClientId = clientId;
        AmountPerUnit = amountPerUnit;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        SetById = setById;
        SetAt = setAt;
    }

    public int Id { get; private set; }
    public int EpisodeId { get; private set; }
    public int ClientId { get; private set; }

    /// <summary>What the municipality pays the contractor per unit, in euros.</summary>
    public decimal AmountPerUnit { get; private set; }

    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>The procurement contract or invoice it comes from.</summary>
    public string? Reference { get; private set; }

    public string SetById { get; private set; }
    public DateTimeOffset SetAt { get; private set; }
    public string? EndedById { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public bool Overlaps(DateOnly from, DateOnly? to) => Periods.Overlap(ValidFrom, ValidTo, from, to);

    public void End(DateOnly lastDay, string byId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        if (lastDay < ValidFrom || (ValidTo is { } to && lastDay > to))
        {
            throw new ArgumentException("The end is outside the period.", nameof(lastDay));
        }

        ValidTo = lastDay;
        EndedById = byId;
        EndedAt = at;
    }
}

/// <summary>Day periods with an optional (open) end.</summary>
public static class Periods
{
    public static bool Overlap(DateOnly fromA, DateOnly? toA, DateOnly fromB, DateOnly? toB) =>
        (toB is null || fromA <= toB) && (toA is null || fromB <= toA);
}
