using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;
using SocialServices.Web.Pages.Catalogue;

namespace SocialServices.Web.Tests.Catalogue;

/// <summary>Each rule kind (and an "any of" group) in plain Latvian and English words.</summary>
public sealed class RuleTextTests(WebFixture fixture) : WebTest(fixture)
{
    private static readonly Dictionary<int, string> Municipalities = new() { [7] = "Jelgavas valstspilsēta" };

    public static TheoryData<string, string> LatvianCases() => new()
    {
        { "client-age", "Klienta vecums no 8 līdz 12 gadiem" },
        { "client-age-from", "Klienta vecums no 65 gadiem" },
        { "client-age-up-to", "Klienta vecums līdz 17 gadiem (ieskaitot)" },
        { "child-age-up-to", "Mājsaimniecībā ir bērns līdz 6 gadu vecumam (ieskaitot)" },
        { "child-age-between", "Mājsaimniecībā ir bērns vecumā no 12 līdz 16 gadiem" },
        { "role-one", "Iesniedzējs ir: vientuļais vecāks" },
        { "role-two", "Iesniedzējs ir: vecāks vai likumiskais pārstāvis" },
        { "role-three", "Iesniedzējs ir: vecāks, aizbildnis vai audžuvecāks" },
        { "behaviour-correction", "Klients ir iekļauts uzvedības sociālās korekcijas programmā" },
        { "child-behaviour-correction", "Iesniedzēja bērns ir iekļauts uzvedības sociālās korekcijas programmā" },
        { "custody", "Iesniedzējam ir pārtrauktas vai atņemtas bērna aizgādības tiesības vai pastāv risks to pārtraukšanai" },
        { "adult-orphan", "Bārenis vai bez vecāku gādības palicis jaunietis vecumā no 18 līdz 23 gadiem" },
        { "disability", "Klientam ir noteikta invaliditāte: I vai II grupa" },
        { "residence", "Deklarētā dzīvesvieta: Jelgavas valstspilsēta" },
        { "residence-unknown-id", "Deklarētā dzīvesvieta: pašvaldība Nr. 99" },
        { "residence-not-set", "Deklarētā dzīvesvieta: pašvaldība nav norādīta" },
        {
            "any-of",
            "Jāizpilda vismaz viens no variantiem: 1) iesniedzējs ir: vecāks un mājsaimniecībā ir bērns līdz 6 gadu vecumam (ieskaitot); "
            + "2) iesniedzējs ir: aizbildnis vai audžuvecāks un mājsaimniecībā ir bērns līdz 9 gadu vecumam (ieskaitot)"
        },
    };

    [Theory]
    [MemberData(nameof(LatvianCases))]
    public void Each_rule_kind_reads_in_plain_Latvian(string rule, string expected) => Assert.Equal(expected, Describe(rule, "lv-LV", Municipalities));

    [Fact]
    public void Every_rule_kind_has_a_name_and_a_text_in_both_languages()
    {
        foreach (var culture in new[] { "lv-LV", "en-GB" })
        {
            foreach (var kind in Enum.GetValues<RuleKind>())
            {
                var rule = new EligibilityRule(kind) { MinAge = 1, MaxAge = 2, Roles = new HashSet<ApplicantRole> { ApplicantRole.Parent }, DisabilityGroups = new HashSet<DisabilityGroup> { DisabilityGroup.I }, MunicipalityId = 7 };
                var (name, text) = InCulture(culture, t => (RuleText.KindName(t, kind), RuleText.Describe(t, rule, Municipalities)));
                Assert.False(name.StartsWith("Rule.", StringComparison.Ordinal), $"{culture}: {kind} has no name");
                Assert.False(text.StartsWith("Rule.", StringComparison.Ordinal) || text.Contains("Rule.Text", StringComparison.Ordinal), $"{culture}: {kind} has no text: {text}");
            }
        }
    }

    [Fact]
    public void The_rules_read_in_English_when_the_user_chose_English()
    {
        Assert.Equal("The applicant is: parent or legal representative", Describe("role-two", "en-GB", Municipalities));
        Assert.Equal("There is a child aged up to 6 (inclusive) in the household", Describe("child-age-up-to", "en-GB", Municipalities));
        Assert.Equal("Declared residence: Jelgavas valstspilsēta", Describe("residence", "en-GB", Municipalities));
    }

    [Fact]
    public void Without_a_lookup_the_municipality_is_shown_by_its_number()
    {
        Assert.Equal("Deklarētā dzīvesvieta: pašvaldība Nr. 7", Describe("residence", "lv-LV", null));
    }

    private string Describe(string rule, string culture, IReadOnlyDictionary<int, string>? municipalities) =>
        InCulture(culture, t => RuleText.Describe(t, Rule(rule), municipalities));

    private T InCulture<T>(string culture, Func<IStringLocalizer, T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        var beforeFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return read(Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeFormat;
        }
    }

    private static EligibilityRequirement Rule(string name) => name switch
    {
        "client-age" => EligibilityRule.ClientAge(8, 12),
        "client-age-from" => EligibilityRule.ClientAge(65, null),
        "client-age-up-to" => EligibilityRule.ClientAge(null, 17),
        "child-age-up-to" => EligibilityRule.ChildAge(null, 6),
        "child-age-between" => EligibilityRule.ChildAge(12, 16),
        "role-one" => EligibilityRule.Role(ApplicantRole.SingleParent),
        "role-two" => EligibilityRule.Role(ApplicantRole.LegalRepresentative, ApplicantRole.Parent),
        "role-three" => EligibilityRule.Role(ApplicantRole.FosterParent, ApplicantRole.Guardian, ApplicantRole.Parent),
        "behaviour-correction" => EligibilityRule.InBehaviourCorrection(),
        "child-behaviour-correction" => EligibilityRule.ChildOfApplicantInBehaviourCorrection(),
        "custody" => EligibilityRule.CustodyAtRisk(),
        "adult-orphan" => EligibilityRule.AdultOrphan(),
        "disability" => EligibilityRule.Disability(DisabilityGroup.II, DisabilityGroup.I),
        "residence" => EligibilityRule.Residence(7),
        "residence-unknown-id" => EligibilityRule.Residence(99),
        "residence-not-set" => EligibilityRule.Residence(null),
        "any-of" => ProgrammeEligibility.For("6.1.2")[0],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
