using System.Globalization;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;
using SocialServices.Domain.Groups;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Applications;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>The eligibility panel of an application, evaluated for today from what the database knows about the client.</summary>
public sealed class EligibilityTests(WebFixture fixture) : ApplicationTest(fixture)
{
    private static IElement Rule(AngleSharp.Html.Dom.IHtmlDocument page, string codePrefix) =>
        page.QuerySelectorAll("#requirements [data-code]").Single(e => e.GetAttribute("data-code")!.StartsWith(codePrefix, StringComparison.Ordinal));

    private async Task<(HttpClient Worker, string WorkerId)> WorkerAsync()
    {
        await SeedAsync();
        return await UserAsync(Roles.SocialWorker, "ilze.ozola");
    }

    [Fact]
    public async Task A_ten_year_old_in_a_behaviour_correction_programme_passes_every_rule_of_programme_6_1_5()
    {
        var (worker, workerId) = await WorkerAsync();
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var id = await RecordedAsync(worker, child, "6.1.5", workerId);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");

        var requirements = page.QuerySelectorAll("#requirements > li.requirement").ToList();
        Assert.Equal(3, requirements.Count);
        Assert.All(requirements, r => Assert.Equal("Passed", r.GetAttribute("data-outcome")));
        var age = Rule(page, "ClientAge.");
        Assert.Equal("Klienta vecums: no 8 līdz 12 gadiem", age.QuerySelector(".requirement-label")!.TextContent);
        Assert.Equal("Klienta vecums ir 10 gadi; prasītais vecums — no 8 līdz 12 gadiem.", age.QuerySelector(".reason")!.TextContent);
        Assert.Equal("Izpildīts", age.QuerySelector(".outcome")!.TextContent);
        Assert.Equal("Klienta datos norādīts, ka klients ir iekļauts uzvedības sociālās korekcijas programmā.", Rule(page, "BehaviourCorrection.").QuerySelector(".reason")!.TextContent);
        Assert.Equal("Klienta deklarētā dzīvesvieta ir pašvaldībā „Jelgavas valstspilsēta”.", Rule(page, "Residence.").QuerySelector(".reason")!.TextContent);
        Assert.Equal("Passed", page.QuerySelector("#one-group-per-year")!.GetAttribute("data-outcome"));
        Assert.Equal("Klientam 2026. gadā nav cita piešķirta vai notiekoša izglītojošās un atbalsta grupas pakalpojuma.", page.QuerySelector("#one-group-per-year .reason")!.TextContent);
        Assert.Equal("Passed", page.QuerySelector("#eligibility-verdict")!.GetAttribute("data-outcome"));
        Assert.Equal("Pārbaude ir tikai ieteikums: lēmumu par pakalpojuma piešķiršanu pieņem pakalpojumu vadītājs.", page.QuerySelector("#eligibility-advice")!.TextContent);
    }

