using System.Net;
using SocialServices.Domain.Staff;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Staff;

/// <summary>
/// Every staff page with every role: managers and administrators keep the register, auditors read it, a person reads
/// their own record (others do not exist for them); timesheets are one's own, or everyone's for managers and auditors.
/// </summary>
public sealed class StaffAccessTests(WebFixture fixture) : StaffTest(fixture)
{
    private enum Outcome
    {
        Ok,
        Forbidden,
        NotFound,
    }

    private static readonly (string UserName, string Role)[] People =
    [
        ("worker", Roles.SocialWorker),
        ("specialist", Roles.Specialist),
        ("other.specialist", Roles.Specialist),
        ("manager", Roles.ServiceManager),
        ("auditor", Roles.Auditor),
        ("admin", Roles.Administrator),
    ];

    // {own}: the specialist's record; {other}: a record without an account; {entry}: a training of {own}; {user}: the specialist's account.
    private static readonly (string Page, Outcome[] Outcomes)[] Matrix =
    [
        //                                              worker             specialist        other.specialist   manager     auditor            admin
        ("/Staff/Details/{own}",                        [Outcome.NotFound, Outcome.Ok,       Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Ok]),
        ("/Staff/Details/{other}",                      [Outcome.NotFound, Outcome.NotFound, Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Ok]),
        ("/Staff/Edit/{own}",                           [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Ok]),
        ("/Staff/Entry/{own}/Training",                 [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Ok]),
        ("/Staff/Withdraw/{own}/Training/{entry}",      [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Ok]),
        ("/Staff/Timesheets/Sheet?user={user}",         [Outcome.NotFound, Outcome.Ok,       Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Staff/Timesheets/Export?user={user}",        [Outcome.NotFound, Outcome.Ok,       Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
    ];

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var (page, _) in Matrix)
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_person_gets_what_their_role_allows(string page)
    {
        await SetUpOrganisationAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (userName, role) in People)
        {
            clients[userName] = await SignedInAsync(role, userName);
        }

        var specialistId = await UserIdAsync("specialist");
        var position = await PositionAsync();
        var own = await StaffMemberAsync("Pēteris", "Kalniņš", position, specialistId, entries: m => m.AddTraining(D(3, 1), "Supervīzijas pamati", null, 8));
        var other = await StaffMemberAsync("Dace", "Lapiņa", position);
        var entry = await WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.StaffTrainings.Select(t => t.Id)));
        var url = page.Replace("{own}", own.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", other.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{entry}", entry.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{user}", specialistId, StringComparison.Ordinal);

        var outcomes = Matrix.Single(m => m.Page == page).Outcomes;
        var failures = new List<string>();
        for (var i = 0; i < People.Length; i++)
        {
            var response = await clients[People[i].UserName].GetAsync(new Uri(url, UriKind.Relative));
            var actual = response.StatusCode switch
            {
                HttpStatusCode.OK => Outcome.Ok,
                HttpStatusCode.NotFound => Outcome.NotFound,
                HttpStatusCode.Forbidden => Outcome.Forbidden,
                HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Forbidden,
                _ => (Outcome)(-1),
            };
            if (actual != outcomes[i])
            {
                failures.Add($"{People[i].UserName}: expected {outcomes[i]}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, url + ":\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Changes_need_the_form_token_and_the_right_role()
    {
        await SetUpOrganisationAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "auditor");
        var position = await PositionAsync();
        var id = await StaffMemberAsync("Dace", "Lapiņa", position);

        // Without the role (and without a form token) nothing is added.
        var noToken = await auditor.PostAsync(new Uri($"/Staff/Entry/{id}/Training", UriKind.Relative), new FormUrlEncodedContent([new("Input.What", "x")]));
        Assert.NotEqual(HttpStatusCode.OK, noToken.StatusCode);
        Assert.False(await WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.StaffTrainings)));

        // An auditor reads the positions page but may not post to it.
        var page = await GetDocumentAsync(auditor, "/Staff/Positions");
        var post = await PostPairsAsync(auditor, "/Staff/Positions", [new("Input.Name", "Aprūpētājs"), new("Input.ProfessionCode", "5322 01"), new("Input.Category", nameof(PositionCategory.Carer))], null, page);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.StaffPositions)));
    }
}
