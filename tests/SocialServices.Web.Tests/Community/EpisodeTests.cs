using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Community;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Community;

public sealed class EpisodeTests(WebFixture fixture) : CommunityTest(fixture)
{
    private static List<KeyValuePair<string, string>> StartFields(string version, int serviceId, DateOnly start, DateOnly? end, string unit) =>
        Fields(("Input.Version", version), ("Input.ServiceId", Id(serviceId)), ("Input.Provider", "Jelgavas sociālais dienests"),
            ("Input.StartOn", Iso(start)), ("Input.PlannedEnd", end is { } e ? Iso(e) : string.Empty), ("Input.Unit", unit));

    [Fact]
    public async Task An_episode_is_refused_without_an_assessment_and_a_plan_that_names_the_service_and_says_what_is_missing()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (_, caseId) = await ClientWithCaseAsync("Jānis", "Ozols", workerId, "2026/0001");
        var dac = await ServiceIdAsync("DAC");
        var url = "/Community/Start/" + Id(caseId);

        var page = await GetDocumentAsync(client, url);
        var response = await PostPairsAsync(client, url, StartFields(Version(page), dac, Today, null, "Day"), null, page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await ParseAsync(response);
        var error = FieldError(refused, "Input.ServiceId")!;
        Assert.Contains("nav pabeigta novērtējuma", error, StringComparison.Ordinal);
        Assert.Contains("nav atbalsta plāna", error, StringComparison.Ordinal);
        Assert.Equal("Jelgavas sociālais dienests", refused.QuerySelector("#Input_Provider")!.GetAttribute("value"));

        // an assessment and a plan that names other services: the plan is still named as missing
        await CompletedAssessmentAsync(caseId);
        await PlanWithServicesAsync(caseId, "Aprūpe mājās");
        page = await GetDocumentAsync(client, url);
        refused = await ParseAsync(await PostPairsAsync(client, url, StartFields(Version(page), dac, Today, null, "Day"), null, page));
        Assert.Equal("Atbalsta plānā nav paredzēts pakalpojums „Dienas aprūpes centrs”.", FieldError(refused, "Input.ServiceId"));
        Assert.Equal(0, await WithDbAsync(db => db.ServiceEpisodes.CountAsync()));
    }

    [Fact]
    public async Task A_gated_episode_starts_with_a_timeline_event_and_a_conflicting_one_is_refused_next_to_the_field()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (clientId, caseId) = await ClientWithCaseAsync("Jānis", "Ozols", workerId, "2026/0001");
        await CompletedAssessmentAsync(caseId);
        await PlanWithServicesAsync(caseId, "DAC 5 dienas nedēļā", "Aprūpe mājās", "AB");
        var url = "/Community/Start/" + Id(caseId);

