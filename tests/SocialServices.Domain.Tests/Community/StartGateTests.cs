using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class StartGateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static StartFacts Facts(DateOnly? assessed, PlanInForce? plan, DateOnly? start = null) =>
        new(assessed, plan, "DAC", "Dienas aprūpes centrs", start ?? Today, Today);

    private static PlanInForce Plan(params string[] services) => new(Today.AddDays(-5), Today.AddMonths(6), false, services);

    [Fact]
    public void A_completed_assessment_and_a_current_plan_naming_the_service_open_the_gate() =>
        Assert.Empty(StartGate.Check(Facts(Today.AddDays(-10), Plan("Dienas aprūpes centrs"))));

    [Fact]
    public void Without_assessment_and_plan_both_are_named() =>
        Assert.Equal([StartGap.NoCompletedAssessment, StartGap.NoPlan], StartGate.Check(Facts(null, null)));

    [Fact]
    public void An_assessment_completed_after_the_start_does_not_count() =>
        Assert.Equal([StartGap.NoCompletedAssessment], StartGate.Check(Facts(Today.AddDays(1), Plan("DAC"), Today)));

    [Fact]
    public void A_plan_past_its_review_is_not_current() =>
        Assert.Equal([StartGap.PlanReviewOverdue], StartGate.Check(Facts(Today, Plan("DAC") with { ReviewOn = Today.AddDays(-1) })));

    [Fact]
    public void A_refused_plan_is_not_in_force() =>
        Assert.Equal([StartGap.PlanNotInForce], StartGate.Check(Facts(Today, Plan("DAC") with { Refused = true })));

    [Fact]
    public void A_plan_that_names_other_services_does_not_open_the_gate() =>
        Assert.Equal([StartGap.PlanDoesNotNameService], StartGate.Check(Facts(Today, Plan("Aprūpe mājās", "Psihologa konsultācijas"))));

    [Theory]
    [InlineData("DAC")]
    [InlineData("dac")]
    [InlineData("DAC 3 reizes nedēļā")]
    [InlineData("dienas aprupes centrs")]
    [InlineData("Dienas aprūpes centrs “Saulespuķe”, 5 dienas nedēļā")]
    public void The_plan_names_the_service_by_code_or_name(string text) => Assert.True(StartGate.Names([text], "DAC", "Dienas aprūpes centrs"));

    [Theory]
    [InlineData("DACX")]
    [InlineData("Dienas centrs")]
    [InlineData("")]
    public void Other_texts_do_not_name_it(string text) => Assert.False(StartGate.Names([text], "DAC", "Dienas aprūpes centrs"));
}