    [Fact]
    public async Task A_fourteen_year_old_fails_the_age_rule_of_programme_6_1_5()
    {
        var (worker, workerId) = await WorkerAsync();
        var child = await PersonAsync("Elza", "Ozola", workerId, new DateOnly(2012, 3, 10), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var id = await RecordedAsync(worker, child, "6.1.5", workerId);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");

        var age = Rule(page, "ClientAge.");
        Assert.Equal("Failed", age.GetAttribute("data-outcome"));
        Assert.Equal("Nav izpildīts", age.QuerySelector(".outcome")!.TextContent);
        Assert.Equal("Klienta vecums ir 14 gadi, bet prasītais vecums — no 8 līdz 12 gadiem.", age.QuerySelector(".reason")!.TextContent);
        Assert.Equal("Failed", page.QuerySelector("#eligibility-verdict")!.GetAttribute("data-outcome"));
        Assert.Equal("Kāds no nosacījumiem nav izpildīts", page.QuerySelector("#eligibility-verdict strong")!.TextContent);
    }

    [Fact]
    public async Task Without_a_birth_date_or_a_recorded_programme_the_rules_are_unknown_not_failed()
    {
        var (worker, workerId) = await WorkerAsync();
        var child = await PersonAsync("Kārlis", "Zariņš", workerId, null, inMunicipality: false);
        var id = await RecordedAsync(worker, child, "6.1.5", workerId);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");

        var age = Rule(page, "ClientAge.");
        Assert.Equal("Unknown", age.GetAttribute("data-outcome"));
        Assert.Equal("Nav zināms", age.QuerySelector(".outcome")!.TextContent);
        Assert.Equal("Klienta dzimšanas datums nav zināms, tāpēc vecumu pārbaudīt nevar (prasītais vecums — no 8 līdz 12 gadiem).", age.QuerySelector(".reason")!.TextContent);
        Assert.Equal("Unknown", Rule(page, "BehaviourCorrection.").GetAttribute("data-outcome"));
        Assert.Equal("Klienta deklarētā dzīvesvieta nav zināma (pakalpojums paredzēts pašvaldības „Jelgavas valstspilsēta” iedzīvotājiem).", Rule(page, "Residence.").QuerySelector(".reason")!.TextContent);
        Assert.Equal("Unknown", page.QuerySelector("#eligibility-verdict")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task A_client_already_in_a_group_this_year_fails_the_one_group_per_year_rule()
    {
        var (worker, workerId) = await WorkerAsync();
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var other = await ServiceIdAsync("6.1.3");
        await WithDbAsync(async db =>
        {
            var group = new ProgrammeGroup(OrganisationId, other, "Esam ģimene, pavasaris", new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 25), 12, null);
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            db.GroupEnrolments.Add(new GroupEnrolment(child, other, group.Id, null, new DateOnly(2026, 2, 20)));
            return await db.SaveChangesAsync();
        });
        var id = await RecordedAsync(worker, child, "6.1.5", workerId);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");

        var rule = page.QuerySelector("#one-group-per-year")!;
        Assert.Equal("Failed", rule.GetAttribute("data-outcome"));
        Assert.Equal("Klientam 2026. gadā jau ir piešķirts vai notiek izglītojošās un atbalsta grupas pakalpojums (no 02.03.2026); vienai personai kalendārajā gadā paredzēts viens šāds pakalpojums.",
            rule.QuerySelector(".reason")!.TextContent);
        Assert.Equal("Failed", page.QuerySelector("#eligibility-verdict")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task A_parent_with_a_thirteen_year_old_child_passes_programme_6_1_4_and_a_client_without_relations_is_unknown()
    {
        var (worker, workerId) = await WorkerAsync();
        var parent = await PersonAsync("Marta", "Kalniņa", workerId, new DateOnly(1985, 2, 2));
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2013, 5, 1));
        await RelateAsync(child, RelationKind.Parent, parent); // the child's record names Marta as parent
        var alone = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1980, 1, 1));

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{await RecordedAsync(worker, parent, "6.1.4", workerId)}");
        Assert.Equal("Passed", Rule(page, "Role.").GetAttribute("data-outcome"));
        Assert.Equal("Klients ir vecāks vai likumiskais pārstāvis.", Rule(page, "Role.").QuerySelector(".reason")!.TextContent);
        Assert.Equal("Klienta ģimenē ir bērns vecumā no 12 līdz 16 gadiem.", Rule(page, "ChildAge.").QuerySelector(".reason")!.TextContent);

        page = await GetDocumentAsync(worker, $"/Applications/Details/{await RecordedAsync(worker, alone, "6.1.4", workerId)}");
        Assert.Equal("Unknown", Rule(page, "Role.").GetAttribute("data-outcome"));
        Assert.Equal("Unknown", Rule(page, "ChildAge.").GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Programme_6_1_1_shows_its_any_of_group_with_the_custody_answer_of_the_application()
    {
        var (worker, workerId) = await WorkerAsync();
        var parent = await PersonAsync("Marta", "Kalniņa", workerId, new DateOnly(1985, 2, 2));
        await RelateAsync(parent, RelationKind.Child, null, new RelatedPerson("Roberts", "Kalniņš", new DateOnly(2015, 1, 1), null));
        var id = await RecordedAsync(worker, parent, "6.1.1", workerId, extra: [("Input.CustodyRightsAtRisk", "true")]);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");

        var group = page.QuerySelectorAll("#requirements > li.requirement").Single(r => r.GetAttribute("data-code")!.StartsWith("AnyOf.", StringComparison.Ordinal));
        Assert.Equal("Passed", group.GetAttribute("data-outcome"));
        Assert.Equal("Jāizpildās vismaz vienam no variantiem", group.QuerySelector(".requirement-label")!.TextContent);
        var alternatives = group.QuerySelectorAll("li.alternative").ToList();
        Assert.Equal(["Passed", "Unknown"], alternatives.Select(a => a.GetAttribute("data-outcome")));
        Assert.Equal("CustodyAtRisk.Yes", alternatives[0].QuerySelector("li.rule")!.GetAttribute("data-code"));
        Assert.Equal("Iesniegumā norādīts, ka aizgādības tiesības ir pārtrauktas vai atņemtas, vai pastāv risks to pārtraukšanai.", alternatives[0].QuerySelector(".reason")!.TextContent);
        Assert.Equal("Passed", page.QuerySelector("#eligibility-verdict")!.GetAttribute("data-outcome"));
        Assert.Equal("Jā", page.QuerySelector("#application-custody")!.TextContent);
    }

    [Fact]
    public async Task The_facts_read_roles_children_and_their_programmes_from_relations_in_both_directions()
    {
        var (_, workerId) = await WorkerAsync();
        var mother = await PersonAsync("Marta", "Kalniņa", workerId, new DateOnly(1985, 2, 2));
        var son = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2013, 5, 1), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var ward = await PersonAsync("Elza", "Ozola", workerId, null);
        await RelateAsync(mother, RelationKind.Child, son);
        await RelateAsync(son, RelationKind.Parent, mother); // the same child recorded from both sides counts once
        await RelateAsync(ward, RelationKind.Guardian, mother, legalRepresentative: true);
        await RelateAsync(mother, RelationKind.Child, null, new RelatedPerson("Līva", "Kalniņa", new DateOnly(2025, 6, 1), null));
        var loner = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1980, 1, 1), [TargetGroup.SingleParent]);

