using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Assessments;

/// <summary>
/// What an assessment records: exactly the section of its instrument. The lists of the functional and risk-factor
/// instruments (domains, items, family members) are fixed when the assessment starts, with their names as they
/// were then, so a later renaming by the administrator never changes what was assessed.
/// </summary>
public sealed record AssessmentContent(
    InitialSituation? Initial = null,
    FunctionalContent? Functional = null,
    BasicNeedsContent? BasicNeeds = null,
    RiskContent? Risk = null)
{
    /// <summary>True when exactly the section of <paramref name="kind"/> is present.</summary>
    public bool Fits(AssessmentKind kind) => kind switch
    {
        AssessmentKind.InitialSocialSituation => Initial is not null && Functional is null && BasicNeeds is null && Risk is null,
        AssessmentKind.Functional => Initial is null && Functional is not null && BasicNeeds is null && Risk is null,
        AssessmentKind.BasicNeedsAndResources => Initial is null && Functional is null && BasicNeeds is not null && Risk is null,
        AssessmentKind.RiskFactors => Initial is null && Functional is null && BasicNeeds is null && Risk is not null,
        _ => false,
    };

    /// <summary>True when the other content has the same fixed lists (domains, items, family members, needs) in the same order.</summary>
    public bool SameShapeAs(AssessmentContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Functional, other.Functional) switch
        {
            ({ } a, { } b) => a.Scores.Select(s => s.DomainId).SequenceEqual(b.Scores.Select(s => s.DomainId)),
            (null, null) => true,
            _ => false,
        }
        && (Risk, other.Risk) switch
        {
            ({ } a, { } b) => a.Members.SequenceEqual(b.Members) && a.Rows.Select(r => r.ItemId).SequenceEqual(b.Rows.Select(r => r.ItemId)),
            (null, null) => true,
            _ => false,
        }
        && (BasicNeeds, other.BasicNeeds) switch
        {
            ({ } a, { } b) => a.Needs.Select(n => n.Need).SequenceEqual(b.Needs.Select(n => n.Need)),
            (null, null) => true,
            _ => false,
        }
        && (Initial is null) == (other.Initial is null);
    }
}

/// <summary>Initial social situation assessment (seed 001, "Klienta situācijas novērtēšana").</summary>
public sealed record InitialSituation(
    string? Social,
    string? Psychological,
    string? Physical,
    string? SocialFactors,
    string? Risks,
    string? ClientView,
    string? Conclusion)
{
    public static readonly InitialSituation Empty = new(null, null, null, null, null, null, null);
}

/// <summary>The functional assessment: one score per domain, in the order the domains had when it started.</summary>
public sealed record FunctionalContent(IReadOnlyList<FunctionalScore> Scores)
{
    public static FunctionalContent Start(IEnumerable<(int Id, string Name)> domains) =>
        new(domains.Select(d => new FunctionalScore(d.Id, d.Name, null, null)).ToList());

    public int ScoredCount => Scores.Count(s => s.Score is not null);
}

/// <summary>One domain's score (1–5, or not scored) and comment; <paramref name="Domain"/> is its name when the assessment started.</summary>
public sealed record FunctionalScore(int DomainId, string Domain, int? Score, string? Comment);

/// <summary>The basic needs assessment and the resources scale.</summary>
public sealed record BasicNeedsContent(
    IReadOnlyList<BasicNeedRating> Needs,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Weaknesses,
    IReadOnlyList<string> InnerResources,
    IReadOnlyList<string> OuterResources)
{
    public static BasicNeedsContent Start() =>
        new(Enum.GetValues<BasicNeed>().Select(n => new BasicNeedRating(n, null, null)).ToList(), [], [], [], []);
}

public sealed record BasicNeedRating(BasicNeed Need, NeedStatus? Status, string? Comment);

/// <summary>The risk-factor assessment: a score (0–3 or blank) for every item and family member.</summary>
public sealed record RiskContent(IReadOnlyList<RiskMember> Members, IReadOnlyList<RiskRow> Rows)
{
    public static RiskContent Start(IReadOnlyList<RiskMember> members, IEnumerable<(int Id, string Text)> items)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("A risk-factor assessment needs at least one family member.", nameof(members));
        }

        return new RiskContent(members, items.Select(i => new RiskRow(i.Id, i.Text, Enumerable.Repeat<int?>(null, members.Count).ToList())).ToList());
    }

    public IEnumerable<int?> AllScores => Rows.SelectMany(r => r.Scores);

    /// <summary>The average of all scores given, or null when none is.</summary>
    public decimal? Coefficient => RiskCoefficient.Compute(AllScores);

    /// <summary>The average of one family member's scores.</summary>
    public decimal? MemberCoefficient(int memberIndex) => RiskCoefficient.Compute(Rows.Select(r => r.Scores[memberIndex]));
}

/// <summary>
/// A family member as the assessment saw them: the client (<paramref name="Relation"/> null) or a member of the
/// client's household (their relation to the client).
/// </summary>
public sealed record RiskMember(string Name, RelationKind? Relation, DateOnly? BirthDate)
{
    public bool IsClient => Relation is null;
}

/// <summary>One risk item (its text when the assessment started) with a score per family member, in the order of the members.</summary>
public sealed record RiskRow(int ItemId, string Item, IReadOnlyList<int?> Scores);

/// <summary>A social problem the assessment found: what it is, why, and how much it weighs (seed 001, "Sociālās problēmas definēšana").</summary>
public sealed record IdentifiedProblem(string Definition, string? Causes, ProblemSignificance? Significance);
