using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Reporting;

namespace SocialServices.Domain.Tests.Reporting;

public sealed class AnnualReportRulesTests
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    [Theory]
    [InlineData("2020-12-31", "0–6")]
    [InlineData("2019-12-31", "7–12")] // 7 on the last day of the year
    [InlineData("2020-01-01", "0–6")] // 6 until 1 January 2027
    [InlineData("2009-01-01", "13–17")]
    [InlineData("2008-12-31", "18–24")] // turns 18 on the report's age date
    [InlineData("2002-01-01", "18–24")] // 24
    [InlineData("2001-12-31", "25–44")]
    [InlineData("1961-12-31", "65+")]
    [InlineData("1962-01-01", "45–64")]
    public void Ages_are_counted_at_the_age_date(string birth, string band) =>
        Assert.Equal(band, AgeBands.Of(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), YearEnd));

    [Fact]
    public void A_client_without_a_birth_date_or_born_after_the_date_is_of_unknown_age()
    {
        Assert.Equal(AgeBands.Unknown, AgeBands.Of(null, YearEnd));
        Assert.Equal(AgeBands.Unknown, AgeBands.Of(new DateOnly(2027, 1, 5), YearEnd));
    }

    [Fact]
    public void A_client_in_several_services_counts_once_in_each_and_once_in_the_total()
    {
        var served = new[]
        {
            new ServedClient(1, 10, ServiceType.EducationalAndSupportGroup, new DateOnly(1990, 5, 1), Gender.Female),
            new ServedClient(1, 11, ServiceType.EducationalAndSupportGroup, new DateOnly(1990, 5, 1), Gender.Female),
            new ServedClient(1, 12, ServiceType.DayCareCentre, new DateOnly(1990, 5, 1), Gender.Female),
            new ServedClient(1, 12, ServiceType.DayCareCentre, new DateOnly(1990, 5, 1), Gender.Female), // the same row twice
            new ServedClient(2, 10, ServiceType.EducationalAndSupportGroup, new DateOnly(2016, 2, 3), Gender.Male),
            new ServedClient(3, 12, ServiceType.DayCareCentre, null, null),
        };

        var distribution = ClientDistribution.Compute(served, YearEnd);

        Assert.Equal(3, distribution.TotalClients);
        Assert.Equal(2, distribution.ByService[10]);
        Assert.Equal(1, distribution.ByService[11]);
        Assert.Equal(2, distribution.ByService[12]);
        Assert.Equal(2, distribution.ByServiceType[ServiceType.EducationalAndSupportGroup]);
        Assert.Equal(2, distribution.ByServiceType[ServiceType.DayCareCentre]);
        Assert.Equal(new AgeGenderRow("25–44", 1, 0, 0), distribution.ByAgeAndGender.Single(r => r.Band == "25–44"));
        Assert.Equal(new AgeGenderRow("7–12", 0, 1, 0), distribution.ByAgeAndGender.Single(r => r.Band == "7–12"));
        Assert.Equal(new AgeGenderRow(AgeBands.Unknown, 0, 0, 1), distribution.ByAgeAndGender[^1]);
        Assert.Equal(distribution.TotalClients, distribution.ByAgeAndGender.Sum(r => r.Total));
    }

    [Fact]
    public void The_unknown_age_row_is_left_out_when_every_birth_date_is_known()
    {
        var distribution = ClientDistribution.Compute([new ServedClient(1, 10, ServiceType.Respite, new DateOnly(1950, 1, 1), Gender.Male)], YearEnd);
        Assert.Equal(AgeBands.All.Count, distribution.ByAgeAndGender.Count);
        Assert.Equal(1, distribution.ByAgeAndGender.Single(r => r.Band == "65+").Male);
    }

    [Fact]
    public void A_contract_reports_on_the_part_of_the_year_it_is_in_force()
    {
        var contract = new DelegationContract(1, 1, "JSLP/2026/14", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 1), new DateOnly(2028, 2, 29), "Sociālās rehabilitācijas pakalpojumi", [3, 1, 3]);
        Assert.Equal([1, 3], contract.ServiceIds);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31)), contract.PeriodIn(2026));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), contract.PeriodIn(2027));
        Assert.Equal((new DateOnly(2028, 1, 1), new DateOnly(2028, 2, 29)), contract.PeriodIn(2028));
        Assert.False(contract.CoversYear(2025));
        Assert.Throws<ArgumentOutOfRangeException>(() => contract.PeriodIn(2029));
        Assert.Throws<ArgumentException>(() => new DelegationContract(1, 1, "X", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), null, "Uzdevums", []));
        Assert.Throws<ArgumentException>(() => new DelegationContract(1, 1, "X", new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 30), "Uzdevums", [1]));
    }

    [Fact]
    public void A_final_report_is_frozen_and_corrected_by_a_new_version_with_a_reason()
    {
        var at = new DateTimeOffset(2027, 1, 20, 10, 0, 0, TimeSpan.Zero);
        var report = new AnnualReport(1, 1, 2026, 1, null, "Programmas īstenotas", null, "u1", "Ilze Bērziņa", at);
        report.EditTexts("Visas programmas īstenotas", "Nav");
        report.Finalise("{\"Year\":2026}", "u1", "Ilze Bērziņa", at.AddHours(1));

        Assert.Equal(AnnualReportStatus.Final, report.Status);
        Assert.Throws<InvalidOperationException>(() => report.EditTexts("Cits teksts", null));
        Assert.Throws<InvalidOperationException>(() => report.Finalise("{}", "u1", "Ilze Bērziņa", at));
        Assert.Throws<ArgumentException>(() => report.NextVersion(" ", "u1", "Ilze Bērziņa", at));

        var next = report.NextVersion("Precizēts sūdzību skaits", "u1", "Ilze Bērziņa", at.AddDays(3));
        Assert.Equal((2, AnnualReportStatus.Draft, "Visas programmas īstenotas", "Nav"), (next.VersionNumber, next.Status, next.ResultsText, next.OtherText));
        Assert.Null(next.Snapshot);
        report.Supersede();
        Assert.Equal(AnnualReportStatus.Superseded, report.Status);
        Assert.Throws<InvalidOperationException>(() => next.NextVersion("x", "u1", "Ilze Bērziņa", at));
    }
}
