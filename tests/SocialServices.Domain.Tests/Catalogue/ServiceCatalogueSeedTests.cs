using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Tests.Catalogue;

public sealed class ServiceCatalogueSeedTests
{
    [Theory]
    [InlineData("6.1.1", "Vecāku loma bērnu audzināšanā", 10)]
    [InlineData("6.1.2", "Bērna emocionālā audzināšana", 12)]
    [InlineData("6.1.3", "Esam ģimene", 10)]
    [InlineData("6.1.4", "Ceļvedis audzinot pusaudzi", 10)]
    [InlineData("6.1.5", "Sociālo prasmju attīstīšana", 28)]
    [InlineData("6.1.6", "Iekšējo resursu aktivizēšana", 10)]
    [InlineData("6.1.7", "Sargeņģelis", 20)]
    public void The_programmes_of_seed_002_have_their_names_and_session_counts(string code, string name, int sessions)
    {
        var programme = ServiceCatalogueSeed.Create().Single(s => s.Code == code);

        Assert.Equal(name, programme.Name);
        Assert.Equal(sessions, programme.SessionCount);
        Assert.True(programme.IsGroupProgramme);
        Assert.Equal(FundingSource.Municipal, programme.Funding);
        Assert.False(string.IsNullOrWhiteSpace(programme.TargetGroup));
    }

