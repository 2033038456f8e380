using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Groups;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Groups;

public sealed class GroupEvaluationTests(WebFixture fixture) : GroupTestBase(fixture)
{
    /// <summary>A group of three weekly sessions that ended last week: two held, the last one too; two members.</summary>
    private async Task<(int GroupId, int WithCase, int CaseId, int WithoutCase, int EnrolmentWithCase, int EnrolmentWithoutCase, string LeaderId)> EndedGroupAsync()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "manager");
        var workerId = (await CreateUserAsync("worker", Roles.SocialWorker)).Id;
        var leaderId = (await CreateUserAsync("peteris", Roles.Specialist)).Id;
        var (groupId, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene — rudens", Today.AddDays(-21), 3, 10, leaderId);
        var withCase = await ClientAsync("Līga", "Ozoliņa", workerId);
        var caseId = await CaseAsync(withCase, workerId, "2026/0001");
        var applicationId = await ApplicationAsync(withCase, "6.1.3", Today.AddDays(-40), workerId, "IES-2026/0001", caseId: caseId);
        var withoutCase = await ClientAsync("Ōskars", "Žagars", managerId);
        var e1 = await EnrolAsync(withCase, groupId, Today.AddDays(-25), applicationId);
        var e2 = await EnrolAsync(withoutCase, groupId, Today.AddDays(-25));
        await HoldAsync(sessions[0], [withCase, withoutCase]);
        await HoldAsync(sessions[1], [withoutCase], withCase);
        await HoldAsync(sessions[2], [withCase, withoutCase]);
        return (groupId, withCase, caseId, withoutCase, e1, e2, leaderId);
    }

    [Fact]
    public async Task A_leader_writes_an_evaluation_with_counted_attendance_which_enters_the_case_timeline_and_the_audit()
    {
        var g = await EndedGroupAsync();
        var leader = await SignInAgainAsync("peteris");

        var form = await GetDocumentAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithCase));
        Assert.Contains("2 no 3", form.QuerySelector("#attendance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026/0001", form.QuerySelector("#case-choice")!.TextContent, StringComparison.Ordinal);

        var saved = await SubmitAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithCase), Fields(
            ("Input.EvaluatedOn", Iso(Today)), ("Input.Results", "Apguva mierīgas sarunas ar bērnu paņēmienus."), ("Input.Recommendations", "Turpināt vecāku atbalsta grupu.")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var evaluation = await WithDbAsync(db => db.GroupMemberEvaluations.AsNoTracking().SingleAsync());
        Assert.Equal((1, 2, 3, (int?)g.CaseId, g.LeaderId), (evaluation.VersionNumber, evaluation.SessionsAttended, evaluation.SessionsHeld, evaluation.CaseFileId, evaluation.AuthorId));
        var events = (await StoredCaseAsync(g.CaseId)).Events.Where(e => e.Kind == CaseEventKind.GroupEvaluationRecorded).ToList();
        var timeline = Assert.Single(events);
        Assert.Contains("Esam ģimene — rudens", timeline.Text, StringComparison.Ordinal);
        Assert.Contains("apmeklēja 2 no 3 nodarbībām", timeline.Text, StringComparison.Ordinal);
        Assert.Contains("Apguva mierīgas sarunas", timeline.Text, StringComparison.Ordinal);
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.GroupEvaluationRecord));
        Assert.Equal((g.WithCase, (int?)g.CaseId), (entry.ClientId!.Value, entry.CaseFileId));

        // A correction needs a reason and becomes the next version; the first stays.
        var noReason = await SubmitAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithCase), Fields(
            ("Input.EvaluatedOn", Iso(Today)), ("Input.Results", "Labots teksts"), ("Input.Recommendations", "Turpināt vecāku atbalsta grupu.")));
        Assert.False(string.IsNullOrEmpty(FieldError(await ParseAsync(noReason), "Input.CorrectionReason")));
        var corrected = await SubmitAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithCase), Fields(
            ("Input.EvaluatedOn", Iso(Today)), ("Input.Results", "Labots teksts"), ("Input.Recommendations", "Turpināt vecāku atbalsta grupu."), ("Input.CorrectionReason", "Precizēti rezultāti")));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var versions = await WithDbAsync(db => db.GroupMemberEvaluations.AsNoTracking().OrderBy(e => e.VersionNumber).ToListAsync());
        Assert.Equal([("Apguva mierīgas sarunas ar bērnu paņēmienus.", 1), ("Labots teksts", 2)], versions.Select(v => (v.Results, v.VersionNumber)));
        Assert.Equal(2, (await StoredCaseAsync(g.CaseId)).Events.Count(e => e.Kind == CaseEventKind.GroupEvaluationRecorded));

        // The annual report reads the version in force.
        var results = await InScopeAsync(async sp =>
        {
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<GroupEvaluationResults>(sp);
            return await service.ForYearAsync(Principal("a", "auditor", Roles.Auditor), Today.Year, CancellationToken.None);
        });
        var result = Assert.Single(results);
        Assert.Equal(("Labots teksts", 2, 3, "6.1.3"), (result.Results, result.SessionsAttended, result.SessionsHeld, result.ProgrammeCode));
    }

    [Fact]
    public async Task Without_an_open_case_the_form_says_so_and_the_evaluation_stays_with_the_group()
    {
        var g = await EndedGroupAsync();
        var leader = await SignInAgainAsync("peteris");

        var form = await GetDocumentAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithoutCase));
        Assert.Contains("nav atvērtas lietas", form.QuerySelector("#case-choice")!.TextContent, StringComparison.Ordinal);
        var saved = await SubmitAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithoutCase), Fields(
            ("Input.EvaluatedOn", Iso(Today)), ("Input.Results", "Aktīvi piedalījās."), ("Input.Recommendations", "Nav.")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var evaluation = await WithDbAsync(db => db.GroupMemberEvaluations.AsNoTracking().SingleAsync());
        Assert.Equal((3, 3, (int?)null), (evaluation.SessionsAttended, evaluation.SessionsHeld, evaluation.CaseFileId));
        Assert.Equal(0, await WithDbAsync(db => db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.GroupEvaluationRecorded)));
    }

    [Fact]
    public async Task A_group_that_has_not_ended_takes_no_evaluation_and_only_leaders_and_managers_write_them()
    {
        var g = await EndedGroupAsync();
        var leader = await SignInAgainAsync("peteris");
        var (runningId, _) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene — ziema", Today.AddDays(-7), 4, 10, g.LeaderId);
        var running = await EnrolAsync(g.WithCase, runningId, Today.AddDays(-8));

        var form = await GetDocumentAsync(leader, "/Groups/Evaluate/" + S(running));
        Assert.NotNull(form.QuerySelector("#not-ended"));
        Assert.Null(form.QuerySelector("textarea[name='Input.Results']"));

        var worker = await SignInAgainAsync("worker");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri("/Groups/Evaluate/" + S(g.EnrolmentWithCase), UriKind.Relative))).StatusCode);
        AssertAccessDenied(await worker.GetAsync(new Uri("/Groups/Evaluations/" + S(g.GroupId), UriKind.Relative)));
        var auditor = await SignedInAsync(Roles.Auditor, "auditor");
        AssertAccessDenied(await auditor.GetAsync(new Uri("/Groups/Evaluate/" + S(g.EnrolmentWithCase), UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(new Uri("/Groups/Evaluations/" + S(g.GroupId), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_manager_prints_all_of_a_groups_evaluations_as_one_PDF_audited_per_client()
    {
        var g = await EndedGroupAsync();
        var leader = await SignInAgainAsync("peteris");
        await SubmitAsync(leader, "/Groups/Evaluate/" + S(g.EnrolmentWithCase), Fields(
            ("Input.EvaluatedOn", Iso(Today)), ("Input.Results", "Uzlabojās saskarsme ar pusaudzi; mazāk konfliktu mājās."), ("Input.Recommendations", "Ģimenes konsultācijas pie psihologa.")));
        var manager = await SignInAgainAsync("manager");

        var list = await GetDocumentAsync(manager, "/Groups/Evaluations/" + S(g.GroupId));
        Assert.Equal(2, list.QuerySelectorAll("#evaluations tbody tr").Length);
        Assert.NotNull(list.QuerySelector($"tr[data-enrolment='{S(g.EnrolmentWithoutCase)}'] [data-col=missing]"));

        var response = await manager.GetAsync(new Uri("/Groups/EvaluationsPdf/" + S(g.GroupId), UriKind.Relative));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } dir)
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "group-evaluations.pdf"), bytes);
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("GRUPAS DALĪBNIEKU IZVĒRTĒJUMS UN IETEIKUMI", text, StringComparison.Ordinal);
        Assert.Contains("1. Līga Ozoliņa", text, StringComparison.Ordinal);
        Assert.Contains("apmeklēja 2 no 3 nodarbībām (67 %)", text, StringComparison.Ordinal);
        Assert.Contains("Uzlabojās saskarsme ar pusaudzi;", text, StringComparison.Ordinal);
        Assert.Contains("Dalībnieki bez izvērtējuma 1. Ōskars Žagars", text, StringComparison.Ordinal);
        var audited = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.GroupEvaluationsExport && a.ClientId != null).Select(a => a.ClientId!.Value).ToListAsync());
        Assert.Equal([g.WithCase, g.WithoutCase], audited.Order());

        var worker = await SignInAgainAsync("worker");
        AssertAccessDenied(await worker.GetAsync(new Uri("/Groups/EvaluationsPdf/" + S(g.GroupId), UriKind.Relative)));
    }
}