        var page = await GetDocumentAsync(client, url);
        var response = await PostPairsAsync(client, url, StartFields(Version(page), await ServiceIdAsync("DAC"), Today, null, "Day"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = await WithDbAsync(db => db.ServiceEpisodes.AsNoTracking().SingleAsync());
        Assert.Equal((clientId, ServiceUnit.Day, Today), (episode.ClientId, episode.Unit!.Value, episode.StartOn));
        var events = (await StoredCaseAsync(caseId)).Events;
        Assert.True(events.Any(e => e.Kind == CaseEventKind.ServiceStarted && e.Text.Contains("Dienas aprūpes centrs", StringComparison.Ordinal)), string.Join(" | ", events.Select(e => e.Kind + ": " + e.Text)));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EpisodeStart && a.ClientId == clientId)));

        // home care for an adult who attends the day care centre: refused with the rule's reason next to the start
        page = await GetDocumentAsync(client, url);
        var refused = await ParseAsync(await PostPairsAsync(client, url, StartFields(Version(page), await ServiceIdAsync("AM"), Today.AddDays(7), null, "Hour"), null, page));
        Assert.Contains("„Aprūpe mājās” nevar notikt vienlaikus ar „Dienas aprūpes centrs”", FieldError(refused, "Input.StartOn"), StringComparison.Ordinal);

        // respite of 31 days: refused next to the planned end (and it overlaps the day care centre too)
        page = await GetDocumentAsync(client, url);
        refused = await ParseAsync(await PostPairsAsync(client, url, StartFields(Version(page), await ServiceIdAsync("AB"), new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), "Day"), null, page));
        Assert.Contains("ne vairāk kā 30 dienas kalendāra gadā: 2027. gadā jau izmantotas 0, pieprasītas vēl 31", FieldError(refused, "Input.PlannedEnd"), StringComparison.Ordinal);
        Assert.Contains("„Atelpas brīdis” nevar notikt vienlaikus ar „Dienas aprūpes centrs”", FieldError(refused, "Input.StartOn"), StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.ServiceEpisodes.CountAsync()));
    }

    [Fact]
    public async Task An_administrator_switches_a_rule_off_and_the_episode_form_applies_it()
    {
        await SetUpCatalogueAsync();
        var admin = await SignedInAsync(Roles.Administrator, "admin");
        var page = await GetDocumentAsync(admin, "/Admin/CombinationRules");
        var limit = page.QuerySelector("tr[data-kind='AnnualDayLimit']")!;
        var ruleId = limit.GetAttribute("data-rule")!;
        var version = limit.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var response = await PostPairsAsync(admin, "/Admin/CombinationRules",
            Fields(("Input.Id", ruleId), ("Input.Version", version), ("Input.Kind", "AnnualDayLimit"), ("Input.Service", "Respite"), ("Input.MaxDaysPerYear", "45"),
                ("Input.Note", "Pašvaldības lēmums"), ("Input.AdultsOnly", "false"), ("Input.IsActive", "true"), ("Input.IsActive", "false")), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rule = await WithDbAsync(db => db.CombinationRules.AsNoTracking().SingleAsync(r => r.Kind == CombinationRuleKind.AnnualDayLimit));
        Assert.Equal((45, true, "Pašvaldības lēmums"), (rule.MaxDaysPerYear!.Value, rule.IsActive, rule.Note));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CombinationRuleChange)));

        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (_, caseId) = await ClientWithCaseAsync("Jānis", "Ozols", workerId, "2026/0001");
        await CompletedAssessmentAsync(caseId);
        await PlanWithServicesAsync(caseId, "Atelpas brīdis");
        var url = "/Community/Start/" + Id(caseId);
        page = await GetDocumentAsync(client, url);
        response = await PostPairsAsync(client, url, StartFields(Version(page), await ServiceIdAsync("AB"), new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 10), "Day"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode); // 41 days fit the new limit of 45
    }

    [Fact]
    public async Task An_episode_ends_with_a_reason_in_the_timeline_and_the_audit_log()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (clientId, caseId) = await ClientWithCaseAsync("Jānis", "Ozols", workerId, "2026/0001");
        var episodeId = await EpisodeAsync(caseId, "DAC", Today.AddDays(-40), null, ServiceUnit.Day);
        var url = "/Community/End/" + Id(episodeId);
        var page = await GetDocumentAsync(client, url);
        var refused = await ParseAsync(await PostPairsAsync(client, url, Fields(("Input.Version", Version(page)), ("Input.EndOn", Iso(Today)), ("Input.Reason", " ")), null, page));
        Assert.Equal("Norādiet iemeslu.", FieldError(refused, "Input.Reason"));

        page = await GetDocumentAsync(client, url);
        var response = await PostPairsAsync(client, url, Fields(("Input.Version", Version(page)), ("Input.EndOn", Iso(Today)), ("Input.Reason", "Pārcēlās uz citu pašvaldību")), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = await WithDbAsync(db => db.ServiceEpisodes.AsNoTracking().SingleAsync());
        Assert.Equal((Today, "Pārcēlās uz citu pašvaldību"), (episode.EndedOn!.Value, episode.EndReason));
        Assert.Contains((await StoredCaseAsync(caseId)).Events, e => e.Kind == CaseEventKind.ServiceEnded);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EpisodeEnd && a.ClientId == clientId)));
    }

    [Fact]
    public async Task The_client_page_shows_target_groups_with_what_is_missing_and_is_audited()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (clientId, _) = await ClientWithCaseAsync("Jānis", "Ozols", workerId, "2026/0001");
        var page = await GetDocumentAsync(client, "/Community/Client/" + Id(clientId));
        Assert.Equal("false", page.QuerySelector("[data-group='AdultWithMentalDisorder'] [data-met]")!.GetAttribute("data-met"));
        Assert.NotNull(page.QuerySelector("[data-group='AdultWithMentalDisorder'] [data-gap='NoMentalDisorder']"));

        var form = await GetDocumentAsync(client, "/Community/Profile/" + Id(clientId));
        var response = await PostPairsAsync(client, "/Community/Profile/" + Id(clientId),
            Fields(("Input.Version", Version(form)), ("Input.MentalDisorder", "true"), ("Input.MentalDisorderRecordedIn", ""), ("Input.Institution", "LeavingInstitution")), null, form);
        Assert.Equal("Norādiet, kur tas ir fiksēts.", FieldError(await ParseAsync(response), "Input.MentalDisorderRecordedIn"));
        response = await PostPairsAsync(client, "/Community/Profile/" + Id(clientId),
            Fields(("Input.Version", Version(form)), ("Input.MentalDisorder", "true"), ("Input.MentalDisorderRecordedIn", "Psihiatra atzinums Nr. 12, 03.02.2026"), ("Input.Institution", "LeavingInstitution")), null, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await GetDocumentAsync(client, "/Community/Client/" + Id(clientId));
        Assert.Null(page.QuerySelector("[data-group='AdultWithMentalDisorder'] [data-gap='NoMentalDisorder']"));
        Assert.NotNull(page.QuerySelector("[data-group='AdultWithMentalDisorder'] [data-gap='NoDisabilityGroupIOrII']"));
        Assert.Equal(3, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CommunityRead && a.ClientId == clientId)));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CommunityProfile && a.ClientId == clientId)));
    }
}