    [Fact]
    public void The_support_group_for_adult_orphans_is_state_funded_and_meets_monthly()
    {
        var group = ServiceCatalogueSeed.Create().Single(s => s.Code == "6.1.8");

        Assert.Equal(FundingSource.State, group.Funding);
        Assert.Null(group.SessionCount);
        Assert.Equal("vienu reizi mēnesī", group.Frequency);
        Assert.Contains("24", group.TargetGroup, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_service_type_is_in_the_catalogue_and_codes_are_unique()
    {
        var services = ServiceCatalogueSeed.Create();

        Assert.Equal(Enum.GetValues<ServiceType>().Order(), services.Select(s => s.Type).Distinct().Order());
        Assert.Equal(services.Count, services.Select(s => s.Code).Distinct().Count());
    }

    [Fact]
    public void A_programme_needs_a_session_count_or_a_frequency()
    {
        var service = new Service("X", "Programma", ServiceType.EducationalAndSupportGroup, FundingSource.Municipal);

        Assert.Throws<ArgumentException>(() => service.AsGroupProgramme("Vecākiem", null, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => service.AsGroupProgramme("Vecākiem", 0, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => service.AsGroupProgramme("Vecākiem", 10, null, 0));
    }

    [Fact]
    public void A_retired_service_stays_and_can_be_reinstated()
    {
        var service = new Service("X", "Pakalpojums", ServiceType.HomeCare, FundingSource.Municipal);

        service.Retire();
        Assert.False(service.IsActive);
        service.Reinstate();
        Assert.True(service.IsActive);
    }

    [Theory]
    [InlineData("6.1.1")]
    [InlineData("6.1.2")]
    [InlineData("6.1.3")]
    [InlineData("6.1.4")]
    [InlineData("6.1.5")]
    [InlineData("6.1.6")]
    [InlineData("6.1.7")]
    [InlineData("6.1.8")]
    public void Every_programme_has_its_rules_and_documents(string code)
    {
        var programme = ServiceCatalogueSeed.Create(municipalityId: 5).Single(s => s.Code == code);

        Assert.NotEmpty(programme.Rules);
        Assert.Equal(Text(ProgrammeEligibility.For(code, 5)), Text(programme.Rules));
        Assert.Contains("Residence(5)", Text(programme.Rules), StringComparer.Ordinal);
        Assert.Equal(ServiceCatalogueSeed.DocumentsFor(code), programme.RequiredDocuments);
    }

    [Fact]
    public void The_programmes_with_alternatives_keep_them_as_one_any_of_group()
    {
        var services = ServiceCatalogueSeed.Create(municipalityId: 5);

        Assert.Equal(
            ["Role(Parent,LegalRepresentative)", "AnyOf[CustodyRightsSuspendedOrAtRisk | ChildOfApplicantInBehaviourCorrectionProgramme]", "Residence(5)"],
            Text(services.Single(s => s.Code == "6.1.1").Rules));
        Assert.Equal(
            ["AnyOf[Role(Parent) & ChildInHouseholdAge(-6) | Role(Guardian,FosterParent) & ChildInHouseholdAge(-9)]", "Residence(5)"],
            Text(services.Single(s => s.Code == "6.1.2").Rules));
        Assert.Equal(["AdultOrphanUpTo24(18-23)", "Residence(5)"], Text(services.Single(s => s.Code == "6.1.8").Rules));
    }

    [Theory]
    [InlineData("6.1.1", "Bāriņtiesas lēmums vai sociālā dienesta izziņa par aizgādības tiesībām")]
    [InlineData("6.1.5", "Izziņa par iekļaušanu uzvedības sociālās korekcijas programmā")]
    [InlineData("6.1.6", "Izziņa par iekļaušanu uzvedības sociālās korekcijas programmā")]
    [InlineData("6.1.8", "Dokuments, kas apliecina bāreņa vai bez vecāku gādības palikuša bērna statusu")]
    [InlineData("DAC", ServiceCatalogueSeed.DisabilityOpinion)]
    [InlineData("AM", ServiceCatalogueSeed.DoctorStatement)]
    [InlineData("AB", ServiceCatalogueSeed.DisabilityOpinion)]
    [InlineData("ISA", ServiceCatalogueSeed.DoctorStatement)]
    public void Services_that_need_a_document_list_it(string code, string document)
    {
        Assert.Contains(document, ServiceCatalogueSeed.Create().Single(s => s.Code == code).RequiredDocuments);
    }

    [Fact]
    public void Every_other_service_requires_residence_in_the_municipality_only()
    {
        var others = ServiceCatalogueSeed.Create(municipalityId: 5).Where(s => !s.IsGroupProgramme).ToList();

        Assert.Equal(9, others.Count);
        Assert.All(others, s => Assert.Equal(["Residence(5)"], Text(s.Rules)));
    }

    [Fact]
    public void Without_a_municipality_the_residence_rule_is_there_but_unset()
    {
        Assert.All(ServiceCatalogueSeed.Create(), s => Assert.Contains("Residence()", Text(s.Rules), StringComparer.Ordinal));
    }

    [Fact]
    public void An_administrators_edit_replaces_the_fields_and_rules_but_keeps_the_code()
    {
        var service = ServiceCatalogueSeed.Create(5).Single(s => s.Code == "6.1.3");

        service.Update(new ServiceDetails(" Esam ģimene ", ServiceType.EducationalAndSupportGroup, FundingSource.EuProject, " Biedrība ", " ", null, "Vientuļajiem vecākiem", 8, null, 12,
            ["  Izziņa  ", "izziņa", ""], [EligibilityRule.Role(ApplicantRole.SingleParent)]));

        Assert.Equal("6.1.3", service.Code);
        Assert.Equal("Esam ģimene", service.Name);
        Assert.Equal(FundingSource.EuProject, service.Funding);
        Assert.Equal("Biedrība", service.Provider);
        Assert.Null(service.Location);
        Assert.Equal(8, service.SessionCount);
        Assert.Equal(12, service.PlannedGroupSize);
        Assert.Equal(["Izziņa"], service.RequiredDocuments);
        Assert.Equal(["Role(SingleParent)"], Text(service.Rules));
    }

    [Fact]
    public void A_programme_turned_into_another_type_loses_its_group_fields()
    {
        var service = ServiceCatalogueSeed.Create().Single(s => s.Code == "6.1.7");

        service.Update(new ServiceDetails("Konsultācijas", ServiceType.SpecialistConsultations, FundingSource.Municipal, null, null, null, "Ģimenēm", 20, "reizi nedēļā", 10, [], []));

        Assert.False(service.IsGroupProgramme);
        Assert.Null(service.SessionCount);
        Assert.Null(service.Frequency);
        Assert.Null(service.PlannedGroupSize);
        Assert.Equal("Ģimenēm", service.TargetGroup);
        Assert.Empty(service.Rules);
    }

    /// <summary>Rules as comparable text (rules are records holding sets, which compare by reference).</summary>
    private static List<string> Text(IEnumerable<EligibilityRequirement> requirements) => requirements.Select(r => r switch
    {
        EligibilityRule rule => Text(rule),
        AnyOfRequirement anyOf => "AnyOf[" + string.Join(" | ", anyOf.Alternatives.Select(a => string.Join(" & ", a.Select(Text)))) + "]",
        _ => throw new ArgumentException("Unsupported requirement.", nameof(requirements)),
    }).ToList();

    private static string Text(EligibilityRule rule) => rule.Kind switch
    {
        RuleKind.ClientAge or RuleKind.ChildInHouseholdAge or RuleKind.AdultOrphanUpTo24 => $"{rule.Kind}({rule.MinAge}-{rule.MaxAge})",
        RuleKind.ApplicantRole => $"Role({string.Join(",", rule.Roles.Order())})",
        RuleKind.DisabilityGroup => $"Disability({string.Join(",", rule.DisabilityGroups.Order())})",
        RuleKind.ResidenceInMunicipality => $"Residence({rule.MunicipalityId})",
        _ => rule.Kind.ToString(),
    };
}
