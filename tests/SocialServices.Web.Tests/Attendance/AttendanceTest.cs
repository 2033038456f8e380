using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Attendance;

/// <summary>Helpers of the attendance tests: the catalogue, a group with sessions, leaders and members made directly.</summary>
public abstract class AttendanceTest(WebFixture fixture) : CaseTest(fixture)
{
    protected int SkillsServiceId { get; private set; }

    protected int ConsultationServiceId { get; private set; }

    /// <summary>The organisation and the starting catalogue.</summary>
    protected async Task SetUpCatalogueAsync()
    {
        await SetUpOrganisationAsync();
        (SkillsServiceId, ConsultationServiceId) = await WithDbAsync(async db =>
        {
            var municipalityId = await db.Organisations.Select(o => o.MunicipalityId).FirstAsync();
            var services = ServiceCatalogueSeed.Create(municipalityId);
            db.Services.AddRange(services);
            await db.SaveChangesAsync();
            return (services.Single(s => s.Code == "6.1.5").Id, services.First(s => s.Type != ServiceType.EducationalAndSupportGroup).Id);
        });
    }

    /// <summary>A group of the social-skills programme with weekly sessions (the first <paramref name="pastSessions"/> before today) and its leaders.</summary>
    protected async Task<(int GroupId, List<int> SessionIds)> GroupAsync(int sessions, int pastSessions, params string[] leaderIds) =>
        await WithDbAsync(async db =>
        {
            var first = Today.AddDays(-7 * pastSessions);
            var group = new ProgrammeGroup(OrganisationId, SkillsServiceId, "Sociālās prasmes — testa grupa", first, first.AddDays(7 * sessions), 40, "Katoļu iela 4, Jelgava");
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            var list = Enumerable.Range(0, sessions).Select(i => new GroupSession(group.Id, first.AddDays(7 * i), new TimeOnly(17, 0), new TimeOnly(18, 30), "2. telpa")).ToList();
            db.GroupSessions.AddRange(list);
            db.GroupLeaders.AddRange(leaderIds.Select(l => new GroupLeader(group.Id, l)));
            await db.SaveChangesAsync();
            return (group.Id, list.Select(s => s.Id).ToList());
        });

    /// <summary>Clients enrolled in the group (registered by <paramref name="registeredById"/>).</summary>
    protected async Task<List<int>> MembersAsync(int groupId, int count, string registeredById, string lastName = "Dalībniece")
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await ClientAsync("Anna" + (char)('A' + (i % 26)) + (i / 26 == 0 ? string.Empty : (i / 26).ToString(System.Globalization.CultureInfo.InvariantCulture)), lastName, registeredById));
        }

        await WithDbAsync(async db =>
        {
            db.GroupEnrolments.AddRange(ids.Select(id => new GroupEnrolment(id, SkillsServiceId, groupId, null, Today.AddDays(-60))));
            return await db.SaveChangesAsync();
        });
        return ids;
    }

    /// <summary>The register's form fields as the page filled them, with each member's status (by client id) and extras.</summary>
    protected static List<KeyValuePair<string, string>> RegisterFields(IHtmlDocument page, Func<int, string?> status, Func<int, (bool Late, string? Reason, string? Note)>? extra = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Version", Version(page)),
            new("Input.ActualStart", page.QuerySelector("#Input_ActualStart")!.GetAttribute("value")!),
            new("Input.ActualEnd", page.QuerySelector("#Input_ActualEnd")!.GetAttribute("value")!),
        };
        fields.AddRange(page.QuerySelectorAll("input[name='Input.Leaders'][checked]").Select(l => new KeyValuePair<string, string>("Input.Leaders", l.GetAttribute("value")!)));
        foreach (var row in page.QuerySelectorAll("#register tbody tr"))
        {
            var i = row.GetAttribute("data-row")!;
            var clientId = int.Parse(row.GetAttribute("data-client")!, System.Globalization.CultureInfo.InvariantCulture);
            fields.Add(new($"Input.Rows[{i}].ClientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (status(clientId) is { } s)
            {
                fields.Add(new($"Input.Rows[{i}].Status", s));
            }

            var (late, reason, note) = extra?.Invoke(clientId) ?? (false, null, null);
            if (late)
            {
                fields.Add(new($"Input.Rows[{i}].Late", "true"));
            }

            fields.Add(new($"Input.Rows[{i}].Late", "false"));
            fields.Add(new($"Input.Rows[{i}].Reason", reason ?? string.Empty));
            fields.Add(new($"Input.Rows[{i}].Note", note ?? string.Empty));
        }

        return fields;
    }

    protected static string RegisterUrl(int sessionId) => "/Attendance/Register/" + sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static readonly DateTimeOffset Now = AppFactory.DefaultNow;
}
