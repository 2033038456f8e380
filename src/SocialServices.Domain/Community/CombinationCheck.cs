using SocialServices.Domain.Catalogue;

namespace SocialServices.Domain.Community;

/// <summary>An episode as the combination check sees it: its service type and the days it covers (end null: open-ended).</summary>
public sealed record EpisodePeriod(int? EpisodeId, ServiceType Type, string ServiceName, DateOnly Start, DateOnly? End)
{
    public bool Overlaps(EpisodePeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= (other.End ?? DateOnly.MaxValue) && other.Start <= (End ?? DateOnly.MaxValue);
    }

    /// <summary>Days of the episode in the calendar year (both ends counted); an open end runs to the end of the year.</summary>
    public int DaysIn(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var from = Start > first ? Start : first;
        var to = End is { } end && end < last ? end : last;
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }
}

/// <summary>Why a new episode conflicts with a rule.</summary>
public enum ConflictKind
{
    /// <summary>It runs at the same time as an episode of a service it may not be combined with.</summary>
    RunsTogether = 1,

    /// <summary>With the client's other episodes of the service it covers more days of a calendar year than allowed.</summary>
    YearlyLimitExceeded = 2,

    /// <summary>A service with a yearly day limit needs a planned end.</summary>
    PlannedEndRequired = 3,
}

/// <summary>One conflict: the rule, and either the other episode or the year with the days already used.</summary>
public sealed record CombinationConflict(int RuleId, ConflictKind Kind, EpisodePeriod? With, int? Year, int? DaysUsed, int? DaysAsked, int? Limit);

/// <summary>
/// Checks a new episode against the active combination rules and the client's other episodes (ended ones count up to their end,
/// running ones up to their planned end or, without one, indefinitely). Respite days are counted per calendar year, so an episode
/// from 28 December to 5 January uses 4 days of the first year and 5 of the next.
/// </summary>
public static class CombinationCheck
{
    public static IReadOnlyList<CombinationConflict> Check(EpisodePeriod candidate, IEnumerable<EpisodePeriod> others, IEnumerable<CombinationRule> rules, bool clientIsAdult)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(rules);
        var existing = others.Where(o => o.EpisodeId is null || o.EpisodeId != candidate.EpisodeId).ToList();
        var conflicts = new List<CombinationConflict>();
        foreach (var rule in rules.Where(r => r.IsActive && (!r.AdultsOnly || clientIsAdult)))
        {
            if (rule.Kind == CombinationRuleKind.NotTogether)
            {
                var partner = candidate.Type == rule.Service ? rule.Other : candidate.Type == rule.Other ? rule.Service : null;
                if (partner is null)
                {
                    continue;
                }

                conflicts.AddRange(existing.Where(o => o.Type == partner && o.Overlaps(candidate))
                    .Select(o => new CombinationConflict(rule.Id, ConflictKind.RunsTogether, o, null, null, null, null)));
                continue;
            }

            if (candidate.Type != rule.Service)
            {
                continue;
            }

            if (candidate.End is not { } end)
            {
                conflicts.Add(new CombinationConflict(rule.Id, ConflictKind.PlannedEndRequired, null, null, null, null, rule.MaxDaysPerYear));
                continue;
            }

            for (var year = candidate.Start.Year; year <= end.Year; year++)
            {
                var asked = candidate.DaysIn(year);
                var used = existing.Where(o => o.Type == rule.Service).Sum(o => o.DaysIn(year));
                if (used + asked > rule.MaxDaysPerYear)
                {
                    conflicts.Add(new CombinationConflict(rule.Id, ConflictKind.YearlyLimitExceeded, null, year, used, asked, rule.MaxDaysPerYear));
                }
            }
        }

        return conflicts;
    }

    /// <summary>Respite (or any limited service) days used in a calendar year by the given episodes.</summary>
    public static int DaysUsed(IEnumerable<EpisodePeriod> episodes, ServiceType type, int year)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        return episodes.Where(e => e.Type == type).Sum(e => e.DaysIn(year));
    }
}
