using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Applications;

/// <summary>
/// An application for a social service (iesniegums, 002 §10.1): who applied for which service, how and when, the
/// documents received, the decision deadline (one calendar month after the documents are complete, extendable),
/// and the decisions taken. Decisions are never edited: a later decision revokes an earlier one. Nothing is deleted.
/// </summary>
public sealed class ServiceApplication
{
    public const int MaxTextLength = 4000;

    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<ApplicationExtension> _extensions = [];
    private readonly List<ApplicationDecision> _decisions = [];
    private List<string> _requiredDocuments = [];

    private ServiceApplication()
    {
        Number = string.Empty;
        RecordedById = string.Empty;
    }

    public ServiceApplication(
        int organisationId,
        int clientId,
        int serviceId,
        string number,
        ApplicationDetails details,
        IEnumerable<string> requiredDocuments,
        Actor by,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(requiredDocuments);
        ArgumentNullException.ThrowIfNull(by);
        if (details.ApplicantKind == ApplicantKind.LegalRepresentative && string.IsNullOrWhiteSpace(details.ApplicantName))
        {
            throw new ArgumentException("A legal representative is named.", nameof(details));
        }

        OrganisationId = organisationId;
        ClientId = clientId;
        ServiceId = serviceId;
        Number = number;
        SubmittedOn = details.SubmittedOn;
        Channel = details.Channel;
        ApplicantKind = details.ApplicantKind;
        ApplicantName = details.ApplicantKind == ApplicantKind.LegalRepresentative ? details.ApplicantName!.Trim() : null;
        ApplicantRelationId = details.ApplicantKind == ApplicantKind.LegalRepresentative ? details.ApplicantRelationId : null;
        CaseFileId = details.CaseFileId;
        ResponsibleWorkerId = details.ResponsibleWorkerId;
        CustodyRightsAtRisk = details.CustodyRightsAtRisk;
        Notes = Clean(details.Notes);
        _requiredDocuments = requiredDocuments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        RecordedById = by.UserId;
        RecordedAt = at;
        UpdateCompleteness();
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ClientId { get; private set; }
    public int ServiceId { get; private set; }

    /// <summary>"IES-2026/0007": per organisation and year.</summary>
    public string Number { get; private set; }

    public DateOnly SubmittedOn { get; private set; }
    public ApplicationChannel Channel { get; private set; }
    public ApplicantKind ApplicantKind { get; private set; }

    /// <summary>The legal representative's name when they applied; null when the client applied.</summary>
    public string? ApplicantName { get; private set; }

    /// <summary>The client's relation that is the representative, when recorded.</summary>
    public int? ApplicantRelationId { get; private set; }

    /// <summary>The case file the application belongs to, when there is one.</summary>
    public int? CaseFileId { get; private set; }

    /// <summary>The social worker who handles the application (overdue applications show on their board).</summary>
    public string? ResponsibleWorkerId { get; private set; }

    /// <summary>Programme 6.1.1's condition, as the worker recorded it; null = not known.</summary>
    public bool? CustodyRightsAtRisk { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The documents this application needs (copied from the service when recorded).</summary>
    public IReadOnlyList<string> RequiredDocuments => _requiredDocuments;

    /// <summary>The day the application and all required documents were in; null while some are missing.</summary>
    public DateOnly? DocumentsCompleteOn { get; private set; }

    /// <summary>The deadline in force (the original or the last extension); null while documents are missing.</summary>
    public DateOnly? DecisionDue { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>When the status last changed to <see cref="ApplicationStatus.Queued"/> (queue order).</summary>
    public DateOnly? QueuedOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public ServiceContract? Contract { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<ApplicationDocument> Documents => _documents;
    public IReadOnlyList<ApplicationExtension> Extensions => _extensions;
    public IReadOnlyList<ApplicationDecision> Decisions => _decisions;

    /// <summary>Awaiting documents or a decision: the application is on the deadline board.</summary>
    public bool IsUndecided => Status is ApplicationStatus.AwaitingDocuments or ApplicationStatus.AwaitingDecision;

    /// <summary>Can still be decided: undecided or queued.</summary>
    public bool IsOpen => IsUndecided || Status == ApplicationStatus.Queued;

    /// <summary>
    /// The decision in force: the latest decision, unless it is a revocation or was revoked, or the application was
    /// withdrawn since. A decision taken from the queue replaces the queue decision, so that one never comes back.
    /// </summary>
    public ApplicationDecision? DecisionInForce =>
        Status != ApplicationStatus.Withdrawn && InOrder(_decisions, d => d.Id).LastOrDefault() is { Kind: not DecisionKind.Revoke, IsRevoked: false } latest
            ? latest
            : null;

    /// <summary>Required documents not yet received (matched by name, ignoring case).</summary>
    public IReadOnlyList<string> MissingDocuments =>
        _requiredDocuments.Where(r => !_documents.Any(d => string.Equals(d.Name, r, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The deadline with its extensions; null while documents are missing.</summary>
    public DecisionDeadline? Deadline =>
        DocumentsCompleteOn is { } complete ? DecisionDeadline.Restore(complete, InOrder(_extensions, e => e.Id).Select(e => (e.NewDeadline, e.Reason))) : null;

    public ApplicationDocument AddDocument(string name, DateOnly receivedOn, StoredFileInfo? file, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(by);
        if (receivedOn < SubmittedOn.AddYears(-1))
        {
            throw new ArgumentException("The document was received long before the application.", nameof(receivedOn));
        }

        var document = new ApplicationDocument(name.Trim(), receivedOn, file, by.UserId, at);
        _documents.Add(document);
        if (IsUndecided)
        {
            UpdateCompleteness();
        }
        else if (Status == ApplicationStatus.Queued)
        {
            // Queued while documents were missing: once they are in, the application can be granted from the queue.
            DocumentsCompleteOn = CompletedOn();
        }

        return document;
    }

    /// <summary>Records a longer deadline (up to four months after the documents were complete) and when the applicant was told.</summary>
    public IReadOnlyList<DeadlineExtensionError> Extend(DateOnly newDeadline, string reason, DateOnly applicantInformedOn, NotificationChannel informedBy, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != ApplicationStatus.AwaitingDecision || Deadline is not { } deadline)
        {
            throw new InvalidOperationException("Only an application awaiting a decision has a deadline to extend.");
        }

        var errors = deadline.ValidateExtension(newDeadline, reason);
        if (errors.Count > 0)
        {
            return errors;
        }

        _extensions.Add(new ApplicationExtension(deadline.Current, newDeadline, reason.Trim(), applicantInformedOn, informedBy, by.UserId, at));
        DecisionDue = newDeadline;
        return [];
    }

    /// <summary>Why a decision of <paramref name="kind"/> cannot be taken now; empty when it can.</summary>
    public IReadOnlyList<DecisionError> CanDecide(DecisionKind kind, DateOnly decidedOn, string? reasons)
    {
        var errors = new List<DecisionError>();
        if (kind == DecisionKind.Revoke)
        {
            if (DecisionInForce is null)
            {
                errors.Add(DecisionError.NothingToRevoke);
            }
        }
        else if (!IsOpen)
        {
            errors.Add(DecisionError.AlreadyDecided);
        }
        else if (kind == DecisionKind.Queue && Status == ApplicationStatus.Queued)
        {
            errors.Add(DecisionError.AlreadyQueued);
        }

        if (kind == DecisionKind.Grant && DocumentsCompleteOn is null)
        {
            errors.Add(DecisionError.DocumentsMissing);
        }

        if (kind is DecisionKind.Refuse or DecisionKind.Revoke && string.IsNullOrWhiteSpace(reasons))
        {
            errors.Add(DecisionError.ReasonRequired);
        }

        if (decidedOn < SubmittedOn)
        {
            errors.Add(DecisionError.BeforeSubmission);
        }

        return errors;
    }

    /// <summary>Takes a decision. Call <see cref="CanDecide"/> first to show errors; this refuses an invalid one with an exception.</summary>
    public ApplicationDecision Decide(DecisionKind kind, DateOnly decidedOn, string legalBasis, string? reasons, int? queuePosition, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(legalBasis);
        ArgumentNullException.ThrowIfNull(by);
        var errors = CanDecide(kind, decidedOn, reasons);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The decision cannot be taken: {string.Join(", ", errors)}.");
        }

        var number = $"{Number}-{_decisions.Count + 1}";
        var decision = new ApplicationDecision(number, kind, decidedOn, legalBasis.Trim(), Clean(reasons), kind == DecisionKind.Queue ? queuePosition : null, by, at);
        if (kind == DecisionKind.Revoke)
        {
            DecisionInForce!.MarkRevoked();
            QueuedOn = null;
            Contract = null;
            Status = ApplicationStatus.AwaitingDocuments;
            UpdateCompleteness();
        }
        else
        {
            // A decision taken from the queue replaces the queue decision, which stays in the history.
            Status = kind switch
            {
                DecisionKind.Grant => ApplicationStatus.Granted,
                DecisionKind.Refuse => ApplicationStatus.Refused,
                _ => ApplicationStatus.Queued,
            };
            QueuedOn = kind == DecisionKind.Queue ? decidedOn : null;
        }

        _decisions.Add(decision);
        return decision;
    }

    public void RecordNotification(int decisionId, DateOnly on, NotificationChannel channel)
    {
        var decision = _decisions.SingleOrDefault(d => d.Id == decisionId) ?? throw new InvalidOperationException("No such decision.");
        decision.RecordNotification(on, channel);
    }

    public void AttachContract(ServiceContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentException.ThrowIfNullOrWhiteSpace(contract.Number);
        ArgumentException.ThrowIfNullOrWhiteSpace(contract.Provider);
        if (Status != ApplicationStatus.Granted)
        {
            throw new InvalidOperationException("A contract is attached to a granted application.");
        }

        if (contract.To is { } to && to < contract.From)
        {
            throw new ArgumentException("The contract period ends before it starts.", nameof(contract));
        }

        Contract = contract with { Number = contract.Number.Trim(), Provider = contract.Provider.Trim() };
    }

    public void Withdraw(DateOnly on, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!IsOpen)
        {
            throw new InvalidOperationException("Only an open application can be withdrawn.");
        }

        Status = ApplicationStatus.Withdrawn;
        WithdrawnOn = on;
        WithdrawalReason = reason.Trim();
        QueuedOn = null;
    }

    public void LinkCase(int caseFileId) => CaseFileId = caseFileId;

    /// <summary>Stored rows by id (the database returns them in no set order), then new ones in the order added.</summary>
    private static IEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, int> id) => items.OrderBy(i => id(i) == 0).ThenBy(id);

    private void UpdateCompleteness()
    {
        DocumentsCompleteOn = CompletedOn();
        if (DocumentsCompleteOn is null)
        {
            DecisionDue = null;
            Status = ApplicationStatus.AwaitingDocuments;
            return;
        }

        DecisionDue = Deadline!.Current;
        Status = ApplicationStatus.AwaitingDecision;
    }

    /// <summary>
    /// The day the last required document first arrived (a later copy of a document already in changes nothing), never
    /// before the application itself; null while some are missing.
    /// </summary>
    private DateOnly? CompletedOn()
    {
        if (MissingDocuments.Count > 0)
        {
            return null;
        }

        var last = _requiredDocuments
            .Select(r => _documents.Where(d => string.Equals(d.Name, r, StringComparison.OrdinalIgnoreCase)).Min(d => d.ReceivedOn))
            .DefaultIfEmpty(SubmittedOn)
            .Max();
        return last > SubmittedOn ? last : SubmittedOn;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the application form sets.</summary>
public sealed record ApplicationDetails(
    DateOnly SubmittedOn,
    ApplicationChannel Channel,
    ApplicantKind ApplicantKind,
    string? ApplicantName,
    int? ApplicantRelationId,
    int? CaseFileId,
    string? ResponsibleWorkerId,
    bool? CustodyRightsAtRisk,
    string? Notes);

/// <summary>Why a decision cannot be taken.</summary>
public enum DecisionError
{
    AlreadyDecided = 1,
    AlreadyQueued = 2,
    NothingToRevoke = 3,
    DocumentsMissing = 4,
    ReasonRequired = 5,
    BeforeSubmission = 6,
}
