using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Connections;

/// <summary>The genogram and ecomap page: the SVG drawings (a node per person and per connection, lines by strength), their tables, the case page's section.</summary>
public sealed class DiagramPageTests(WebFixture fixture) : ConnectionTest(fixture)
{
    /// <summary>Ilze (the client) with her mother and father, a sister, a former and a current partner, two children and a grandmother.</summary>
    private async Task<(int Client, int Son, int Daughter, int Mother, int FormerPartner)> FamilyAsync(string workerId)
    {
        var ilze = await PersonAsync("Ilze", "Ozola", Gender.Female, new DateOnly(1985, 4, 12), workerId);
        var mother = await PersonAsync("Rasma", "Kalniņa", Gender.Female, new DateOnly(1958, 2, 1), workerId);
        var former = await PersonAsync("Jānis", "Ozols", Gender.Male, new DateOnly(1980, 7, 3), workerId);
        var son = await PersonAsync("Emīls", "Ozols", Gender.Male, new DateOnly(2012, 5, 20), workerId);
        var daughter = await PersonAsync("Anna", "Bērziņa", Gender.Female, new DateOnly(2021, 9, 9), workerId);
        await RelateAsync(ilze, RelationKind.Parent, mother);
        await RelateAsync(ilze, RelationKind.Parent, person: new RelatedPerson("Pēteris", "Kalniņš", new DateOnly(1955, 1, 1), null));
        await RelateAsync(ilze, RelationKind.Sibling, person: new RelatedPerson("Laura", "Kalniņa", new DateOnly(1988, 3, 3), null));
        await RelateAsync(ilze, RelationKind.SpousePartner, former, ended: true);
        await RelateAsync(ilze, RelationKind.SpousePartner, person: new RelatedPerson("Uldis", "Bērziņš", new DateOnly(1983, 8, 8), null), household: true);
        await RelateAsync(ilze, RelationKind.OtherRelative, person: new RelatedPerson("Skaidrīte", "Kalniņa", new DateOnly(1933, 6, 6), null));
        // The children are recorded on their own pages: the client appears there as their parent.
        await RelateAsync(son, RelationKind.Parent, ilze, household: true, legal: true);
        await RelateAsync(son, RelationKind.Parent, former, legal: true);
        await RelateAsync(daughter, RelationKind.Parent, ilze, household: true, legal: true);
        return (ilze, son, daughter, mother, former);
    }

    [Fact]
    public async Task The_genogram_draws_every_family_member_with_the_usual_symbols_lines_and_household_and_lists_them()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (ilze, son, daughter, mother, former) = await FamilyAsync(workerId);
        await CaseAsync(ilze, workerId, "2026/0001");

        var page = await DiagramsAsync(worker, ilze);

        var svg = page.QuerySelector("svg#genogram")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("genogram-title genogram-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Genogramma", svg.QuerySelector("title#genogram-title")!.TextContent);
        Assert.Contains("personas: 9", svg.QuerySelector("desc#genogram-desc")!.TextContent, StringComparison.Ordinal);

        var nodes = All(svg, "g.genogram-node");
        Assert.Equal(9, nodes.Count);
        string ClassesOf(string key) => Classes(nodes.Single(n => n.GetAttribute("data-person") == key));
        Assert.Contains("index", ClassesOf("c" + ilze), StringComparison.Ordinal);
        Assert.Contains("gender-female", ClassesOf("c" + ilze), StringComparison.Ordinal);
        Assert.Equal(2, nodes.Single(n => n.GetAttribute("data-person") == "c" + ilze).QuerySelectorAll("circle").Length); // double outline
        Assert.Contains("gender-male", ClassesOf("c" + son), StringComparison.Ordinal);
        Assert.Contains("household", ClassesOf("c" + son), StringComparison.Ordinal);
        Assert.Contains("gender-female", ClassesOf("c" + mother), StringComparison.Ordinal);
        Assert.Contains("ended", ClassesOf("c" + former), StringComparison.Ordinal);
        Assert.Single(nodes, n => Classes(n).Contains("gender-unknown", StringComparison.Ordinal) && n.TextContent.Contains("Uldis", StringComparison.Ordinal));
        Assert.Single(nodes.Single(n => n.TextContent.Contains("Uldis", StringComparison.Ordinal)).QuerySelectorAll("polygon"));
        Assert.Contains("14", nodes.Single(n => n.GetAttribute("data-person") == "c" + son).QuerySelector("text.age")!.TextContent, StringComparison.Ordinal);

