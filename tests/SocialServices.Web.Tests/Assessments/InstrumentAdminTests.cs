using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Admin.Assessments;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>The administrator keeps the functional domains and the risk items; new assessments use the active ones, old ones keep their names.</summary>
public sealed class InstrumentAdminTests(WebFixture fixture) : AssessmentTest(fixture)
{
    private static async Task<HttpResponseMessage> PostListAsync(HttpClient admin, string page, string handler, params (string Key, string Value)[] fields)
    {
        var document = await GetDocumentAsync(admin, page);
        return await PostPairsAsync(admin, page, Fields(fields), handler, document);
    }

    private async Task<int> DomainIdAsync(string name) => await WithDbAsync(db => db.FunctionalDomains.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task Domains_are_added_renamed_deactivated_and_moved_and_new_assessments_use_the_active_ones()
    {
        var s = await SetUpAsync();
        var old = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);
        var admin = await SignedInAsync(Roles.Administrator, "anna.jansone");
        const string Page = "/Admin/Assessments/Domains";

        Assert.Equal(10, (await GetDocumentAsync(admin, Page)).QuerySelectorAll("#instrument-table tbody tr").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await PostListAsync(admin, Page, "Add", ("NewName", "Digitālās prasmes"))).StatusCode);
        var duplicate = await PostListAsync(admin, Page, "Add", ("NewName", "digitālās prasmes"));
        Assert.Equal("Nosaukums „digitālās prasmes” jau ir sarakstā.", Text((await ParseAsync(duplicate)).QuerySelector("#instrument-error")));

        var selfCare = await DomainIdAsync("Pašaprūpe");
        var version = await WithDbAsync(db => db.FunctionalDomains.Where(d => d.Id == selfCare).Select(d => EF.Property<uint>(d, "Version")).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostListAsync(admin, Page, "Rename", ("entryId", selfCare.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("name", "Pašaprūpe un higiēna"), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)))).StatusCode);
        var leisure = await DomainIdAsync("Brīvais laiks");
        Assert.Equal(HttpStatusCode.Redirect, (await PostListAsync(admin, Page, "Toggle", ("entryId", leisure.ToString(System.Globalization.CultureInfo.InvariantCulture)))).StatusCode);
        var digital = await DomainIdAsync("Digitālās prasmes");
        Assert.Equal(HttpStatusCode.Redirect, (await PostListAsync(admin, Page, "Move", ("entryId", digital.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("direction", "up"))).StatusCode);

        var list = await GetDocumentAsync(admin, Page);
        Assert.Equal("Neaktīvs", Text(list.QuerySelector($"tr[data-entry='{leisure}'] [data-col=state]")));

        var fresh = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);
        var domains = (await StoredAsync(fresh)).Content.Functional!.Scores.Select(x => x.Domain).ToList();
        Assert.Equal("Pašaprūpe un higiēna", domains[0]);
        Assert.DoesNotContain("Brīvais laiks", domains);
        Assert.Equal(["Drošība", "Digitālās prasmes", "Emocionālā labklājība"], domains[^3..]);
        Assert.Equal(10, domains.Count);

        // The draft started before keeps the names and domains it had.
        var kept = (await StoredAsync(old)).Content.Functional!.Scores.Select(x => x.Domain).ToList();
        Assert.Equal(InstrumentSeed.FunctionalDomains, kept);

        var audit = await AuditAsync(DomainsModel.FunctionalDomainsChange);
        Assert.Equal(4, audit.Count);
        Assert.Equal("rename: Pašaprūpe → Pašaprūpe un higiēna", audit[1].Details);
        Assert.All(audit, a => Assert.Null(a.ClientId));
    }

    [Fact]
    public async Task Risk_items_are_edited_with_their_own_audit_code_and_bad_names_are_refused()
    {
        await SetUpAsync();
        var admin = await SignedInAsync(Roles.Administrator, "anna.jansone");
        const string Page = "/Admin/Assessments/RiskItems";

        Assert.Equal(InstrumentSeed.RiskItems.Count, (await GetDocumentAsync(admin, Page)).QuerySelectorAll("#instrument-table tbody tr").Length);
        Assert.Equal("Ievadiet nosaukumu.", Text((await ParseAsync(await PostListAsync(admin, Page, "Add", ("NewName", "   ")))).QuerySelector("#instrument-error")));
        Assert.Equal("Ne vairāk kā 200 rakstzīmes.", Text((await ParseAsync(await PostListAsync(admin, Page, "Add", ("NewName", new string('a', 201))))).QuerySelector("#instrument-error")));
        Assert.Equal(HttpStatusCode.Redirect, (await PostListAsync(admin, Page, "Add", ("NewName", "Bērna pamešana bez uzraudzības"))).StatusCode);

        var entry = Assert.Single(await AuditAsync(AuditActions.RiskItemsChange));
        Assert.Equal("add: Bērna pamešana bez uzraudzības", entry.Details);
        Assert.Equal("risk-item", entry.EntityType);
        Assert.Equal(InstrumentSeed.RiskItems.Count + 1, await WithDbAsync(db => db.RiskItems.CountAsync()));
    }
}
