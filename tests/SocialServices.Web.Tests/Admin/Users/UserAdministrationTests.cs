using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Auditing;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Admin.Users;

public sealed class UserAdministrationTests(WebFixture fixture) : WebTest(fixture)
{
    private static List<KeyValuePair<string, string>> NewUserForm(string userName, string fullName, string password, params string[] roles)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.UserName", userName),
            new("Input.FullName", fullName),
            new("Input.Email", userName + "@iestade.lv"),
            new("Input.Password", password),
            new("Input.ConfirmPassword", password),
        };
        form.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return form;
    }

    private static async Task<HttpResponseMessage> CreateThroughPageAsync(HttpClient admin, List<KeyValuePair<string, string>> form) =>
        await PostPairsAsync(admin, "/Admin/Users/Create", form, null, await GetDocumentAsync(admin, "/Admin/Users/Create"));

    [Fact]
    public async Task An_administrator_creates_a_user_with_roles_and_the_user_can_sign_in()
    {
        var admin = await SignedInAsync(Roles.Administrator, "anna.admin");

        var response = await CreateThroughPageAsync(admin, NewUserForm("liga.kalna", "Līga Kalna", "Jauna-Parole-2026", Roles.SocialWorker, Roles.Specialist));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await GetDocumentAsync(admin, "/Admin/Users");
        var row = list.QuerySelector("tr[data-user='liga.kalna']")!;
        Assert.Contains("Līga Kalna", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sociālais darbinieks", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Speciālists", row.TextContent, StringComparison.Ordinal);
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.UserCreate));
        Assert.Equal("anna.admin", entry.ActorName);
        Assert.Contains("SocialWorker", entry.Details, StringComparison.Ordinal);

        var newUser = NewClient();
        var signIn = await PostFormAsync(newUser, "/Account/Login", new() { ["Input.UserName"] = "liga.kalna", ["Input.Password"] = "Jauna-Parole-2026" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_each_field_and_nothing_is_saved()
    {
        var admin = await SignedInAsync(Roles.Administrator);

        var response = await CreateThroughPageAsync(admin, NewUserForm("X Y", string.Empty, "short", []));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("mazajiem latīņu burtiem", FieldError(page, "Input.UserName"), StringComparison.Ordinal);
        Assert.Equal("Ievadiet vārdu un uzvārdu.", FieldError(page, "Input.FullName"));
        Assert.Equal("Izvēlieties vismaz vienu lomu.", FieldError(page, "Input.Roles"));
        Assert.Equal("X Y", page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Equal(1, await WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_weak_password_and_a_taken_user_name_get_Latvian_messages_at_their_fields()
    {
        var admin = await SignedInAsync(Roles.Administrator);
        await CreateUserAsync("taken.name", Roles.Auditor);

        var weak = await ParseAsync(await CreateThroughPageAsync(admin, NewUserForm("jauns.lietotajs", "Jauns Lietotājs", "vajadzigs12345", Roles.Auditor)));
        Assert.Contains("lielajam burtam", FieldError(weak, "Input.Password"), StringComparison.Ordinal);

        var taken = await ParseAsync(await CreateThroughPageAsync(admin, NewUserForm("taken.name", "Otrs Lietotājs", "Laba-Parole-2026", Roles.Auditor)));
        Assert.Contains("jau ir aizņemts", FieldError(taken, "Input.UserName"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_changes_name_and_roles_and_leaves_an_audit_trail()
    {
        var admin = await SignedInAsync(Roles.Administrator);
        var user = await CreateUserAsync("maris.test", Roles.SocialWorker);
        var edit = await GetDocumentAsync(admin, "/Admin/Users/Edit/" + user.Id);
        var stamp = edit.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        var response = await PostPairsAsync(admin, "/Admin/Users/Edit/" + user.Id,
        [
            new("Input.Id", user.Id), new("Input.ConcurrencyStamp", stamp), new("Input.FullName", "Māris Ozols"),
            new("Input.Email", "maris@iestade.lv"), new("Input.Roles", Roles.ServiceManager),
        ], null, edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal("Māris Ozols", stored.FullName);
        var roles = await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(stored));
        Assert.Equal([Roles.ServiceManager], roles);
        var actions = await WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.UserUpdate, actions);
        Assert.Contains(AuditActions.UserRolesChange, actions);
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_and_the_typed_values_are_kept()
    {
        var admin = await SignedInAsync(Roles.Administrator);
        var user = await CreateUserAsync("concurrent.test", Roles.SocialWorker);
        var edit = await GetDocumentAsync(admin, "/Admin/Users/Edit/" + user.Id);
        var staleStamp = edit.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        // Someone else saves first.
        await InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var other = await users.FindByIdAsync(user.Id);
            other!.FullName = "Cita Vērtība";
            return await users.UpdateAsync(other);
        });

        var response = await PostPairsAsync(admin, "/Admin/Users/Edit/" + user.Id,
        [
            new("Input.Id", user.Id), new("Input.ConcurrencyStamp", staleStamp), new("Input.FullName", "Mana Vērtība"),
            new("Input.Email", string.Empty), new("Input.Roles", Roles.SocialWorker),
        ], null, edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Cita Vērtība", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mana Vērtība", page.QuerySelector("#Input_FullName")!.GetAttribute("value"));
        Assert.Equal("Cita Vērtība", (await WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id))).FullName);

        // Saving again, having seen the other change, is a deliberate overwrite.
        var freshStamp = page.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;
        var again = await PostPairsAsync(admin, "/Admin/Users/Edit/" + user.Id,
        [
            new("Input.Id", user.Id), new("Input.ConcurrencyStamp", freshStamp), new("Input.FullName", "Mana Vērtība"),
            new("Input.Email", string.Empty), new("Input.Roles", Roles.SocialWorker),
        ], null, page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Mana Vērtība", (await WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id))).FullName);
    }

    [Fact]
    public async Task Deactivation_blocks_sign_in_keeps_the_user_and_reactivation_restores_it()
    {
        var admin = await SignedInAsync(Roles.Administrator);
        var user = await CreateUserAsync("leaving.worker", Roles.SocialWorker);
        var edit = await GetDocumentAsync(admin, "/Admin/Users/Edit/" + user.Id);
        var stamp = edit.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        var response = await PostPairsAsync(admin, "/Admin/Users/Edit/" + user.Id, [new("Input.Id", user.Id), new("Input.ConcurrencyStamp", stamp)], "Deactivate", edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.False(stored.IsActive);
        Assert.Equal(AppFactory.DefaultNow, stored.DeactivatedAt);
        var refused = await PostFormAsync(NewClient(), "/Account/Login", new() { ["Input.UserName"] = "leaving.worker", ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var inactive = await GetDocumentAsync(admin, "/Admin/Users?status=inactive");
        Assert.NotNull(inactive.QuerySelector("tr[data-user='leaving.worker']"));

        var edit2 = await GetDocumentAsync(admin, "/Admin/Users/Edit/" + user.Id);
        var stamp2 = edit2.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;
        await PostPairsAsync(admin, "/Admin/Users/Edit/" + user.Id, [new("Input.Id", user.Id), new("Input.ConcurrencyStamp", stamp2)], "Reactivate", edit2);
        var allowed = await PostFormAsync(NewClient(), "/Account/Login", new() { ["Input.UserName"] = "leaving.worker", ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var actions = await WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.UserDeactivate, actions);
        Assert.Contains(AuditActions.UserReactivate, actions);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        var admin = await SignedInAsync(Roles.Administrator, "only.admin");
        var self = await WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "only.admin"));
        var edit = await GetDocumentAsync(admin, "/Admin/Users/Edit/" + self.Id);
        var stamp = edit.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        var response = await PostPairsAsync(admin, "/Admin/Users/Edit/" + self.Id, [new("Input.Id", self.Id), new("Input.ConcurrencyStamp", stamp)], "Deactivate", edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nevar deaktivizēt savu kontu", (await ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.True((await WithDbAsync(db => db.Users.SingleAsync(u => u.Id == self.Id))).IsActive);
    }

    [Fact]
    public async Task A_password_reset_sets_the_new_password_and_lifts_a_lockout()
    {
        var admin = await SignedInAsync(Roles.Administrator);
        var user = await CreateUserAsync("forgetful.user", Roles.Specialist);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "forgetful.user", ["Input.Password"] = "wrong-" + i });
        }

        var response = await PostFormAsync(admin, "/Admin/Users/ResetPassword/" + user.Id, new()
        {
            ["Input.Id"] = user.Id, ["Input.NewPassword"] = "Atjaunota-Parole-7", ["Input.ConfirmPassword"] = "Atjaunota-Parole-7",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = await PostFormAsync(NewClient(), "/Account/Login", new() { ["Input.UserName"] = "forgetful.user", ["Input.Password"] = "Atjaunota-Parole-7" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.UserPasswordReset && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task The_user_list_PDF_lists_every_user_with_roles_and_status_and_is_audited()
    {
        var admin = await SignedInAsync(Roles.Administrator, "anna.admin");
        await TestUsers.CreateAsync(Factory.Services, "zane.test", "Zane Šķēle", Roles.SocialWorker);
        await TestUsers.CreateAsync(Factory.Services, "gatis.test", "Gatis Ēriks", Roles.Auditor, Roles.ServiceManager);

        var response = await admin.GetAsync(new Uri("/Admin/Users/Export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Zane", text, StringComparison.Ordinal);
        Assert.Contains("Šķēle", text, StringComparison.Ordinal);
        Assert.Contains("Ēriks", text, StringComparison.Ordinal);
        Assert.Contains("Auditors", text, StringComparison.Ordinal);
        Assert.Contains("Vadītājs", text, StringComparison.Ordinal);
        Assert.Contains("Lietotāji", text, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.UserListExport && a.ActorName == "anna.admin")));
    }
}
