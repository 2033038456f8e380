using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Community;

/// <summary>The support person page (/Community/Support/{client}): assigning, the meeting log whose hours are units, ending, versions and roles.</summary>
public sealed class SupportTests(WebFixture fixture) : CommunityTest(fixture)
{
    /// <summary>A worker's client with a running support-person episode (from 20 days ago), and the page's address.</summary>
    private async Task<(HttpClient Client, string WorkerId, int ClientId, int EpisodeId, string Url)> SupportClientAsync()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (clientId, caseId) = await ClientWithCaseAsync("Valters", "Krastiņš", workerId, "2026/0001");
        var episodeId = await EpisodeAsync(caseId, "AP", Today.AddDays(-20), null, ServiceUnit.Hour);
        return (client, workerId, clientId, episodeId, "/Community/Support/" + Id(clientId));
    }

    private static List<KeyValuePair<string, string>> AssignFields(int? episodeId, string staff, string external, string intensity, string goals, DateOnly? start) =>
        Fields(("Assign.EpisodeId", episodeId is { } e ? Id(e) : string.Empty), ("Assign.StaffUserId", staff), ("Assign.ExternalName", external),
            ("Assign.Intensity", intensity), ("Assign.Goals", goals), ("Assign.StartOn", start is { } s ? Iso(s) : string.Empty));

    private static List<KeyValuePair<string, string>> MeetingFields(IHtmlDocument page, string on, string minutes, string topic, string decisions) =>
        Fields(("Meeting.Version", page.QuerySelector("input[name='Meeting.Version']")!.GetAttribute("value")!),
            ("Meeting.AssignmentId", page.QuerySelector("#Meeting_AssignmentId option[selected]")!.GetAttribute("value")!),
            ("Meeting.On", on), ("Meeting.DurationMinutes", minutes), ("Meeting.Topic", topic), ("Meeting.Decisions", decisions));

    private static List<KeyValuePair<string, string>> EndFields(IHtmlDocument page, int assignmentId, string reason) =>
        Fields(("Ending.AssignmentId", Id(assignmentId)),
            ("Ending.Version", page.QuerySelector($"section[data-assignment='{Id(assignmentId)}'] input[name='Ending.Version']")!.GetAttribute("value")!),
            ("Ending.EndOn", Iso(Today)), ("Ending.Reason", reason));

    /// <summary>Assigns the external support person Aija Vanaga from the episode's start through the page.</summary>
    private static async Task AssignExternalAsync(HttpClient client, string url, int episodeId, string intensity, string goals)
    {
        var page = await GetDocumentAsync(client, url);
        var response = await PostPairsAsync(client, url, AssignFields(episodeId, string.Empty, "Aija Vanaga", intensity, goals, Today.AddDays(-20)), "Assign", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<int> AuditCountAsync(string action, int clientId) => WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.ClientId == clientId));

    [Fact]
    public async Task A_support_person_from_staff_and_then_an_external_one_is_assigned_with_messages_next_to_the_fields()
    {
        var (client, _, clientId, episodeId, url) = await SupportClientAsync();
        var specialist = await CreateUserAsync("peteris.atbalsts", Roles.Specialist);

        // nothing chosen: each message next to its field, what was typed kept
        var page = await GetDocumentAsync(client, url);
        var refused = await ParseAsync(await PostPairsAsync(client, url, AssignFields(episodeId, string.Empty, string.Empty, string.Empty, "  ", Today.AddDays(-2)), "Assign", page));
        Assert.Equal("Izvēlieties darbinieku vai ierakstiet ārējas personas vārdu (vienu no abiem).", FieldError(refused, "Assign.ExternalName"));
        Assert.Equal("Izvēlieties atbalsta intensitāti.", FieldError(refused, "Assign.Intensity"));
        Assert.Equal("Ierakstiet saskaņotos mērķus.", FieldError(refused, "Assign.Goals"));
        Assert.Equal(Iso(Today.AddDays(-2)), refused.QuerySelector("#Assign_StartOn")!.GetAttribute("value"));

        // both a member of staff and an external name: one of the two
        refused = await ParseAsync(await PostPairsAsync(client, url, AssignFields(episodeId, specialist.Id, "Aija Vanaga", "Medium", "Budžets", Today), "Assign", page));
        Assert.Equal("Izvēlieties darbinieku vai ierakstiet ārējas personas vārdu (vienu no abiem).", FieldError(refused, "Assign.ExternalName"));
        Assert.Equal("Aija Vanaga", refused.QuerySelector("#Assign_ExternalName")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.SupportAssignments.CountAsync()));

        var response = await PostPairsAsync(client, url, AssignFields(episodeId, specialist.Id, string.Empty, "Medium", "Klients pats plāno mēneša budžetu.", Today.AddDays(-30)), "Assign", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var staff = await WithDbAsync(db => db.SupportAssignments.AsNoTracking().SingleAsync());
        Assert.Equal((specialist.Id, (string?)null, SupportIntensity.Medium, episodeId), (staff.StaffUserId, staff.ExternalName, staff.Intensity, staff.EpisodeId));
        Assert.Equal(Today.AddDays(-20), staff.StartOn); // not before the episode
        page = await GetDocumentAsync(client, url);
        var card = page.QuerySelector($"section[data-assignment='{Id(staff.Id)}']")!;
        Assert.Contains("Tests peteris.atbalsts", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("darbinieks", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("vidēja", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#no-support-episode")); // the one episode has its support person

        // ended with a reason (required), then an external person takes over the same episode
        refused = await ParseAsync(await PostPairsAsync(client, url, EndFields(page, staff.Id, " "), "End", page));
        Assert.Equal("Norādiet iemeslu.", FieldError(refused, "Ending.Reason"));
        response = await PostPairsAsync(client, url, EndFields(page, staff.Id, "Darbinieks pāriet uz citu nodaļu"), "End", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await GetDocumentAsync(client, url);
        response = await PostPairsAsync(client, url, AssignFields(episodeId, string.Empty, " Aija Vanaga ", "High", "Kliente pati izvēlas aprūpes laikus.", Today), "Assign", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var assignments = await WithDbAsync(db => db.SupportAssignments.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal((Today, "Darbinieks pāriet uz citu nodaļu"), (assignments[0].EndedOn!.Value, assignments[0].EndReason!));
        Assert.Equal(((string?)null, "Aija Vanaga", SupportIntensity.High, true), (assignments[1].StaffUserId, assignments[1].ExternalName, assignments[1].Intensity, assignments[1].IsActive));
        Assert.Contains("ārējā persona", (await GetDocumentAsync(client, url)).QuerySelector($"section[data-assignment='{Id(assignments[1].Id)}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(AuditActions.SupportAssign, clientId));
        Assert.Equal(1, await AuditCountAsync(AuditActions.SupportEnd, clientId));
        Assert.True(await AuditCountAsync(AuditActions.CommunityRead, clientId) >= 4);
    }

    [Fact]
    public async Task Meeting_hours_become_units_of_the_episode_once_and_a_second_post_of_the_same_form_is_a_conflict()
    {
        var (client, workerId, clientId, episodeId, url) = await SupportClientAsync();
        await AssignExternalAsync(client, url, episodeId, "High", "Parāda atmaksa");
        var page = await GetDocumentAsync(client, url);
        var refused = await ParseAsync(await PostPairsAsync(client, url, MeetingFields(page, Iso(Today), string.Empty, string.Empty, string.Empty), "Meeting", page));
        Assert.Equal("Norādiet ilgumu minūtēs.", FieldError(refused, "Meeting.DurationMinutes"));
        Assert.Equal("Ierakstiet tematu.", FieldError(refused, "Meeting.Topic"));
        refused = await ParseAsync(await PostPairsAsync(client, url, MeetingFields(page, Iso(Today), "800", "Saruna par parādu", string.Empty), "Meeting", page));
        Assert.Equal("Ilgums no 1 līdz 720 minūtēm.", FieldError(refused, "Meeting.DurationMinutes"));
        Assert.Equal("Saruna par parādu", refused.QuerySelector("#Meeting_Topic")!.GetAttribute("value"));
        refused = await ParseAsync(await PostPairsAsync(client, url, MeetingFields(page, Iso(Today.AddDays(1)), "60", "Saruna par parādu", string.Empty), "Meeting", page));
        Assert.Equal("Tikšanās diena nav atbalsta personas darba laikā vai ir nākotnē.", FieldError(refused, "Meeting.On"));
        refused = await ParseAsync(await PostPairsAsync(client, url, MeetingFields(page, Iso(Today.AddDays(-25)), "60", "Saruna par parādu", string.Empty), "Meeting", page));
        Assert.Equal("Tikšanās diena nav atbalsta personas darba laikā vai ir nākotnē.", FieldError(refused, "Meeting.On"));
        Assert.Equal(0, await WithDbAsync(db => db.SupportMeetings.CountAsync()));

        var fields = MeetingFields(page, Iso(Today.AddDays(-2)), "90", "Tikšanās ar namu pārvaldnieku", "Nolēma lūgt atmaksu pa daļām");
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(client, url, fields, "Meeting", page)).StatusCode);
        var meeting = await WithDbAsync(db => db.SupportMeetings.AsNoTracking().SingleAsync());
        var unit = await WithDbAsync(db => db.DeliveredUnits.AsNoTracking().SingleAsync());
        Assert.Equal((episodeId, clientId, Today.AddDays(-2), ServiceUnit.Hour, 1.5m, UnitSource.SupportMeeting, (int?)meeting.Id, workerId),
            (unit.EpisodeId, unit.ClientId, unit.On, unit.Unit, unit.Quantity, unit.Source, unit.SourceId, unit.RecordedById));

        // the same form posted again (a double click, the back button): a conflict, the input kept, nothing logged or counted twice
        var again = await PostPairsAsync(client, url, fields, "Meeting", page);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var conflict = await ParseAsync(again);
        Assert.NotNull(conflict.QuerySelector("#conflict"));
        Assert.Equal("Tikšanās ar namu pārvaldnieku", conflict.QuerySelector("#Meeting_Topic")!.GetAttribute("value"));
        Assert.Equal((1, 1), (await WithDbAsync(db => db.SupportMeetings.CountAsync()), await WithDbAsync(db => db.DeliveredUnits.CountAsync())));

        // a second meeting from the refreshed form; the log and the hours
        page = await GetDocumentAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(client, url, MeetingFields(page, Iso(Today), "45", "Aprūpes laiku saskaņošana", string.Empty), "Meeting", page)).StatusCode);
        var units = await WithDbAsync(db => db.DeliveredUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
        Assert.Equal([1.5m, 0.75m], units.Select(u => u.Quantity));
        Assert.Equal(2, units.Select(u => u.SourceId).Distinct().Count());
        page = await GetDocumentAsync(client, url);
        Assert.Equal(2, page.QuerySelectorAll("tr[data-meeting]").Length);
        Assert.Contains("2,25 st.", page.QuerySelector("section[data-assignment] h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("90 min (1,5 st.)", page.QuerySelector("tr[data-meeting]:last-child")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(AuditActions.SupportMeetingRecord, clientId));
    }

    [Fact]
    public async Task A_change_from_another_window_makes_a_stale_meeting_or_ending_a_conflict()
    {
        var (client, _, clientId, episodeId, url) = await SupportClientAsync();
        await AssignExternalAsync(client, url, episodeId, "Low", "Iepirkšanās");
        var assignmentId = await WithDbAsync(db => db.SupportAssignments.Select(a => a.Id).SingleAsync());

        var first = await GetDocumentAsync(client, url);
        var second = await GetDocumentAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(client, url, MeetingFields(first, Iso(Today), "60", "Iepirkšanās saraksts", string.Empty), "Meeting", first)).StatusCode);

        // the other window still holds the version before that meeting: its ending is refused, nothing ended
        var stale = await ParseAsync(await PostPairsAsync(client, url, EndFields(second, assignmentId, "Kliente atteicās"), "End", second));
        Assert.NotNull(stale.QuerySelector("#conflict"));
        Assert.Null(await WithDbAsync(db => db.SupportAssignments.Where(a => a.Id == assignmentId).Select(a => a.EndedOn).SingleAsync()));

        // ended from a fresh window; a meeting from the older one is then refused too
        var fresh = await GetDocumentAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(client, url, EndFields(fresh, assignmentId, "Kliente atteicās"), "End", fresh)).StatusCode);
        stale = await ParseAsync(await PostPairsAsync(client, url, MeetingFields(second, Iso(Today), "30", "Vēl viena tikšanās", string.Empty), "Meeting", second));
        Assert.NotNull(stale.QuerySelector("#conflict"));
        Assert.Equal(1, await WithDbAsync(db => db.SupportMeetings.CountAsync()));
        Assert.Equal(1, await WithDbAsync(db => db.DeliveredUnits.CountAsync(u => u.ClientId == clientId)));
        Assert.Equal(1, await AuditCountAsync(AuditActions.SupportEnd, clientId));
    }

    [Fact]
    public async Task An_auditor_reads_without_forms_and_may_not_post_and_a_worker_outside_the_case_gets_not_found()
    {
        var (client, _, clientId, episodeId, url) = await SupportClientAsync();
        await AssignExternalAsync(client, url, episodeId, "Low", "Iepirkšanās");
        var page = await GetDocumentAsync(client, url);
        var meeting = MeetingFields(page, Iso(Today), "60", "Iepirkšanās saraksts", string.Empty);

        var (auditor, auditorId) = await UserAsync(Roles.Auditor, "auditors.atbalsts");
        var read = await GetDocumentAsync(auditor, url);
        Assert.NotNull(read.QuerySelector("section[data-assignment]"));
        Assert.Null(read.QuerySelector("#meeting-form"));
        Assert.Null(read.QuerySelector("#assign-form"));
        AssertAccessDenied(await PostPairsAsync(auditor, url, meeting, "Meeting", read));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CommunityRead && a.ClientId == clientId && a.ActorId == auditorId)));

        // a worker outside the case: not found, for the page and for a post (with the worker's own token)
        var other = await SignedInAsync(Roles.SocialWorker, "cits.darbinieks");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, url));
        Assert.Equal(HttpStatusCode.NotFound, (await PostPairsAsync(other, url, meeting, "Meeting", await GetDocumentAsync(other, "/Community"))).StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.SupportMeetings.CountAsync()));
    }
}
