using SocialServices.Domain.Catalogue;

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
}
