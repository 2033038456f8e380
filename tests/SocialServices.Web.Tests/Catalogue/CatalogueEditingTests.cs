using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;
using SocialServices.Web.Data.Configurations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Catalogue;

/// <summary>Administrators add and edit services with their eligibility rules; everyone else reads them.</summary>
public sealed class CatalogueEditingTests(WebFixture fixture) : CatalogueTest(fixture)
{
    [Fact]
    public async Task An_administrator_creates_a_group_programme_with_rules_and_reads_them_back_equal()
    {
        await SetUpAsync(seed: false);
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, "/Catalogue/Create");
        Assert.Equal(1, RuleRowCount(page)); // a new service starts with residence in the organisation's municipality
        Assert.Null(page.QuerySelector("#service-form button[type=submit]")!.GetAttribute("formaction")); // Enter saves; it does not add a rule
        Assert.Equal(nameof(RuleKind.ResidenceInMunicipality), Value(page, "Input.Rules[0].Kind"));
        Assert.Equal(Jelgava.ToString(System.Globalization.CultureInfo.InvariantCulture), Value(page, "Input.Rules[0].MunicipalityId"));

        // "Add a rule" four times, typing as we go: nothing typed is lost.
        (string, string)[] main =
        [
            ("Input.Code", "6.1.9"),
            ("Input.Name", "Tēvu skola"),
            ("Input.Type", nameof(ServiceType.EducationalAndSupportGroup)),
            ("Input.Funding", nameof(FundingSource.EuProject)),
            ("Input.Provider", "Biedrība \"Ģimenei\""),
            ("Input.Location", "Lielā iela 1, Jelgava, 2. telpa"),
            ("Input.Description", "Nodarbības tēviem"),
            ("Input.TargetGroup", "Tēviem un aizbildņiem ar bērniem līdz 7 gadu vecumam"),
            ("Input.SessionCount", "8"),
            ("Input.PlannedGroupSize", "12"),
            ("Input.RequiredDocuments", "Bērna dzimšanas apliecības kopija\n\nBāriņtiesas lēmums par aizbildnību\n"),
        ];
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page, main), "AddRule");
        Assert.Equal(2, RuleRowCount(page));
        Assert.Equal("Tēvu skola", Value(page, "Input.Name"));
        Assert.Equal("8", Value(page, "Input.SessionCount"));
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Rules[1].Kind", nameof(RuleKind.ApplicantRole)), ("Input.Rules[1].Roles", nameof(ApplicantRole.Parent)), ("Input.Rules[1].Alternative", "1")), "AddRule");
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Rules[2].Kind", nameof(RuleKind.ChildInHouseholdAge)), ("Input.Rules[2].MaxAge", "6"), ("Input.Rules[2].Alternative", "1")), "AddRule");
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Rules[3].Kind", nameof(RuleKind.ApplicantRole)),
            ("Input.Rules[3].Roles", nameof(ApplicantRole.Guardian)),
            ("Input.Rules[3].Roles", nameof(ApplicantRole.FosterParent)),
            ("Input.Rules[3].Alternative", "2")), "AddRule");
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Rules[4].Kind", nameof(RuleKind.DisabilityGroup)),
            ("Input.Rules[4].DisabilityGroups", nameof(DisabilityGroup.II)),
            ("Input.Rules[4].DisabilityGroups", nameof(DisabilityGroup.III))), "AddRule");
        Assert.Equal(6, RuleRowCount(page));
        Assert.Equal("Tēvu skola", Value(page, "Input.Name"));
        Assert.Equal("1", Value(page, "Input.Rules[2].Alternative"));
        Assert.Equal(2, page.QuerySelectorAll("input[name='Input.Rules[3].Roles']:checked").Length);

        // The last row stays empty: it is ignored.
        var id = await PostAndRedirectAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Rules[5].Kind", nameof(RuleKind.ClientAge)), ("Input.Rules[5].MinAge", "18"), ("Input.Rules[5].MaxAge", "65")));

        var service = (await ServiceAsync("6.1.9"))!;
        Assert.Equal(id, service.Id);
        Assert.Equal("Tēvu skola", service.Name);
        Assert.Equal(ServiceType.EducationalAndSupportGroup, service.Type);
        Assert.Equal(FundingSource.EuProject, service.Funding);
        Assert.Equal("Biedrība \"Ģimenei\"", service.Provider);
        Assert.Equal("Lielā iela 1, Jelgava, 2. telpa", service.Location);
        Assert.Equal(8, service.SessionCount);
        Assert.Equal(12, service.PlannedGroupSize);
        Assert.Null(service.Frequency);
        Assert.Equal(["Bērna dzimšanas apliecības kopija", "Bāriņtiesas lēmums par aizbildnību"], service.RequiredDocuments);
        Assert.True(service.IsActive);
        IReadOnlyList<EligibilityRequirement> expected =
        [
            EligibilityRule.Residence(Jelgava),
            AnyOfRequirement.Of(
                [EligibilityRule.Role(ApplicantRole.Parent), EligibilityRule.ChildAge(null, 6)],
                [EligibilityRule.Role(ApplicantRole.Guardian, ApplicantRole.FosterParent)]),
            EligibilityRule.Disability(DisabilityGroup.II, DisabilityGroup.III),
            EligibilityRule.ClientAge(18, 65),
        ];
        Assert.Equal(EligibilityRulesJson.Serialize(expected), EligibilityRulesJson.Serialize(service.Rules));
        var audit = Assert.Single(await AuditAsync("catalogue."));
        Assert.Equal((AuditActions.ServiceCreate, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.EntityId));

        // The details page reads the rules in plain words.
        var details = await GetDocumentAsync(admin, $"/Catalogue/Details/{id}");
        var rules = details.QuerySelectorAll("#rules li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Deklarētā dzīvesvieta: Jelgavas valstspilsēta",
            "Jāizpilda vismaz viens no variantiem: 1) iesniedzējs ir: vecāks un mājsaimniecībā ir bērns līdz 6 gadu vecumam (ieskaitot); 2) iesniedzējs ir: aizbildnis vai audžuvecāks",
            "Klientam ir noteikta invaliditāte: II vai III grupa",
            "Klienta vecums no 18 līdz 65 gadiem",
        ], rules);
        Assert.Equal("ES projekta finansējums", details.QuerySelector("#funding")!.TextContent.Trim());
        Assert.Equal(["Bērna dzimšanas apliecības kopija", "Bāriņtiesas lēmums par aizbildnību"], details.QuerySelectorAll("#documents li").Select(li => li.TextContent.Trim()));
        Assert.Equal("8", details.QuerySelector("#sessions")!.TextContent.Trim());
        Assert.Equal("12", details.QuerySelector("#group-size")!.TextContent.Trim());
        Assert.Contains("Tiek piedāvāts", details.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);

        // And the editor loads them back into the same rows.
        var edit = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        Assert.Equal(6, RuleRowCount(edit));
        Assert.Equal(["", "1", "1", "2", "", ""], Enumerable.Range(0, 6).Select(i => Value(edit, $"Input.Rules[{i}].Alternative")));
    }

    [Theory]
    [InlineData("6.1.1")]
    [InlineData("6.1.2")]
    [InlineData("6.1.3")]
    [InlineData("6.1.4")]
    [InlineData("6.1.5")]
    [InlineData("6.1.6")]
    [InlineData("6.1.7")]
    [InlineData("6.1.8")]
    [InlineData("DAC")]
    public async Task A_seeded_service_loaded_into_the_editor_and_saved_keeps_its_rules(string code)
    {
        await SetUpAsync();
        var before = await StoredRulesAsync(code);
        var id = await ServiceIdAsync(code);
        var admin = await SignedInAsync(Roles.Administrator);

        // Saved as loaded: nothing changed, nothing written.
        var page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        Assert.Equal(id, await PostAndRedirectAsync(admin, $"/Catalogue/Edit/{id}", page, Fields(page)));
        Assert.Equal(before, await StoredRulesAsync(code));
        Assert.Empty(await AuditAsync("catalogue."));

        // Saved with another field changed: the rules are written back identical.
        page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        await PostAndRedirectAsync(admin, $"/Catalogue/Edit/{id}", page, Fields(page, ("Input.Location", "Svētes iela 22, Jelgava")));
        var after = (await ServiceAsync(code))!;
        Assert.Equal(before, EligibilityRulesJson.Serialize(after.Rules));
        Assert.Equal("Svētes iela 22, Jelgava", after.Location);
        Assert.Equal(ServiceCatalogueSeed.DocumentsFor(code), after.RequiredDocuments);
        var audit = Assert.Single(await AuditAsync("catalogue."));
        Assert.Equal(AuditActions.ServiceUpdate, audit.Action);
        Assert.Contains("changed: Location", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_any_of_group_of_6_1_2_shows_as_two_numbered_alternatives_in_the_editor()
    {
        await SetUpAsync();
        var admin = await SignedInAsync(Roles.Administrator);

        var page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{await ServiceIdAsync("6.1.2")}");

        Assert.Equal(5, RuleRowCount(page));
        Assert.Equal(["1", "1", "2", "2", ""], Enumerable.Range(0, 5).Select(i => Value(page, $"Input.Rules[{i}].Alternative")));
        Assert.Equal(nameof(ApplicantRole.Parent), Assert.Single(page.QuerySelectorAll("input[name='Input.Rules[0].Roles']:checked")).GetAttribute("value"));
        Assert.Equal("6", Value(page, "Input.Rules[1].MaxAge"));
        Assert.Equal("9", Value(page, "Input.Rules[3].MaxAge"));
    }

    [Fact]
    public async Task Editing_changes_rules_and_removes_a_row()
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("6.1.4");
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");

        // 6.1.4: role, child 12-16, residence. Remove the role, make the child 10-16.
        await PostAndRedirectAsync(admin, $"/Catalogue/Edit/{id}", page, Fields(page, ("Input.Rules[0].Remove", "true"), ("Input.Rules[1].MinAge", "10")));

        Assert.Equal(
            EligibilityRulesJson.Serialize([EligibilityRule.ChildAge(10, 16), EligibilityRule.Residence(Jelgava)]),
            await StoredRulesAsync("6.1.4"));
    }

    public static TheoryData<string, string[], string, string> InvalidRules() => new()
    {
        { "age above 120", ["Input.Rules[1].Kind=ClientAge", "Input.Rules[1].MinAge=121"], "Input.Rules[1].MinAge", "Vecumam jābūt no 0 līdz 120 gadiem." },
        { "negative age", ["Input.Rules[1].Kind=ChildInHouseholdAge", "Input.Rules[1].MaxAge=-1"], "Input.Rules[1].MaxAge", "Vecumam jābūt no 0 līdz 120 gadiem." },
        { "min above max", ["Input.Rules[1].Kind=ClientAge", "Input.Rules[1].MinAge=12", "Input.Rules[1].MaxAge=8"], "Input.Rules[1].MaxAge", "Vecums „līdz” nevar būt mazāks par „no”." },
        { "age rule without bounds", ["Input.Rules[1].Kind=ChildInHouseholdAge"], "Input.Rules[1].MinAge", "Norādiet vismaz vienu vecuma robežu." },
        { "age not a number", ["Input.Rules[1].Kind=ClientAge", "Input.Rules[1].MinAge=astoņi"], "Input.Rules[1].MinAge", "Nederīga vērtība." },
        { "role rule without roles", ["Input.Rules[1].Kind=ApplicantRole"], "Input.Rules[1].Roles", "Atzīmējiet vismaz vienu lomu." },
        { "disability rule without groups", ["Input.Rules[1].Kind=DisabilityGroup"], "Input.Rules[1].DisabilityGroups", "Atzīmējiet vismaz vienu invaliditātes grupu." },
        { "residence without municipality", ["Input.Rules[1].Kind=ResidenceInMunicipality"], "Input.Rules[1].MunicipalityId", "Izvēlieties pašvaldību." },
        { "unknown municipality", ["Input.Rules[1].Kind=ResidenceInMunicipality", "Input.Rules[1].MunicipalityId=999999"], "Input.Rules[1].MunicipalityId", "Šādas pašvaldības sarakstā nav." },
        { "one alternative only", ["Input.Rules[1].Kind=InBehaviourCorrectionProgramme", "Input.Rules[1].Alternative=1"], "Input.Rules[1].Alternative", "Alternatīvu grupai vajag vismaz divas alternatīvas (piemēram, 1 un 2)." },
        { "alternative zero", ["Input.Rules[1].Kind=InBehaviourCorrectionProgramme", "Input.Rules[1].Alternative=0"], "Input.Rules[1].Alternative", "Alternatīvas numuram jābūt no 1 līdz 20." },
        { "row without a kind", ["Input.Rules[1].MinAge=5"], "Input.Rules[1].Kind", "Izvēlieties noteikuma veidu." },
        { "unknown kind", ["Input.Rules[1].Kind=Horoscope"], "Input.Rules[1].Kind", "Nederīga vērtība." },
        { "group without sessions or frequency", ["Input.SessionCount="], "Input.SessionCount", "Norādiet nodarbību skaitu vai biežumu." },
        { "group without target group", ["Input.TargetGroup= "], "Input.TargetGroup", "Grupu programmai norādiet mērķa grupu." },
        { "no code", ["Input.Code= "], "Input.Code", "Norādiet kodu." },
        { "code with spaces", ["Input.Code=6 1 9"], "Input.Code", "Kodā var būt burti, cipari, punkti, defises un pasvītras; tam jāsākas ar burtu vai ciparu." },
        { "code too long", ["Input.Code=" + new string('A', 21)], "Input.Code", "Kods nevar būt garāks par 20 rakstzīmēm." },
        { "no name", ["Input.Name="], "Input.Name", "Norādiet nosaukumu." },
        { "no type", ["Input.Type="], "Input.Type", "Izvēlieties pakalpojuma veidu." },
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public async Task An_invalid_entry_shows_its_message_next_to_the_field_keeps_the_input_and_saves_nothing(string name, string[] changes, string field, string message)
    {
        var change = changes.Select(c => (Key: c[..c.IndexOf('=', StringComparison.Ordinal)], Value: c[(c.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToArray();
        await SetUpAsync(seed: false);
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, "/Catalogue/Create");
        page = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page), "AddRule");
        (string, string)[] valid =
        [
            ("Input.Code", "X1"),
            ("Input.Name", "Jauna programma"),
            ("Input.Type", nameof(ServiceType.EducationalAndSupportGroup)),
            ("Input.Funding", nameof(FundingSource.Municipal)),
            ("Input.TargetGroup", "Vecākiem"),
            ("Input.SessionCount", "10"),
        ];

        var shown = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page, [.. valid.Where(v => change.All(c => c.Key != v.Item1)), .. change]));

        var error = FieldError(shown, field);
        Assert.True(error == message, $"{name}: expected \"{message}\" at {field}, got \"{error}\"");
        Assert.Equal(0, await WithDbAsync(db => db.Services.CountAsync()));
        Assert.Empty(await AuditAsync("catalogue."));
        foreach (var (key, value) in change.Where(c => shown.QuerySelector($"#service-form select[name='{c.Key}']") is null))
        {
            Assert.Equal(value, Value(shown, key));
        }
    }

    [Fact]
    public async Task The_edit_form_shows_a_rule_message_next_to_its_row_and_saves_nothing()
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("6.1.5");
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        var before = await StoredRulesAsync("6.1.5");

        var shown = await PostBackAsync(admin, $"/Catalogue/Edit/{id}", page, Fields(page, ("Input.Rules[0].MinAge", "13"), ("Input.Name", "Cits nosaukums")));

        Assert.Equal("Vecums „līdz” nevar būt mazāks par „no”.", FieldError(shown, "Input.Rules[0].MaxAge"));
        Assert.Equal("Cits nosaukums", Value(shown, "Input.Name"));
        Assert.Equal(before, await StoredRulesAsync("6.1.5"));
        Assert.Equal("Sociālo prasmju attīstīšana", (await ServiceAsync("6.1.5"))!.Name);
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("ab")]
    [InlineData(" 6.1.1 ")]
    public async Task A_code_already_in_the_catalogue_is_refused(string code)
    {
        await SetUpAsync();
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, "/Catalogue/Create");

        var shown = await PostBackAsync(admin, "/Catalogue/Create", page, Fields(page,
            ("Input.Code", code), ("Input.Name", "Atkārtots"), ("Input.Type", nameof(ServiceType.Respite)), ("Input.Funding", nameof(FundingSource.Municipal))));

        Assert.Equal("Pakalpojums ar šādu kodu jau ir katalogā.", FieldError(shown, "Input.Code"));
        Assert.Equal(17, await WithDbAsync(db => db.Services.CountAsync()));
        Assert.Empty(await AuditAsync("catalogue."));
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.ServiceManager)]
    [InlineData(Roles.Auditor)]
    public async Task Other_roles_read_the_catalogue_and_details_but_may_not_create_or_edit(string role)
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("6.1.2");
        var user = await SignedInAsync(role);

        var index = await GetDocumentAsync(user, "/Catalogue");
        Assert.Null(index.QuerySelector("#add-service"));
        Assert.Empty(index.QuerySelectorAll(".edit-link"));
        Assert.Equal($"/Catalogue/Details/{id}", index.QuerySelector("tr[data-code='6.1.2'] a.service-link")!.GetAttribute("href"));
        var details = await GetDocumentAsync(user, $"/Catalogue/Details/{id}");
        Assert.Null(details.QuerySelector("#edit-service"));
        Assert.Contains("Jāizpilda vismaz viens no variantiem", details.QuerySelector("#rules")!.TextContent, StringComparison.Ordinal);

        foreach (var url in new[] { "/Catalogue/Create", $"/Catalogue/Edit/{id}" })
        {
            var response = await user.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // A forged post (with a valid token from a page the user may open) is refused too.
        var token = index.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (url, fields) in new[]
                 {
                     ("/Catalogue/Create", new Dictionary<string, string> { ["Input.Code"] = "Z", ["Input.Name"] = "Z", ["Input.Type"] = "Respite", ["Input.Funding"] = "Municipal" }),
                     ($"/Catalogue/Edit/{id}?handler=Retire", new Dictionary<string, string>()),
                 })
        {
            fields["__RequestVerificationToken"] = token;
            var response = await user.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(17, await WithDbAsync(db => db.Services.CountAsync(s => s.IsActive)));
    }

    [Fact]
    public async Task A_save_over_someone_elses_change_shows_the_conflict_keeps_the_input_and_the_next_save_is_deliberate()
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("6.1.3");
        var first = await SignedInAsync(Roles.Administrator, "admin.one");
        var second = await SignedInAsync(Roles.Administrator, "admin.two");
        var mine = await GetDocumentAsync(first, $"/Catalogue/Edit/{id}");
        var theirs = await GetDocumentAsync(second, $"/Catalogue/Edit/{id}");
        await PostAndRedirectAsync(second, $"/Catalogue/Edit/{id}", theirs, Fields(theirs, ("Input.Location", "Pasta iela 32, Jelgava")));

        var shown = await PostBackAsync(first, $"/Catalogue/Edit/{id}", mine, Fields(mine, ("Input.Location", "Akadēmijas iela 1, Jelgava"), ("Input.Rules[0].Remove", "true")));

        Assert.NotNull(shown.QuerySelector("#conflict"));
        var row = shown.QuerySelectorAll("#conflict tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Norises vieta");
        Assert.Equal("Pasta iela 32, Jelgava", row.QuerySelector(".conflict-stored")!.TextContent);
        Assert.Equal("Akadēmijas iela 1, Jelgava", row.QuerySelector(".conflict-yours")!.TextContent);
        Assert.Equal("Akadēmijas iela 1, Jelgava", Value(shown, "Input.Location"));
        Assert.NotNull(shown.QuerySelector("input[name='Input.Rules[0].Remove']:checked"));
        Assert.Equal("Pasta iela 32, Jelgava", (await ServiceAsync("6.1.3"))!.Location);
        Assert.Single(await AuditAsync("catalogue."));

        // The form now carries the stored version: saving again is a deliberate overwrite.
        await PostAndRedirectAsync(first, $"/Catalogue/Edit/{id}", shown, Fields(shown));
        var saved = (await ServiceAsync("6.1.3"))!;
        Assert.Equal("Akadēmijas iela 1, Jelgava", saved.Location);
        Assert.Equal(EligibilityRulesJson.Serialize([EligibilityRule.Residence(Jelgava)]), EligibilityRulesJson.Serialize(saved.Rules));
        Assert.Equal(2, (await AuditAsync("catalogue.")).Count);
    }

    [Fact]
    public async Task A_retired_service_is_greyed_filtered_and_can_be_reinstated_with_audit()
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("AB");
        var admin = await SignedInAsync(Roles.Administrator);
        var edit = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        var version = edit.QuerySelector("#status-form input[name='Input.Version']")!.GetAttribute("value")!;

        var response = await PostPairsAsync(admin, $"/Catalogue/Edit/{id}", [new("Input.Version", version)], "Retire", edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await ServiceAsync("AB"))!.IsActive);
        var index = await GetDocumentAsync(admin, "/Catalogue");
        var row = index.QuerySelector("tr[data-code='AB']")!;
        Assert.Equal("false", row.GetAttribute("data-active"));
        Assert.Contains("table-secondary", row.ClassName, StringComparison.Ordinal);
        Assert.Contains("Vairs netiek piedāvāts", row.TextContent, StringComparison.Ordinal);
        Assert.Null((await GetDocumentAsync(admin, "/Catalogue?show=active")).QuerySelector("tr[data-code='AB']"));
        Assert.Equal(["AB"], (await GetDocumentAsync(admin, "/Catalogue?show=retired")).QuerySelectorAll("#services-table tbody tr").Select(r => r.GetAttribute("data-code")));
        var details = await GetDocumentAsync(admin, $"/Catalogue/Details/{id}");
        Assert.NotNull(details.QuerySelector("#retired-banner"));

        // The old version no longer fits: a stale reinstate shows the conflict and changes nothing.
        edit = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");
        Assert.NotNull(edit.QuerySelector("#reinstate"));
        var stale = await PostPairsAsync(admin, $"/Catalogue/Edit/{id}", [new("Input.Version", version)], "Reinstate", edit);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull((await ParseAsync(stale)).QuerySelector("#conflict"));
        Assert.False((await ServiceAsync("AB"))!.IsActive);

        var fresh = edit.QuerySelector("#status-form input[name='Input.Version']")!.GetAttribute("value")!;
        response = await PostPairsAsync(admin, $"/Catalogue/Edit/{id}", [new("Input.Version", fresh)], "Reinstate", edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await ServiceAsync("AB"))!.IsActive);
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [(AuditActions.ServiceRetire, idText), (AuditActions.ServiceReinstate, idText)],
            (await AuditAsync("catalogue.")).Select(a => (a.Action, a.EntityId)));
    }

    [Fact]
    public async Task The_administrator_sees_add_and_edit_actions_and_provider_and_location_in_the_list()
    {
        await SetUpAsync();
        await WithDbAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Code == "DAC");
            service.Update(new ServiceDetails(service.Name, service.Type, service.Funding, "SIA \"Gaisma\"", "Zemgales prospekts 7, Jelgava", null, null, null, null, null, [], service.Rules));
            return await db.SaveChangesAsync();
        });
        var admin = await SignedInAsync(Roles.Administrator);

        var index = await GetDocumentAsync(admin, "/Catalogue");

        Assert.Equal("Pievienot pakalpojumu", index.QuerySelector("#add-service")!.TextContent.Trim());
        Assert.Equal(17, index.QuerySelectorAll(".edit-link").Length);
        var row = index.QuerySelector("tr[data-code='DAC']")!;
        Assert.Contains("SIA \"Gaisma\"", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Zemgales prospekts 7, Jelgava", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Catalogue/Edit/{await ServiceIdAsync("DAC")}", row.QuerySelector(".edit-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Changing_a_programme_to_another_type_drops_its_group_fields()
    {
        await SetUpAsync();
        var id = await ServiceIdAsync("6.1.7");
        var admin = await SignedInAsync(Roles.Administrator);
        var page = await GetDocumentAsync(admin, $"/Catalogue/Edit/{id}");

        await PostAndRedirectAsync(admin, $"/Catalogue/Edit/{id}", page, Fields(page, ("Input.Type", nameof(ServiceType.SpecialistConsultations))));

        var saved = (await ServiceAsync("6.1.7"))!;
        Assert.Equal(ServiceType.SpecialistConsultations, saved.Type);
        Assert.Null(saved.SessionCount);
    }
}