        // Partner lines: the parents, the former partner (separated) and the current partner.
        var partnerships = All(svg, "polyline.partnership");
        Assert.Equal(3, partnerships.Count);
        Assert.Single(partnerships, p => Classes(p).Contains("ended", StringComparison.Ordinal) && p.GetAttribute("data-person") == "c" + former);
        Assert.Single(All(svg, "line.separation"));
        // Each child and the client and her sister hang from a line of their own.
        foreach (var key in new[] { "c" + son, "c" + daughter, "c" + ilze })
        {
            Assert.Single(All(svg, $"polyline.descent[data-person='{key}']"));
        }

        Assert.NotEmpty(All(svg, ".genogram-household rect"));
        Assert.NotNull(svg.QuerySelector("g.legend"));

        var rows = All(page, "#genogram-table tbody tr");
        Assert.Equal(9, rows.Count);
        var sonRow = rows.Single(r => r.GetAttribute("data-person") == "c" + son);
        Assert.Contains("Emīls Ozols", sonRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bērns", sonRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("2012 (14 g.)", sonRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sonRow.QuerySelector(".household"));
        Assert.Contains("saite beigusies", rows.Single(r => r.GetAttribute("data-person") == "c" + former).TextContent, StringComparison.Ordinal);
        Assert.Contains("nav norādīts", rows.Single(r => r.TextContent.Contains("Uldis", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.GenogramRead));
        Assert.Equal((ilze, workerId), (audit.ClientId!.Value, audit.ActorId));
    }

    [Fact]
    public async Task The_ecomap_draws_a_circle_and_a_line_per_connection_styled_by_strength_with_arrows_by_direction()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await PersonAsync("Ilze", "Ozola", Gender.Female, new DateOnly(1985, 4, 12), workerId);
        await AddConnectionAsync(worker, clientId, "RelativesOutsideHousehold", "Vecmāmiņa Skaidrīte", "Strong", "ToClient");
        await AddConnectionAsync(worker, clientId, "School", "Jelgavas 4. sākumskola", "Moderate", "Mutual");
        await AddConnectionAsync(worker, clientId, "FriendsNeighbours", "Kaimiņiene Anna", "Weak", "FromClient");
        await AddConnectionAsync(worker, clientId, "OrphansCourt", "Jelgavas bāriņtiesa", "Stressful", "FromClient");

        var page = await DiagramsAsync(worker, clientId);

        var svg = page.QuerySelector("svg#ecomap")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Ekokarte", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("(4)", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, All(svg, "g.ecomap-node").Count);
        var lines = All(svg, ".ecomap-line");
        Assert.Equal(4, lines.Count);
        var byName = new Dictionary<string, int>
        {
            ["Vecmāmiņa Skaidrīte"] = await ConnectionIdAsync("Vecmāmiņa Skaidrīte"),
            ["Jelgavas 4. sākumskola"] = await ConnectionIdAsync("Jelgavas 4. sākumskola"),
            ["Kaimiņiene Anna"] = await ConnectionIdAsync("Kaimiņiene Anna"),
            ["Jelgavas bāriņtiesa"] = await ConnectionIdAsync("Jelgavas bāriņtiesa"),
        };
        AngleSharp.Dom.IElement Line(string name) => lines.Single(l => l.GetAttribute("data-connection") == byName[name].ToString(System.Globalization.CultureInfo.InvariantCulture));

        var strong = Line("Vecmāmiņa Skaidrīte");
        Assert.Contains("strength-strong", Classes(strong), StringComparison.Ordinal);
        Assert.Equal("6", strong.GetAttribute("stroke-width"));
        Assert.NotNull(strong.GetAttribute("marker-start"));
        Assert.Null(strong.GetAttribute("marker-end"));
        var moderate = Line("Jelgavas 4. sākumskola");
        Assert.Contains("strength-moderate", Classes(moderate), StringComparison.Ordinal);
        Assert.Equal("2", moderate.GetAttribute("stroke-width"));
        Assert.NotNull(moderate.GetAttribute("marker-start"));
        Assert.NotNull(moderate.GetAttribute("marker-end"));
        var weak = Line("Kaimiņiene Anna");
        Assert.Contains("strength-weak", Classes(weak), StringComparison.Ordinal);
        Assert.NotNull(weak.GetAttribute("stroke-dasharray"));
        Assert.Null(weak.GetAttribute("marker-start"));
        Assert.NotNull(weak.GetAttribute("marker-end"));
        var stressful = Line("Jelgavas bāriņtiesa");
        Assert.Contains("strength-stressful", Classes(stressful), StringComparison.Ordinal);
        Assert.Equal("polyline", stressful.LocalName);
        Assert.True(stressful.GetAttribute("points")!.Split(' ').Length > 6, "a zig-zag has teeth");

        var court = All(svg, "g.ecomap-node").Single(n => n.GetAttribute("data-connection") == byName["Jelgavas bāriņtiesa"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Bāriņtiesa", court.TextContent, StringComparison.Ordinal);
        Assert.Contains("kind-orphanscourt", Classes(court), StringComparison.Ordinal);
        Assert.NotNull(svg.QuerySelector("g.legend"));
        Assert.NotNull(svg.QuerySelector("g.ecomap-centre"));

        var rows = All(page, "#connections tr.connection");
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("Kaimiņiene Anna", StringComparison.Ordinal) && r.TextContent.Contains("Vāja", StringComparison.Ordinal)
                                   && r.TextContent.Contains("Saņem atbalstu no klienta", StringComparison.Ordinal));
        Assert.Equal(4, All(page, "#connections a.edit-connection").Count);
        Assert.Equal(4, All(page, "#connections a.end-connection").Count);

        SavePage(page, "connections-client");
    }

    [Fact]
    public async Task The_page_prints_without_navigation_and_the_drawings_need_no_script_or_inline_style()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await PersonAsync("Ilze", "Ozola", Gender.Female, new DateOnly(1985, 4, 12), workerId);
        await AddConnectionAsync(worker, clientId, "School", "Jelgavas 4. sākumskola", "Moderate", "Mutual");

        var page = await DiagramsAsync(worker, clientId);

        var print = page.QuerySelector("link[href^='/css/print.css']")!;
        Assert.Equal("print", print.GetAttribute("media"));
        Assert.Empty(All(page, "main script"));
        Assert.Empty(All(page, "main [style]"));
        Assert.Empty(All(page, "main style"));
        Assert.NotNull(page.QuerySelector("nav.breadcrumb, nav[aria-label=breadcrumb]"));
        Assert.Contains("d-print-none", Classes(page.QuerySelector("#add-connection")!), StringComparison.Ordinal);
        Assert.Empty(All(page, "#genogram-table tbody tr").Skip(1));
        Assert.NotNull(page.QuerySelector("#no-relatives"));

        var css = await (await worker.GetAsync(new Uri("/css/print.css", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("size: A4", css, StringComparison.Ordinal);
        Assert.Contains("header, footer, nav", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_shows_small_drawings_a_summary_and_the_way_to_the_full_page()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (ilze, _, _, _, _) = await FamilyAsync(workerId);
        var caseId = await CaseAsync(ilze, workerId, "2026/0001");
        await AddConnectionAsync(worker, ilze, "School", "Jelgavas 4. sākumskola", "Strong", "Mutual");
        await AddConnectionAsync(worker, ilze, "Police", "Jelgavas iecirknis", "Stressful", "FromClient");

        var casePage = await GetDocumentAsync(worker, "/Cases/Details/" + caseId);

        var section = casePage.QuerySelector("#case-connections")!;
        Assert.Equal("/Connections/Client/" + ilze, section.QuerySelector("#open-connections")!.GetAttribute("href"));
        Assert.Equal(9, All(section, "svg#case-genogram g.genogram-node").Count);
        Assert.Equal(2, All(section, "svg#case-ecomap .ecomap-line").Count);
        Assert.Null(section.QuerySelector("g.legend"));
        var summary = section.QuerySelector("#connections-summary")!.TextContent;
        Assert.Contains("Ārējās saiknes: 2", summary, StringComparison.Ordinal);
        Assert.Contains("stipra 1", summary, StringComparison.Ordinal);
        Assert.Contains("saspringta vai konfliktējoša 1", summary, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector("#case-add-connection"));
        SavePage(casePage, "case-page");
        SavePage(await DiagramsAsync(worker, ilze), "family-page");
    }

    /// <summary>With SOCIALSERVICES_SAVE_PAGES set, keeps the page (with absolute links to wwwroot) to look at in a browser.</summary>
    private static void SavePage(AngleSharp.Html.Dom.IHtmlDocument page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SOCIALSERVICES_SAVE_PAGES");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/SocialServices.Web/wwwroot"));
        var html = System.Text.RegularExpressions.Regex.Replace(page.DocumentElement.OuterHtml, "(href|src)=\"/([^\"?]+)(\\?[^\"]*)?\"", m => $"{m.Groups[1].Value}=\"file://{root}/{m.Groups[2].Value}\"");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".html"), "<!DOCTYPE html>" + html);
    }
}
