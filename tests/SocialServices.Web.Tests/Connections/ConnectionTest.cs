using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Clients;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Connections;

/// <summary>Helpers of the genogram and ecomap tests: clients with a gender and a birth date, family links, connection forms.</summary>
public abstract class ConnectionTest(WebFixture fixture) : CaseTest(fixture)
{
    protected async Task<int> PersonAsync(string firstName, string lastName, Gender? gender, DateOnly? birthDate, string registeredById) =>
        await WithDbAsync(async db =>
        {
            var client = new Client(OrganisationId, new ClientDetails(null, firstName, lastName, birthDate, gender, null, null, null, null, "lv", null, null, null, [], null),
                registeredById, AppFactory.DefaultNow.AddDays(-30));
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

    /// <summary>Links a relative to a client (another client or a person recorded only there), as the client page would.</summary>
    protected async Task<int> RelateAsync(int clientId, RelationKind kind, int? relatedClientId = null, RelatedPerson? person = null, bool household = false, bool legal = false, bool ended = false) =>
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.Include(c => c.Relations).SingleAsync(c => c.Id == clientId);
            var relation = client.AddRelation(kind, legal, household, relatedClientId, person, null, AppFactory.DefaultNow.AddDays(-20));
            await db.SaveChangesAsync();
            if (ended)
            {
                client.EndRelation(relation.Id, AppFactory.DefaultNow.AddDays(-5), "Šķīrās");
                await db.SaveChangesAsync();
            }

            return relation.Id;
        });

    protected static Task<HttpResponseMessage> AddConnectionAsync(HttpClient client, int clientId, string kind, string name, string strength, string direction, string? since = null, string? notes = null) =>
        PostAsync(client, "/Connections/Add/" + clientId, Fields(
            ("Input.Kind", kind), ("Input.Name", name), ("Input.Strength", strength), ("Input.Direction", direction),
            ("Input.StartedOn", since ?? string.Empty), ("Input.Notes", notes ?? string.Empty)));

    protected async Task<int> ConnectionIdAsync(string name) =>
        await WithDbAsync(db => db.OutsideConnections.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    protected static Task<IHtmlDocument> DiagramsAsync(HttpClient client, int clientId) => GetDocumentAsync(client, "/Connections/Client/" + clientId);

    protected static IReadOnlyList<IElement> All(IParentNode document, string selector) => document.QuerySelectorAll(selector).ToList();

    protected static string Classes(IElement element) => element.GetAttribute("class") ?? string.Empty;
}
