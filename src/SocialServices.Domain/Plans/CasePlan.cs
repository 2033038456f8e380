using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Plans;

/// <summary>
/// The plan of a case file (sociālās rehabilitācijas plāns / pakalpojuma plāns / atbalsta plāns, 000 §4, 001):
/// problems, goals, tasks with measures, deadlines, expected results and responsible persons, planned services,
/// cooperating institutions, meeting times and the next review. A plan is never overwritten: every save adds a
/// revision (number, author, date, reason from the second on), and each revision is agreed with the client on its own.
/// One plan per case file; goals and tasks keep their <c>Key</c> from revision to revision.
/// </summary>
public sealed class CasePlan
{
    public const int MaxTextLength = 4000;
    public const int MaxShortTextLength = 500;

    private readonly List<PlanRevision> _revisions = [];

    private CasePlan()
    {
        CreatedById = string.Empty;
    }

    public CasePlan(int organisationId, int caseFileId, int clientId, PlanContent content, ReviewIntervals intervals, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        OrganisationId = organisationId;
        CaseFileId = caseFileId;
        ClientId = clientId;
        CreatedById = by.UserId;
        CreatedAt = at;
        AddRevision(content, null, intervals, by, at);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CaseFileId { get; private set; }
    public int ClientId { get; private set; }
    public string CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The number of the revision in force (the latest).</summary>
    public int CurrentRevisionNumber { get; private set; }

    /// <summary>The kind of the revision in force (kept here for lists).</summary>
    public PlanKind Kind { get; private set; }

    /// <summary>The next review of the revision in force (kept here for boards).</summary>
    public DateOnly ReviewOn { get; private set; }

    public IReadOnlyList<PlanRevision> Revisions => _revisions;

    /// <summary>The revision in force. Needs the revisions loaded.</summary>
    public PlanRevision Current => _revisions.Single(r => r.Number == CurrentRevisionNumber);

    public PlanRevision Revision(int number) =>
        _revisions.SingleOrDefault(r => r.Number == number) ?? throw new ArgumentOutOfRangeException(nameof(number), "No such revision.");

    /// <summary>Saves a new revision; the earlier ones stay as they were. A reason is required.</summary>
    public PlanRevision Revise(PlanContent content, string reason, ReviewIntervals intervals, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        var current = Current;
        if (content.RevisedOn < current.RevisedOn)
        {
            throw new ArgumentException("A revision is not dated before the revision it replaces.", nameof(content));
        }

        current.Supersede(at);
        return AddRevision(content, reason, intervals, by, at);
    }

    /// <summary>Records the client's agreement (or refusal) of the revision in force.</summary>
    public PlanAgreement RecordAgreement(DateOnly on, AgreementMethod method, string? clientComments, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        return Current.AddAgreement(on, method, clientComments, by, at);
    }

    private PlanRevision AddRevision(PlanContent content, string? reason, ReviewIntervals intervals, Actor by, DateTimeOffset at)
    {
        var number = _revisions.Count == 0 ? 1 : _revisions.Max(r => r.Number) + 1;
        var revision = new PlanRevision(number, content, reason, intervals, by, at);
        _revisions.Add(revision);
        CurrentRevisionNumber = number;
        Kind = revision.Kind;
        ReviewOn = revision.ReviewOn;
        return revision;
    }

    internal static string Required(string? text, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Required.", name);
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : throw new ArgumentException("Too long.", name);
    }

    internal static string? Optional(string? text, string name, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : Required(text, name, max);

    internal static List<string> Items(IReadOnlyList<string>? items, string name) =>
        (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => Required(i, name, MaxShortTextLength)).ToList();
}
