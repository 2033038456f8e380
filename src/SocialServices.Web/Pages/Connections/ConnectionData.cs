using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Common;
using SocialServices.Domain.Connections;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Diagrams;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Clients;

namespace SocialServices.Web.Pages.Connections;

/// <summary>The client whose connections a page shows, read within the user's scope.</summary>
public sealed record ConnectionClient(int Id, string FullName, bool IsArchived, ClientAccess Access)
{
    /// <summary>Connections are added, changed and ended by editors of a client who is not archived.</summary>
    public bool CanChange => Access == ClientAccess.Edit && !IsArchived;
}

/// <summary>A recorded outside connection as the pages list it.</summary>
public sealed record ConnectionRow(
    int Id,
    ConnectionKind Kind,
    string Name,
    ConnectionStrength Strength,
    SupportDirection Direction,
    string? Notes,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string? EndReason,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateTimeOffset? ChangedAt,
    string? ChangedBy)
{
    public EcomapItem ToItem() => new(Id.ToString(CultureInfo.InvariantCulture), Kind, Name, Strength, Direction);
}

/// <summary>The client's family as the genogram needs it: the client, the relatives (either side's records), the parent links among them.</summary>
public sealed record Family(GenogramPerson Index, IReadOnlyList<GenogramRelative> Relatives, IReadOnlyList<GenogramParentLink> Links)
{
    public GenogramInput Input => new(Index, Relatives, Links);
}

/// <summary>The form fields of a connection (add and edit share them).</summary>
public abstract record ConnectionFields
{
    public ConnectionKind? Kind { get; init; }
    public string? Name { get; init; }
    public ConnectionStrength? Strength { get; init; }
    public SupportDirection? Direction { get; init; }
    public DateOnly? StartedOn { get; init; }
    public string? Notes { get; init; }

    public ConnectionDetails ToDetails() => new(Kind!.Value, Name!.Trim(), Strength!.Value, Direction!.Value, Notes, StartedOn);
}

public sealed class ConnectionFieldsValidator : AbstractValidator<ConnectionFields>
{
    public ConnectionFieldsValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = LatvianTime.Today(clock);
        RuleFor(c => c.Kind).NotNull().WithMessage(t["Connections.KindRequired"]).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.Name!).NotEmpty().WithMessage(t["Connections.NameRequired"]).SingleLine(t, OutsideConnection.NameMaxLength);
        RuleFor(c => c.Strength).NotNull().WithMessage(t["Connections.StrengthRequired"]).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.Direction).NotNull().WithMessage(t["Connections.DirectionRequired"]).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.StartedOn).Must(d => d is null || (d <= today && d >= new DateOnly(1900, 1, 1))).WithMessage(t["Connections.StartedOnOutOfRange"]);
        RuleFor(c => c.Notes).MultiLine(t, OutsideConnection.NotesMaxLength);
    }
}