        var facts = await WithDbAsync(db => ApplicantFacts.ForClientAsync(db, mother, null, Today, CancellationToken.None));
        Assert.NotNull(facts);
        Assert.Equal(41, facts.Age);
        Assert.Equal([ApplicantRole.Parent, ApplicantRole.LegalRepresentative, ApplicantRole.Guardian], facts.Roles!.Order());
        Assert.Equal([13, 1, null], facts.ChildrenAges!);
        Assert.True(facts.ChildInBehaviourCorrectionProgramme);
        Assert.Null(facts.InBehaviourCorrectionProgramme);
        Assert.Equal(MunicipalityId, facts.DeclaredMunicipalityId);

        var single = await WithDbAsync(db => ApplicantFacts.ForClientAsync(db, loner, null, Today, CancellationToken.None));
        Assert.Equal([ApplicantRole.Parent, ApplicantRole.SingleParent], single!.Roles!.Order());
        Assert.Null(single.ChildrenAges);

        var child = await WithDbAsync(db => ApplicantFacts.ForClientAsync(db, son, true, Today, CancellationToken.None));
        Assert.True(child!.InBehaviourCorrectionProgramme);
        Assert.True(child.CustodyRightsSuspendedOrAtRisk);
        Assert.Empty(child.Roles!);
    }

    [Fact]
    public async Task Group_services_of_the_year_come_from_enrolments_and_granted_applications_without_one()
    {
        var (_, workerId) = await WorkerAsync();
        var client = await PersonAsync("Marta", "Kalniņa", workerId, new DateOnly(1985, 2, 2));
        var programme = await ServiceIdAsync("6.1.2");
        await WithDbAsync(async db =>
        {
            db.GroupEnrolments.Add(new GroupEnrolment(client, programme, null, null, new DateOnly(2026, 9, 1))); // waiting list
            var left = new GroupEnrolment(client, programme, null, null, new DateOnly(2025, 3, 1));
            left.Leave(new DateOnly(2025, 4, 1), "Atteicās");
            db.GroupEnrolments.Add(left); // left the waiting list: never had a group
            return await db.SaveChangesAsync();
        });

        var services = await WithDbAsync(db => ApplicantFacts.GroupServicesAsync(db, client, null, CancellationToken.None));

        Assert.Equal([(new DateOnly(2026, 9, 1), (DateOnly?)new DateOnly(2026, 12, 31), true)], services);
    }

    /// <summary>Every reason code the evaluator and the one-group rule give has a Latvian and an English sentence.</summary>
    [Theory]
    [InlineData("lv-LV")]
    [InlineData("en-GB")]
    public void Every_reason_code_has_a_sentence_in_both_languages(string culture)
    {
        string[] codes =
        [
            "Rule.UnknownKind", "AnyOf.OneAlternativeMet", "AnyOf.NoneMetSomeUnknown", "AnyOf.NoAlternativeMet",
            "ClientAge.BirthDateUnknown", "ClientAge.InRange", "ClientAge.OutOfRange",
            "ChildAge.HouseholdUnknown", "ChildAge.ChildInRange", "ChildAge.ChildAgeUnknown", "ChildAge.NoChildInHousehold", "ChildAge.NoChildInRange",
            "Role.Held", "Role.RolesUnknown", "Role.NotHeld",
            "BehaviourCorrection.Yes", "BehaviourCorrection.No", "BehaviourCorrection.Unknown",
            "ChildBehaviourCorrection.Yes", "ChildBehaviourCorrection.No", "ChildBehaviourCorrection.Unknown",
            "CustodyAtRisk.Yes", "CustodyAtRisk.No", "CustodyAtRisk.Unknown",
            "AdultOrphan.NotOrphan", "AdultOrphan.BirthDateUnknown", "AdultOrphan.InRange", "AdultOrphan.AgeOutOfRange",
            "Disability.NotRecorded", "Disability.Expired", "Disability.GroupMatches", "Disability.OtherGroup",
            "Residence.MunicipalityNotSet", "Residence.DeclaredResidenceUnknown", "Residence.InMunicipality", "Residence.OtherMunicipality",
            "OneGroupPerYear.AlreadyHasGroupThisYear", "OneGroupPerYear.NoGroupThisYear",
        ];
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var t = Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var text = new EligibilityText(t, new Dictionary<int, string> { [1] = "Rīga", [2] = "Jelgava" });
            foreach (var code in codes)
            {
                Assert.False(t["Eligibility." + code].ResourceNotFound, code);
                var sentence = text.Reason(code, ["21", "18", "23"]);
                Assert.DoesNotContain("Eligibility.", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
            }

            foreach (var kind in Enum.GetValues<RuleKind>())
            {
                Assert.DoesNotContain("Eligibility.", text.Label(new EligibilityRule(kind) { MinAge = 1, MunicipalityId = 2 }), StringComparison.Ordinal);
            }

            foreach (var role in Enum.GetValues<ApplicantRole>())
            {
                Assert.False(t["Eligibility.Role." + role].ResourceNotFound, role.ToString());
            }

            if (culture == "lv-LV")
            {
                Assert.Equal("Klienta vecums ir 21 gads; prasītais vecums — no 18 līdz 23 gadiem.", text.Reason("ClientAge.InRange", ["21", "18", "23"]));
                Assert.Equal("Klientam noteikta invaliditāte: II grupa, bet prasīta: I grupa vai III grupa.", text.Reason("Disability.OtherGroup", ["I, III", "II"]));
                Assert.Equal("Klienta invaliditātes termiņš beidzās 31.10.2026 (prasīta: I grupa).", text.Reason("Disability.Expired", ["I", "2026-10-31"]));
                Assert.Equal("Klienta deklarētā dzīvesvieta ir pašvaldībā „Rīga”, bet pakalpojums paredzēts pašvaldības „Jelgava” iedzīvotājiem.", text.Reason("Residence.OtherMunicipality", ["2", "1"]));
                Assert.Equal("Pēc reģistrētajām ģimenes saitēm klients nav aizbildnis vai audžuvecāks.", text.Reason("Role.NotHeld", ["Guardian, FosterParent"]));
                Assert.Equal("Klienta ģimenē ir bērns vecumā līdz 1 gadam (ieskaitot).", text.Reason("ChildAge.ChildInRange", ["", "1"]));
                Assert.Equal("Klienta vecums: vismaz 18 gadi", text.Label(EligibilityRule.ClientAge(18, null)));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
