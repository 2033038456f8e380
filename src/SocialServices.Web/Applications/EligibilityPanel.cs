using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Web.Applications;

/// <summary>One rule as the eligibility panel shows it: outcome, what the rule asks, and why it came out so (plain words).</summary>
public sealed record RuleView(EligibilityOutcome Outcome, string Label, string Reason, string ReasonCode);

/// <summary>One alternative of an any-of requirement: its rules combine with AND.</summary>
public sealed record AlternativeView(int Number, EligibilityOutcome Outcome, IReadOnlyList<RuleView> Rules);

/// <summary>One requirement of the service: a single rule (<see cref="Alternatives"/> empty) or an any-of group.</summary>
public sealed record RequirementView(EligibilityOutcome Outcome, string Label, string Reason, string ReasonCode, IReadOnlyList<AlternativeView> Alternatives);

/// <summary>The whole panel: each requirement, the one-group-a-year check of group programmes, and the overall advice.</summary>
public sealed record EligibilityPanel(EligibilityOutcome Verdict, IReadOnlyList<RequirementView> Requirements, RuleView? OneGroupPerYear, DateOnly AsOf);

/// <summary>
/// Turns the evaluator's results (reason codes with raw arguments) into plain Latvian (or English) sentences: every
/// reason code has a resource string <c>Eligibility.&lt;ReasonCode&gt;</c>; ages, roles, disability groups, dates and
/// municipalities in the arguments are put into words first.
/// </summary>
public sealed class EligibilityText(IStringLocalizer t, IReadOnlyDictionary<int, string> municipalities)
{
    /// <summary>Builds the panel. The verdict also counts the one-group-a-year result when there is one.</summary>
    public EligibilityPanel Panel(EligibilityResult result, OneGroupPerYearResult? oneGroupPerYear, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        var requirements = result.Results.Select(Requirement).ToList();
        var group = oneGroupPerYear is null
            ? null
            : new RuleView(oneGroupPerYear.Outcome, t["Eligibility.Rule.OneGroupPerYear"], Reason(oneGroupPerYear.ReasonCode, oneGroupPerYear.Arguments), oneGroupPerYear.ReasonCode);
        var outcomes = requirements.Select(r => r.Outcome).Concat(group is null ? [] : [group.Outcome]).ToList();
        var verdict = outcomes.Contains(EligibilityOutcome.Failed) ? EligibilityOutcome.Failed
            : outcomes.Contains(EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
            : EligibilityOutcome.Passed;
        return new EligibilityPanel(verdict, requirements, group, asOf);
    }

    private RequirementView Requirement(RequirementResult result)
    {
        var reason = Reason(result.ReasonCode, result.Arguments);
        if (result.Requirement is not AnyOfRequirement anyOf)
        {
            var rule = (EligibilityRule)result.Requirement;
            return new RequirementView(result.Outcome, Label(rule), reason, result.ReasonCode, []);
        }

        // The evaluator lists the inner results alternative after alternative, rule after rule.
        var alternatives = new List<AlternativeView>();
        var index = 0;
        foreach (var alternative in anyOf.Alternatives)
        {
            var rules = result.Details.Skip(index).Take(alternative.Count)
                .Select(d => new RuleView(d.Outcome, Label(d.Rule), Reason(d.ReasonCode, d.Arguments), d.ReasonCode)).ToList();
            index += alternative.Count;
            var outcome = rules.Any(r => r.Outcome == EligibilityOutcome.Failed) ? EligibilityOutcome.Failed
                : rules.Any(r => r.Outcome == EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
                : EligibilityOutcome.Passed;
            alternatives.Add(new AlternativeView(alternatives.Count + 1, outcome, rules));
        }

        return new RequirementView(result.Outcome, t["Eligibility.Rule.AnyOf"], reason, result.ReasonCode, alternatives);
    }

    /// <summary>What a rule asks, in words.</summary>
    public string Label(EligibilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Kind switch
        {
            RuleKind.ClientAge => t["Eligibility.Rule.ClientAge", Range(rule.MinAge, rule.MaxAge)],
            RuleKind.ChildInHouseholdAge => t["Eligibility.Rule.ChildInHouseholdAge", Range(rule.MinAge, rule.MaxAge)],
            RuleKind.ApplicantRole => t["Eligibility.Rule.ApplicantRole", RoleList(rule.Roles)],
            RuleKind.AdultOrphanUpTo24 => t["Eligibility.Rule.AdultOrphanUpTo24", Range(rule.MinAge, rule.MaxAge)],
            RuleKind.DisabilityGroup => t["Eligibility.Rule.DisabilityGroup", GroupList(rule.DisabilityGroups)],
            RuleKind.ResidenceInMunicipality => rule.MunicipalityId is { } id
                ? t["Eligibility.Rule.ResidenceInMunicipality", Municipality(id)]
                : t["Eligibility.Rule.ResidenceNotSet"],
            _ => t["Eligibility.Rule." + rule.Kind],
        };
    }

    /// <summary>The sentence for a reason code and its raw arguments.</summary>
    public string Reason(string code, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(arguments);
        var area = code.Split('.')[0];
        object[] words = area switch
        {
            "ClientAge" or "AdultOrphan" when arguments.Count >= 3 => [Years(Number(arguments[0])), Range(Number(arguments[1]), Number(arguments[2]))],
            "ClientAge" or "AdultOrphan" or "ChildAge" when arguments.Count >= 2 => [Range(Number(arguments[0]), Number(arguments[1]))],
            "Role" when arguments.Count >= 1 => [RoleList(Parse<ApplicantRole>(arguments[0]))],
            "Disability" when arguments.Count >= 2 && code.EndsWith(".Expired", StringComparison.Ordinal) => [GroupList(Parse<DisabilityGroup>(arguments[0])), Date(arguments[1])],
            "Disability" when arguments.Count >= 2 => [GroupList(Parse<DisabilityGroup>(arguments[0])), GroupList(Parse<DisabilityGroup>(arguments[1]))],
            "Disability" when arguments.Count >= 1 => [GroupList(Parse<DisabilityGroup>(arguments[0]))],
            "Residence" => arguments.Select(a => (object)(Number(a) is { } id ? Municipality(id) : a)).ToArray(),
            "OneGroupPerYear" when arguments.Count >= 2 => [arguments[0], Date(arguments[1])],
            _ => arguments.Cast<object>().ToArray(),
        };
        var text = t["Eligibility." + code, words];
        return text.ResourceNotFound ? t["Eligibility.UnknownReason", code] : text;
    }

    /// <summary>"no 8 līdz 12 gadiem", "līdz 6 gadiem (ieskaitot)", "vismaz 18 gadi", or "jebkurš".</summary>
    public string Range(int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => t["Eligibility.Range.Between", from, YearsDative(to)],
        (null, { } to) => t["Eligibility.Range.UpTo", YearsDative(to)],
        ({ } from, null) => t["Eligibility.Range.AtLeast", Years(from)],
        _ => t["Eligibility.Range.Any"],
    };

    /// <summary>"1 gads", "10 gadi", "21 gads": Latvian puts a noun after a number ending in 1 (but not 11) in the singular.</summary>
    public string Years(int? years) => years is { } n ? t[IsSingular(n) ? "Eligibility.Years.One" : "Eligibility.Years.Many", n] : string.Empty;

    private string YearsDative(int years) => t[IsSingular(years) ? "Eligibility.YearsDative.One" : "Eligibility.YearsDative.Many", years];

    public static bool IsSingular(int n) => Math.Abs(n) % 10 == 1 && Math.Abs(n) % 100 != 11;

    private string RoleList(IEnumerable<ApplicantRole> roles) =>
        string.Join(t["Eligibility.Or"], roles.Order().Select(r => t["Eligibility.Role." + r].Value));

    private string GroupList(IEnumerable<DisabilityGroup> groups)
    {
        var list = groups.Order().ToList();
        return list.Count == 0 ? t["Eligibility.AnyDisabilityGroup"] : string.Join(t["Eligibility.Or"], list.Select(g => t["DisabilityGroup." + g].Value));
    }

    private string Municipality(int id) => municipalities.TryGetValue(id, out var name) ? name : id.ToString(CultureInfo.InvariantCulture);

    private static string Date(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : isoDate;

    private static int? Number(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static List<T> Parse<T>(string list)
        where T : struct, Enum =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => Enum.TryParse<T>(x, out var v) && Enum.IsDefined(v) ? (T?)v : null).OfType<T>().ToList();
}
