using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Audit;

/// <summary>
/// The client's file as a PDF (/Clients/Export/{id}): a service manager, or the social worker responsible for one
/// of the client's cases, may export it; a team member, a specialist or an auditor may not (403); a client outside
/// the user's scope is not found (404). The export is audited and lists itself among the accesses.
/// </summary>
public sealed class ClientFileExportTests(WebFixture fixture) : WebTest(fixture)
{
    private const string OpeningReason = "Skolas sociālā pedagoga ziņojums par bērnu kavējumiem";

    [Fact]
    public async Task The_responsible_worker_exports_the_whole_file_in_latvian_with_every_access_including_the_export()
    {
        var seeded = await SeedAsync();
        var worker = await SignInAsync("ilze.vitola");

        var response = await worker.GetAsync(new Uri($"/Clients/Export/{seeded.ClientId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"klienta-lieta-{seeded.ClientId}-2026-11-23.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, "client-file-export.pdf"), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        // Text line by line (words on one baseline, left to right), so table rows read as they look.
        var pages = pdf.GetPages().Select(p => string.Join("\n", p.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(line => line.Key)
            .Select(line => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))).ToList();
        var text = string.Join("\n", pages);
        Assert.Contains("Klienta lieta: Žanete Ķēniņa", text, StringComparison.Ordinal);
        Assert.Contains("Personas kods: 161175-19997", text, StringComparison.Ordinal);
        Assert.Contains("Deklarētā dzīvesvieta: Šķūņu iela 7-12, Rīga, Rīgas valstspilsēta", text, StringComparison.Ordinal);
        Assert.Contains("Gunārs Bērziņš", text, StringComparison.Ordinal);
        Assert.Contains("Izbeigtās saites", text, StringComparison.Ordinal);
        Assert.Contains("Mārtiņš Ķēniņš", text, StringComparison.Ordinal);
        Assert.Contains("Izbeigta: Šķīrušies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("010180-10000", text, StringComparison.Ordinal);
        Assert.Contains("Lieta Nr. 2026/0001", text, StringComparison.Ordinal);
        Assert.Contains("Atbildīgais darbinieks: Tests ilze.vitola", text, StringComparison.Ordinal);
        Assert.Contains("02.03.2026 11:30", text, StringComparison.Ordinal);
        Assert.Contains(OpeningReason[..40], text, StringComparison.Ordinal);
        Assert.Contains("Komandā iekļauts: Tests dace.smite, loma:", text, StringComparison.Ordinal);

        // "Kas piekļuva šiem datiem": the read recorded before, and this export, with who did them.
        var accessStart = pages.FindIndex(p => p.Contains("4. Kas piekļuva šiem datiem", StringComparison.Ordinal));
        Assert.True(accessStart > 0);
        var accessLog = string.Join("\n", pages.Skip(accessStart));
        Assert.Contains("Ierakstu skaits: 3.", accessLog, StringComparison.Ordinal);
        Assert.Contains("20.11.2026 11:00 Tests karlis.ozolins Skatīja klienta datus", accessLog, StringComparison.Ordinal);
        Assert.Contains("20.11.2026 11:05 Tests karlis.ozolins Skatīja lietu 2026/0001 Pārbaude pēc", accessLog, StringComparison.Ordinal);
        Assert.Contains("23.11.2026 11:00 Tests ilze.vitola Eksportēja klienta lietu", accessLog, StringComparison.Ordinal);
        Assert.DoesNotContain("Gunārs", accessLog, StringComparison.Ordinal);

        var export = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ClientFileExport));
        Assert.Equal(seeded.ClientId, export.ClientId);
        Assert.Equal("ilze.vitola", export.ActorName);
        Assert.DoesNotContain("Ķēniņa", export.Details ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_manager_exports_any_client_of_the_organisation()
    {
        var seeded = await SeedAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "vaditaja.liepa");

        var response = await manager.GetAsync(new Uri($"/Clients/Export/{seeded.ClientId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ClientFileExport && a.ActorName == "vaditaja.liepa" && a.ClientId == seeded.ClientId)));
    }

    [Theory]
    [InlineData("dace.smite")]
    [InlineData("janis.kolega")]
    [InlineData("auditore")]
    public async Task Team_members_specialists_and_auditors_are_refused(string userName)
    {
        var seeded = await SeedAsync();
        var client = await SignInAsync(userName);

        var response = await client.GetAsync(new Uri($"/Clients/Export/{seeded.ClientId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ClientFileExport)));
    }

    [Fact]
    public async Task A_client_outside_the_workers_scope_or_missing_is_not_found()
    {
        var seeded = await SeedAsync();
        var stranger = await SignInAsync("svesa.darbiniece");
        var worker = await SignInAsync("ilze.vitola");

        var outOfScope = await stranger.GetAsync(new Uri($"/Clients/Export/{seeded.ClientId}", UriKind.Relative));
        var otherClient = await worker.GetAsync(new Uri($"/Clients/Export/{seeded.OtherClientId}", UriKind.Relative));
        var missing = await worker.GetAsync(new Uri("/Clients/Export/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ClientFileExport)));
    }

    [Fact]
    public async Task An_administrator_without_a_client_role_is_refused_by_the_folder_policy()
    {
        var seeded = await SeedAsync();
        var admin = await SignedInAsync(Roles.Administrator, "admins");

        var response = await admin.GetAsync(new Uri($"/Clients/Export/{seeded.ClientId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = TestInfrastructure.TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>
    /// Žanete Ķēniņa with one case (responsible: ilze.vitola; team: dace.smite, a specialist, and janis.kolega, a social
    /// worker), a current and an ended relation, and one earlier read by karlis.ozolins; another client of karlis.ozolins.
    /// Users: svesa.darbiniece (a social worker with no cases) and auditore (an auditor).
    /// </summary>
    private async Task<(int ClientId, int OtherClientId)> SeedAsync()
    {
        var ilze = await CreateUserAsync("ilze.vitola", Roles.SocialWorker);
        var karlis = await CreateUserAsync("karlis.ozolins", Roles.SocialWorker);
        var dace = await CreateUserAsync("dace.smite", Roles.Specialist);
        var janis = await CreateUserAsync("janis.kolega", Roles.SocialWorker);
        await CreateUserAsync("svesa.darbiniece", Roles.SocialWorker);
        await CreateUserAsync("auditore", Roles.Auditor);
        return await WithDbAsync(async db =>
        {
            var (organisationId, municipalityId) = await AuditTestData.OrganisationAsync(db);
            var client = await AuditTestData.ClientAsync(db, organisationId, municipalityId, "Žanete", "Ķēniņa", ilze.Id, "161175-19997");
            var other = await AuditTestData.ClientAsync(db, organisationId, municipalityId, "Gunārs", "Bērziņš", karlis.Id);
            var caseFile = await AuditTestData.CaseAsync(db, organisationId, client.Id, 1, OpeningReason, ilze.Id, ilze.Id);
            caseFile.AddTeamMember(dace.Id, "psiholoģe", new Actor(ilze.Id, ilze.FullName), new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));
            caseFile.AddTeamMember(janis.Id, null, new Actor(ilze.Id, ilze.FullName), new DateTimeOffset(2026, 3, 3, 9, 5, 0, TimeSpan.Zero));
            client.AddRelation(RelationKind.Parent, true, false, other.Id, null, "Palīdz ar bērnu pieskatīšanu", new DateTimeOffset(2026, 3, 1, 8, 10, 0, TimeSpan.Zero));
            client.AddRelation(RelationKind.SpousePartner, false, false, null, new RelatedPerson("Mārtiņš", "Ķēniņš", null, "010180-10000"), null, new DateTimeOffset(2026, 3, 1, 8, 11, 0, TimeSpan.Zero));
            await db.SaveChangesAsync();
            var ended = client.Relations.Single(r => r.Kind == RelationKind.SpousePartner).Id;
            client.EndRelation(ended, new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero), "Šķīrušies");
            await db.SaveChangesAsync();
            await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), "karlis.ozolins", AuditActions.ClientRead, client.Id, actorId: karlis.Id);
            await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 11, 20, 9, 5, 0, TimeSpan.Zero), "karlis.ozolins", AuditActions.CaseRead, client.Id, caseFile.Id, "Pārbaude pēc klienta lūguma", actorId: karlis.Id);
            return (client.Id, other.Id);
        });
    }
}