/// <summary>Queries and the timeline text shared by the connection pages and the case page's section; each starts from <see cref="AccessScope"/>.</summary>
public static class ConnectionData
{
    public static async Task<ConnectionClient?> ClientAsync(AccessScope scope, ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var row = await scope.Clients(user).AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.IsArchived })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new ConnectionClient(row.Id, row.FirstName + " " + row.LastName, row.IsArchived, await scope.AccessToAsync(user, clientId, ct));
    }

    /// <summary>The client of a connection, when the connection exists and its client is in the user's scope.</summary>
    public static async Task<(ConnectionClient Client, ConnectionRow Connection, uint Version)?> ConnectionAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var clientId = await db.OutsideConnections.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.ClientId).FirstOrDefaultAsync(ct);
        var client = clientId is null ? null : await ClientAsync(scope, user, clientId.Value, ct);
        if (client is null)
        {
            return null;
        }

        var row = await Rows(db.OutsideConnections.AsNoTracking().Where(c => c.Id == id)).SingleAsync(ct);
        var version = await db.OutsideConnections.AsNoTracking().Where(c => c.Id == id).Select(c => EF.Property<uint>(c, "Version")).SingleAsync(ct);
        return (client, row, version);
    }

    /// <summary>All the client's connections, current and ended: by kind, then name.</summary>
    public static async Task<List<ConnectionRow>> ConnectionsAsync(AppDbContext db, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await Rows(db.OutsideConnections.AsNoTracking().Where(c => c.ClientId == clientId)).ToListAsync(ct);
        return rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, Cultures.LatvianComparer).ThenBy(r => r.Id).ToList();
    }

    private static IQueryable<ConnectionRow> Rows(IQueryable<OutsideConnection> query) =>
        query.Select(c => new ConnectionRow(c.Id, c.Kind, c.Name, c.Strength, c.Direction, c.Notes, c.StartedOn, c.EndedOn, c.EndReason,
            c.CreatedAt, c.CreatedByName, c.ChangedAt, c.ChangedByName));

    /// <summary>
    /// The client's family: the client's own relations (to clients and to persons recorded only there), the relations of
    /// clients in the user's scope that name this client (read the other way round), and who is whose parent among them.
    /// </summary>
    public static async Task<Family> FamilyAsync(AppDbContext db, AccessScope scope, ClaimsPrincipal user, int clientId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var index = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Gender, c.BirthDate })
            .SingleAsync(ct);

        var own = await db.ClientRelations.AsNoTracking()
            .Where(r => r.ClientId == clientId)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .LeftJoin(db.Clients, r => r.RelatedClientId, c => (int?)c.Id, (r, c) => new
            {
                r.Id,
                r.Kind,
                r.IsLegalRepresentative,
                r.LivesInHousehold,
                r.RelatedClientId,
                r.Person,
                r.EndedAt,
                Related = c == null ? null : new { c.FirstName, c.LastName, c.Gender, c.BirthDate },
            })
            .ToListAsync(ct);

        var reverse = await scope.Clients(user).AsNoTracking()
            .SelectMany(c => c.Relations.Where(r => r.RelatedClientId == clientId), (c, r) => new { c.Id, c.FirstName, c.LastName, c.Gender, c.BirthDate, r.Kind, r.LivesInHousehold, r.EndedAt, r.CreatedAt })
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(ct);

        var relatives = new List<GenogramRelative>();
        foreach (var r in own)
        {
            GenogramPerson person;
            if (r.RelatedClientId is { } relatedId && r.Related is { } related)
            {
                person = Person("c" + relatedId.ToString(CultureInfo.InvariantCulture), related.FirstName + " " + related.LastName, related.Gender, related.BirthDate, today);
            }
            else if (r.Person is { } p)
            {
                person = Person("p" + r.Id.ToString(CultureInfo.InvariantCulture), p.FirstName + " " + p.LastName, null, p.BirthDate, today);
            }
            else
            {
                continue;
            }

            relatives.Add(new GenogramRelative(person, Genogram.TieOf(r.Kind), r.LivesInHousehold, r.IsLegalRepresentative, r.EndedAt is not null));
        }

        foreach (var r in reverse)
        {
            var person = Person("c" + r.Id.ToString(CultureInfo.InvariantCulture), r.FirstName + " " + r.LastName, r.Gender, r.BirthDate, today);
            relatives.Add(new GenogramRelative(person, Genogram.InverseTieOf(r.Kind), r.LivesInHousehold, false, r.EndedAt is not null));
        }

        // Whose child is whose among the relatives who are clients (e.g. a child whose other parent is a former partner).
        var memberIds = own.Where(r => r.RelatedClientId is not null).Select(r => r.RelatedClientId!.Value).Concat(reverse.Select(r => r.Id)).Distinct().ToList();
        var links = memberIds.Count < 2
            ? []
            : await db.ClientRelations.AsNoTracking()
                .Where(r => memberIds.Contains(r.ClientId) && r.RelatedClientId != null && memberIds.Contains(r.RelatedClientId.Value) && r.EndedAt == null
                            && (r.Kind == RelationKind.Parent || r.Kind == RelationKind.Child))
                .Select(r => new { r.ClientId, RelatedClientId = r.RelatedClientId!.Value, r.Kind })
                .ToListAsync(ct);
        var parentLinks = links.Select(l => l.Kind == RelationKind.Parent
                ? new GenogramParentLink(Key(l.RelatedClientId), Key(l.ClientId))
                : new GenogramParentLink(Key(l.ClientId), Key(l.RelatedClientId)))
            .Distinct()
            .ToList();

        var indexPerson = Person("c" + index.Id.ToString(CultureInfo.InvariantCulture), index.FirstName + " " + index.LastName, index.Gender, index.BirthDate, today);
        return new Family(indexPerson, relatives, parentLinks);
    }

    private static string Key(int clientId) => "c" + clientId.ToString(CultureInfo.InvariantCulture);

    private static GenogramPerson Person(string key, string name, Gender? gender, DateOnly? birthDate, DateOnly today) =>
        new(key, name, gender, birthDate?.Year, Age.On(birthDate, today));

    /// <summary>Who lives in the client's household (the client first), for the centre of the ecomap.</summary>
    public static IReadOnlyList<EcomapHouseholdMember> Household(GenogramLayout genogram)
    {
        ArgumentNullException.ThrowIfNull(genogram);
        return genogram.Nodes.Where(n => n.InHousehold && !n.Ended)
            .OrderByDescending(n => n.IsIndex).ThenBy(n => n.Generation).ThenBy(n => n.Centre.X)
            .Select(n => new EcomapHouseholdMember(n.Person.Name, n.Person.Gender, n.IsIndex))
            .ToList();
    }

    /// <summary>
    /// Puts the change into the timeline of the client's open cases (texts in the timeline are stored in Latvian, whatever
    /// the language of the person who made the change).
    /// </summary>
    public static async Task RecordOnOpenCasesAsync(AppDbContext db, int clientId, Func<string> text, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        var cases = await db.CaseFiles.Where(f => f.ClientId == clientId && f.Status == CaseStatus.Open && !f.IsArchived).ToListAsync(ct);
        if (cases.Count == 0)
        {
            return;
        }

        var latvian = InLatvian(text);
        foreach (var caseFile in cases)
        {
            caseFile.RecordServiceEvent(CaseEventKind.ConnectionRecorded, latvian, by, at);
        }
    }

    /// <summary>The timeline's text of a connection: "Skola: Jelgavas 4. sākumskola; saikne stipra, sniedz atbalstu klientam".</summary>
    public static string Summary(IStringLocalizer t, ConnectionKind kind, string name, ConnectionStrength strength, SupportDirection direction)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["Connections.Timeline.Summary", t["Connections.Kind." + kind], name, Lower(t["Connections.Strength." + strength]), Lower(t["Connections.Direction." + direction])];
    }

    public static string Lower(string text) => text.ToLower(CultureInfo.CurrentCulture);

    private static string InLatvian(Func<string> text)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = Cultures.LatvianCulture;
            CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
            return text();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    public static string Date(DateOnly? date) => ClientText.Date(date);
}
