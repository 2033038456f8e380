using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Feedback;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Feedback;

/// <summary>The read services behind the annual report's section 4, against records with known answers.</summary>
public sealed class FeedbackReportTests(WebFixture fixture) : FeedbackTest(fixture)
{
    [Fact]
    public async Task Complaints_of_a_year_by_outcome_with_their_records_and_open_ones_counted_at_the_year_end()
    {
        await SetUpOrganisationAsync();
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var justified = await ComplaintAsync(new DateOnly(2025, 3, 1), managerId, verdict: ComplaintVerdict.Justified, answeredOn: new DateOnly(2025, 3, 20));
        var partly = await ComplaintAsync(new DateOnly(2025, 6, 1), managerId, verdict: ComplaintVerdict.PartlyJustified, answeredOn: new DateOnly(2025, 6, 25));
        var unjustified = await ComplaintAsync(new DateOnly(2025, 9, 1), managerId, verdict: ComplaintVerdict.Unjustified, answeredOn: new DateOnly(2025, 9, 10));
        var lateAnswer = await ComplaintAsync(new DateOnly(2025, 12, 20), managerId, verdict: ComplaintVerdict.Justified, answeredOn: new DateOnly(2026, 1, 15));
        var withdrawn = await ComplaintAsync(new DateOnly(2025, 10, 1), managerId, withdrawn: true);
        var open2026 = await ComplaintAsync(new DateOnly(2026, 11, 1), managerId);
        await ComplaintAsync(new DateOnly(2024, 12, 31), managerId, verdict: ComplaintVerdict.Justified, answeredOn: new DateOnly(2025, 1, 5));

        var report = await InScopeAsync(sp => sp.GetRequiredService<FeedbackReport>().ComplaintsAsync(OrganisationId, 2025));
        var current = await InScopeAsync(sp => sp.GetRequiredService<FeedbackReport>().ComplaintsAsync(OrganisationId, 2026));

        Assert.Equal(new DateOnly(2025, 12, 31), report.CountedTo);
        Assert.Equal([justified, partly, unjustified, lateAnswer], report.Received.Ids.Order());
        Assert.Equal([justified], report.Justified.Ids);
        Assert.Equal([partly], report.PartlyJustified.Ids);
        Assert.Equal([unjustified], report.Unjustified.Ids);
        Assert.Equal([lateAnswer], report.Open.Ids);
        Assert.Equal([withdrawn], report.Withdrawn.Ids);
        Assert.Equal((new DateOnly(2026, 11, 23), 1, 1), (current.CountedTo, current.Received.Count, current.Open.Count));
        Assert.Equal([open2026], current.Open.Ids);
    }

    [Fact]
    public async Task Satisfaction_per_service_gives_responses_and_per_question_averages_with_the_records_behind_them()
    {
        await SetUpOrganisationAsync();
        var services = await ServicesAsync();
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (id, q) = await QuestionnaireAsync(managerId);
        var a = await ResponseAsync(id, services["6.1.2"], null, new DateOnly(2026, 1, 10), managerId, [5, 4]);
        var b = await ResponseAsync(id, services["6.1.2"], null, new DateOnly(2026, 6, 10), managerId, [3, null], (q[2], "Paldies!"));
        await ResponseAsync(id, services["6.1.7"], null, new DateOnly(2026, 6, 10), managerId, [1, 1]);
        await ResponseAsync(id, services["6.1.2"], null, new DateOnly(2025, 6, 10), managerId, [1, 1]);

        var result = await InScopeAsync(sp => sp.GetRequiredService<FeedbackReport>().SatisfactionAsync(OrganisationId, [services["6.1.2"]], 2026));

        var service = Assert.Single(result);
        Assert.Equal([a, b], service.Responses.Ids);
        Assert.Equal((2, 4.00m), (service.Questions[0].Summary.Count, service.Questions[0].Summary.Average!.Value));
        Assert.Equal([0, 0, 1, 0, 1], service.Questions[0].Summary.Distribution);
        Assert.Equal((1, 4.00m), (service.Questions[1].Summary.Count, service.Questions[1].Summary.Average!.Value));
        Assert.Equal(["Paldies!"], service.FreeTexts.Single().Answers.Select(x => x.Text));
        Assert.Equal(2, (await InScopeAsync(sp => sp.GetRequiredService<FeedbackReport>().SatisfactionAsync(OrganisationId, null, 2026))).Count);
    }
}
