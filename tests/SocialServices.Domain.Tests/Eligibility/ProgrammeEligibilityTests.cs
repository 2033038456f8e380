using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Tests.Eligibility;

public sealed class ProgrammeEligibilityTests
{
    private const int Municipality = 1;
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static EligibilityFacts Resident() => new() { AsOf = Today, DeclaredMunicipalityId = Municipality };

    private static HashSet<ApplicantRole> Roles(params ApplicantRole[] roles) => [.. roles];

    private static EligibilityOutcome Verdict(string code, EligibilityFacts facts) =>
        EligibilityEvaluator.Evaluate(ProgrammeEligibility.For(code, Municipality), facts).Verdict;

    public static TheoryData<string, EligibilityFacts, EligibilityFacts> Cases => new()
    {
        { "6.1.1", Resident() with { Roles = Roles(ApplicantRole.Parent), ChildInBehaviourCorrectionProgramme = true }, Resident() with { Roles = Roles(ApplicantRole.Parent), ChildInBehaviourCorrectionProgramme = false, CustodyRightsSuspendedOrAtRisk = false } },
        { "6.1.2", Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [6] }, Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [7] } },
        { "6.1.3", Resident() with { Roles = Roles(ApplicantRole.SingleParent) }, Resident() with { Roles = Roles(ApplicantRole.Parent) } },
        { "6.1.4", Resident() with { Roles = Roles(ApplicantRole.LegalRepresentative), ChildrenAges = [14] }, Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [11, 17] } },
        { "6.1.5", Resident() with { Age = 10, InBehaviourCorrectionProgramme = true }, Resident() with { Age = 10, InBehaviourCorrectionProgramme = false } },
        { "6.1.6", Resident() with { Age = 15, InBehaviourCorrectionProgramme = true }, Resident() with { Age = 12, InBehaviourCorrectionProgramme = true } },
        { "6.1.7", Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [1] }, Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [2] } },
        { "6.1.8", Resident() with { Age = 20, TargetGroups = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 } }, Resident() with { Age = 24, TargetGroups = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 } } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_programme_has_an_eligible_and_an_ineligible_applicant(string code, EligibilityFacts eligible, EligibilityFacts ineligible)
    {
        Assert.Equal(EligibilityOutcome.Passed, Verdict(code, eligible));
        Assert.Equal(EligibilityOutcome.Failed, Verdict(code, ineligible));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_programme_requires_residence_in_the_municipality(string code, EligibilityFacts eligible, EligibilityFacts ineligible)
    {
        Assert.NotNull(ineligible);
        Assert.Equal(EligibilityOutcome.Failed, Verdict(code, eligible with { DeclaredMunicipalityId = Municipality + 1 }));
        Assert.Equal(EligibilityOutcome.Unknown, Verdict(code, eligible with { DeclaredMunicipalityId = null }));
    }

    [Fact]
    public void Every_seeded_programme_code_has_rules()
    {
        Assert.All(ProgrammeEligibility.ProgrammeCodes, c => Assert.NotEmpty(ProgrammeEligibility.For(c)));
        Assert.Empty(ProgrammeEligibility.For("SR"));
    }

    [Theory]
    [InlineData(ApplicantRole.Parent, 6, EligibilityOutcome.Passed)]
    [InlineData(ApplicantRole.Parent, 7, EligibilityOutcome.Failed)] // 7th birthday excludes a parent
    [InlineData(ApplicantRole.Parent, 9, EligibilityOutcome.Failed)]
    [InlineData(ApplicantRole.Guardian, 9, EligibilityOutcome.Passed)]
    [InlineData(ApplicantRole.FosterParent, 7, EligibilityOutcome.Passed)]
    [InlineData(ApplicantRole.FosterParent, 10, EligibilityOutcome.Failed)]
    [InlineData(ApplicantRole.LegalRepresentative, 3, EligibilityOutcome.Failed)]
    public void Programme_6_1_2_or_group(ApplicantRole role, int childAge, EligibilityOutcome expected) =>
        Assert.Equal(expected, Verdict("6.1.2", Resident() with { Roles = Roles(role), ChildrenAges = [childAge] }));

    [Fact]
    public void Programme_6_1_2_or_group_unknown_when_no_alternative_decided()
    {
        var result = EligibilityEvaluator.Evaluate(ProgrammeEligibility.For("6.1.2", Municipality), Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [null] });
        Assert.Equal(EligibilityOutcome.Unknown, result.Verdict);
        Assert.Equal(4, result.Results[0].Details.Count);
    }

    [Fact]
    public void Programme_6_1_2_seventh_birthday_from_birth_dates()
    {
        var birth = new DateOnly(2019, 6, 15);
        var dayBefore = Resident() with { AsOf = Today.AddDays(-1), Roles = Roles(ApplicantRole.Parent), ChildrenAges = [EligibilityFacts.AgeOn(birth, Today.AddDays(-1))] };
        var birthday = Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [EligibilityFacts.AgeOn(birth, Today)] };
        Assert.Equal(EligibilityOutcome.Passed, Verdict("6.1.2", dayBefore));
        Assert.Equal(EligibilityOutcome.Failed, Verdict("6.1.2", birthday));
    }

    [Theory]
    [InlineData(11, EligibilityOutcome.Failed)]
    [InlineData(12, EligibilityOutcome.Passed)]
    [InlineData(16, EligibilityOutcome.Passed)]
    [InlineData(17, EligibilityOutcome.Failed)]
    public void Programme_6_1_4_child_aged_12_to_16_inclusive(int childAge, EligibilityOutcome expected) =>
        Assert.Equal(expected, Verdict("6.1.4", Resident() with { Roles = Roles(ApplicantRole.Parent), ChildrenAges = [childAge] }));

    [Fact]
    public void Programme_6_1_1_custody_at_risk_is_an_alternative()
    {
        Assert.Equal(EligibilityOutcome.Passed, Verdict("6.1.1", Resident() with { Roles = Roles(ApplicantRole.LegalRepresentative), CustodyRightsSuspendedOrAtRisk = true }));
        Assert.Equal(EligibilityOutcome.Unknown, Verdict("6.1.1", Resident() with { Roles = Roles(ApplicantRole.Parent) }));
    }
}
