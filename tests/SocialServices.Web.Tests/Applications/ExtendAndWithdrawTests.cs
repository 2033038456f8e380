using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>Extending the decision deadline (at most four months after the documents were complete) and withdrawing an application.</summary>
public sealed class ExtendAndWithdrawTests(WebFixture fixture) : ApplicationTest(fixture)
{
    /// <summary>Respite care with its document received on 20.11.2026: deadline 20.12.2026, at most 20.03.2027.</summary>
    private async Task<(HttpClient Worker, int ClientId, int ApplicationId)> AwaitingDecisionAsync()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var id = await RecordedAsync(worker, client, "AB", workerId, submittedOn: new DateOnly(2026, 11, 20), received: [(ServiceCatalogueSeed.DisabilityOpinion, new DateOnly(2026, 11, 20))]);
        return (worker, client, id);
    }

    private static async Task<HttpResponseMessage> ExtendAsync(HttpClient client, int id, string newDeadline, string reason = "Jāsaņem ģimenes ārsta atzinums", string informedOn = "2026-11-23") =>
        await PostAsync(client, $"/Applications/Extend/{id}", Fields(
            ("Input.Version", Version(await GetDocumentAsync(client, $"/Applications/Extend/{id}"))),
            ("Input.NewDeadline", newDeadline), ("Input.Reason", reason), ("Input.InformedOn", informedOn), ("Input.InformedBy", nameof(NotificationChannel.Post))));

    [Fact]
    public async Task An_extension_beyond_four_months_is_refused_with_the_latest_permitted_date()
    {
        var (worker, _, id) = await AwaitingDecisionAsync();
        var form = await GetDocumentAsync(worker, $"/Applications/Extend/{id}");
        Assert.Contains("20.03.2027", form.QuerySelector("#extend-limits")!.TextContent, StringComparison.Ordinal);

        var response = await ExtendAsync(worker, id, "2027-03-21");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Termiņu var pagarināt ne vairāk kā četrus mēnešus pēc visu dokumentu saņemšanas — vēlākais līdz 20.03.2027.", Error(await ParseAsync(response), "Input.NewDeadline"));
        var stored = await StoredApplicationAsync(id);
        Assert.Empty(stored.Extensions);
        Assert.Equal(new DateOnly(2026, 12, 20), stored.DecisionDue);
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationExtend)));
    }

    [Fact]
    public async Task An_extension_not_after_the_current_deadline_or_without_a_reason_is_refused_next_to_the_fields()
    {
        var (worker, _, id) = await AwaitingDecisionAsync();

        var page = await ParseAsync(await ExtendAsync(worker, id, "2026-12-20", reason: "  ", informedOn: "2026-12-01"));

        Assert.Equal("Norādiet, kāpēc lēmumu nevar pieņemt laikā.", Error(page, "Input.Reason"));
        Assert.Equal("Datums nevar būt nākotnē.", Error(page, "Input.InformedOn"));

        page = await ParseAsync(await ExtendAsync(worker, id, "2026-12-20"));
        Assert.Equal("Jaunajam termiņam jābūt vēlākam par pašreizējo (20.12.2026).", Error(page, "Input.NewDeadline"));
        Assert.Empty((await StoredApplicationAsync(id)).Extensions);
    }

    [Fact]
    public async Task An_extension_moves_the_deadline_and_is_listed_with_the_day_the_applicant_was_told()
    {
        var (worker, client, id) = await AwaitingDecisionAsync();

        var response = await ExtendAsync(worker, id, "2027-01-20");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredApplicationAsync(id);
        Assert.Equal(new DateOnly(2027, 1, 20), stored.DecisionDue);
        var extension = Assert.Single(stored.Extensions);
        Assert.Equal(new DateOnly(2026, 12, 20), extension.PreviousDeadline);
        Assert.Equal(new DateOnly(2026, 11, 23), extension.ApplicantInformedOn);
        Assert.Equal(NotificationChannel.Post, extension.InformedBy);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("20.12.2026", page.QuerySelector("#original-deadline")!.TextContent);
        Assert.Equal("20.01.2027", page.QuerySelector("#current-deadline")!.TextContent);
        var listed = Assert.Single(page.QuerySelectorAll("#extensions .extension")).TextContent;
        Assert.Contains("Pagarināts no 20.12.2026 līdz 20.01.2027", listed, StringComparison.Ordinal);
        Assert.Contains("Jāsaņem ģimenes ārsta atzinums", listed, StringComparison.Ordinal);
        Assert.Contains("Iesniedzējs informēts 23.11.2026 (pa pastu)", listed, StringComparison.Ordinal);

        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ApplicationExtend));
        Assert.Equal(client, audit.ClientId);
        Assert.Equal("Jāsaņem ģimenes ārsta atzinums", audit.Reason);
        Assert.Contains("to=2027-01-20", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_application_awaiting_a_decision_can_be_extended()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var id = await RecordedAsync(worker, client, "AB", workerId);

        var page = await GetDocumentAsync(worker, $"/Applications/Extend/{id}");

        Assert.NotNull(page.QuerySelector("#not-possible"));
        Assert.Null(page.QuerySelector("#extend-form"));
    }

    [Fact]
    public async Task Withdrawing_closes_the_application_with_its_reason_and_an_audit_entry()
    {
        var (worker, client, id) = await AwaitingDecisionAsync();
        var url = $"/Applications/Withdraw/{id}";
        var version = Version(await GetDocumentAsync(worker, url));

        var invalid = await ParseAsync(await PostAsync(worker, url, Fields(("Input.Version", version), ("Input.WithdrawnOn", "2026-11-19"), ("Input.Reason", ""))));
        Assert.Equal("Datums nevar būt agrāks par iesnieguma iesniegšanas datumu.", Error(invalid, "Input.WithdrawnOn"));
        Assert.Equal("Norādiet, kāpēc iesniegums atsaukts.", Error(invalid, "Input.Reason"));

        var response = await PostAsync(worker, url, Fields(("Input.Version", version), ("Input.WithdrawnOn", "2026-11-23"), ("Input.Reason", "Ģimene pārcēlās uz citu novadu")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Withdrawn, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), stored.WithdrawnOn);
        Assert.Equal("Ģimene pārcēlās uz citu novadu", stored.WithdrawalReason);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ApplicationWithdraw));
        Assert.Equal(client, audit.ClientId);
        Assert.Equal("Ģimene pārcēlās uz citu novadu", audit.Reason);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("Atsaukts", page.QuerySelector("#application-status")!.TextContent);
        Assert.Contains("Ģimene pārcēlās uz citu novadu", page.QuerySelector("#withdrawn")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#withdraw"));
        Assert.Null(page.QuerySelector("#add-document"));
        Assert.Null(page.QuerySelector("#extend-deadline"));

        // A second withdrawal from the old form is not possible any more.
        var again = await ParseAsync(await PostAsync(worker, url, Fields(("Input.Version", version), ("Input.WithdrawnOn", "2026-11-23"), ("Input.Reason", "Vēlreiz"))));
        Assert.NotNull(again.QuerySelector("#not-possible"));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationWithdraw)));
    }

    [Fact]
    public async Task The_manager_sees_the_decision_link_and_a_worker_does_not()
    {
        var (worker, _, id) = await AwaitingDecisionAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "liga.vaditaja");

        Assert.Null((await GetDocumentAsync(worker, $"/Applications/Details/{id}")).QuerySelector("#decide"));
        Assert.Equal($"/Applications/Decide/{id}", (await GetDocumentAsync(manager, $"/Applications/Details/{id}")).QuerySelector("#decide")!.GetAttribute("href"));
    }
}
