namespace SocialServices.Domain.Eligibility;

/// <summary>
/// The eligibility rules of the eight programmes of seed 002 §6.1, plus declared residence in the
/// municipality (002 §3) for all. "Līdz N gadu vecumam" alone is read as "under N" (MaxAge N-1);
/// "no A līdz B gadu vecumam" as A to B inclusive.
/// </summary>
public static class ProgrammeEligibility
{
    public static IReadOnlyList<string> ProgrammeCodes { get; } = ["6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7", "6.1.8"];

    /// <summary>The rules of a seeded programme; an empty list for any other code.</summary>
    /// <param name="programmeCode">The programme code, e.g. "6.1.4".</param>
    /// <param name="municipalityId">The municipality whose residents the service is for; null leaves residence Unknown.</param>
    public static IReadOnlyList<EligibilityRequirement> For(string programmeCode, int? municipalityId = null)
    {
        ArgumentNullException.ThrowIfNull(programmeCode);
        var residence = EligibilityRule.Residence(municipalityId);
        return programmeCode.Trim() switch
        {
            // Parent or legal representative whose custody rights are suspended/removed or at risk, or whose child is in a behaviour social-correction programme.
            "6.1.1" =>
            [
                EligibilityRule.Role(ApplicantRole.Parent, ApplicantRole.LegalRepresentative),
                AnyOfRequirement.Of([EligibilityRule.CustodyAtRisk()], [EligibilityRule.ChildOfApplicantInBehaviourCorrection()]),
                residence,
            ],

            // Parent raising a child under 7; guardian or foster parent raising a child under 10.
            "6.1.2" =>
            [
                AnyOfRequirement.Of(
                    [EligibilityRule.Role(ApplicantRole.Parent), EligibilityRule.ChildAge(null, 6)],
                    [EligibilityRule.Role(ApplicantRole.Guardian, ApplicantRole.FosterParent), EligibilityRule.ChildAge(null, 9)]),
                residence,
            ],

            // A child raised by a single parent.
            "6.1.3" => [EligibilityRule.Role(ApplicantRole.SingleParent), residence],

            // Parent or legal representative with a child aged 12 to 16.
            "6.1.4" => [EligibilityRule.Role(ApplicantRole.Parent, ApplicantRole.LegalRepresentative), EligibilityRule.ChildAge(12, 16), residence],

            // Child aged 8 to 12 in a behaviour social-correction programme.
            "6.1.5" => [EligibilityRule.ClientAge(8, 12), EligibilityRule.InBehaviourCorrection(), residence],

            // Child aged 13 to 18 in a behaviour social-correction programme.
            "6.1.6" => [EligibilityRule.ClientAge(13, 18), EligibilityRule.InBehaviourCorrection(), residence],

            // Parents with children under 2.
            "6.1.7" => [EligibilityRule.Role(ApplicantRole.Parent), EligibilityRule.ChildAge(null, 1), residence],

            // Orphans and children left without parental care, from adulthood up to 24.
            "6.1.8" => [EligibilityRule.AdultOrphan(), residence],

            _ => [],
        };
    }
}
