using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Evaluations;

namespace SocialServices.Web.Tests.Evaluations;

/// <summary>The overall results per client and year that the annual report counts (002 §11.1.3 p. 2).</summary>
public sealed class EvaluationResultsTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private Task<T> ResultsAsync<T>(Func<EvaluationResults, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<EvaluationResults>()));

    [Fact]
    public async Task Each_client_counts_once_a_year_with_the_result_of_their_latest_evaluation_that_year()
    {
        await SetUpOrganisationAsync();
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var otherId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var auditorId = (await CreateUserAsync("auditors", Roles.Auditor)).Id;
        var jānis = await ClientAsync("Jānis", "Bērziņš", workerId);
        var anna = await ClientAsync("Anna", "Liepa", workerId);
        var pēteris = await ClientAsync("Pēteris", "Ozols", otherId);
        var līga = await ClientAsync("Līga", "Krūmiņa", otherId);
        var jānisFirst = await CaseAsync(jānis, workerId, "2025/0001", new DateOnly(2025, 1, 10));
        var jānisSecond = await CaseAsync(jānis, workerId, "2026/0001", new DateOnly(2026, 1, 5));
        var annaCase = await CaseAsync(anna, workerId, "2026/0002", new DateOnly(2025, 3, 1));
        var pēterisCase = await CaseAsync(pēteris, otherId, "2026/0003", new DateOnly(2025, 3, 1));
        await CaseAsync(līga, otherId, "2026/0004", new DateOnly(2026, 3, 1)); // no evaluation: not counted

        // Jānis: regress in 2025; in 2026 no change, then progress in his second case (the latest counts).
        await EvaluationAsync(jānisFirst, EvaluationDecision.Continue, OverallResult.Regress, new DateOnly(2025, 12, 30));
        await EvaluationAsync(jānisFirst, EvaluationDecision.Continue, OverallResult.NoChange, new DateOnly(2026, 3, 1));
        await EvaluationAsync(jānisSecond, EvaluationDecision.Continue, OverallResult.Progress, new DateOnly(2026, 6, 1));
        // Anna: progress early in 2026, regress later.
        await EvaluationAsync(annaCase, EvaluationDecision.Continue, OverallResult.Progress, new DateOnly(2026, 2, 1));
        await EvaluationAsync(annaCase, EvaluationDecision.RevisePlan, OverallResult.Regress, new DateOnly(2026, 10, 1));
        // Pēteris: one progress in 2026 (another worker's client).
        await EvaluationAsync(pēterisCase, EvaluationDecision.CloseCase, OverallResult.Progress, new DateOnly(2026, 1, 1));

        var auditor = Principal(auditorId, "auditors", Roles.Auditor);
        var year2026 = await ResultsAsync(r => r.PerClientAsync(auditor, 2026, CancellationToken.None));
        Assert.Equal([(jānis, OverallResult.Progress, 2), (anna, OverallResult.Regress, 2), (pēteris, OverallResult.Progress, 1)],
            year2026.OrderBy(r => r.ClientId == jānis ? 0 : r.ClientId == anna ? 1 : 2).Select(r => (r.ClientId, r.Result, r.EvaluationsInYear)));
        Assert.All(year2026, r => Assert.Equal(2026, r.Year));
        Assert.Equal(new DateOnly(2026, 6, 1), year2026.Single(r => r.ClientId == jānis).EvaluatedOn);

        Assert.Equal(new YearResults(2026, 3, 2, 0, 1), await ResultsAsync(r => r.ForYearAsync(auditor, 2026, CancellationToken.None)));
        Assert.Equal(new YearResults(2025, 1, 0, 0, 1), await ResultsAsync(r => r.ForYearAsync(auditor, 2025, CancellationToken.None)));
        Assert.Equal(new YearResults(2024, 0, 0, 0, 0), await ResultsAsync(r => r.ForYearAsync(auditor, 2024, CancellationToken.None)));

        // A worker's query counts only the clients in their scope.
        var worker = Principal(workerId, "ilze.ozola", Roles.SocialWorker);
        Assert.Equal(new YearResults(2026, 2, 1, 0, 1), await ResultsAsync(r => r.ForYearAsync(worker, 2026, CancellationToken.None)));
        Assert.Equal(6, await WithDbAsync(db => db.Evaluations.CountAsync()));
    }
}
