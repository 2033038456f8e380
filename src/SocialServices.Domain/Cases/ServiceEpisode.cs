namespace SocialServices.Domain.Cases;

/// <summary>
/// A period in which a client receives a (non-group) service, in a case file: started by a granted application
/// (or recorded directly), ended with a reason. Never deleted.
/// </summary>
public sealed class ServiceEpisode
{
    private ServiceEpisode()
    {
        Provider = string.Empty;
    }

    public ServiceEpisode(int caseFileId, int clientId, int serviceId, int? applicationId, DateOnly startOn, DateOnly? plannedEnd, string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        if (plannedEnd is { } end && end < startOn)
        {
            throw new ArgumentException("The planned end is before the start.", nameof(plannedEnd));
        }

        CaseFileId = caseFileId;
        ClientId = clientId;
        ServiceId = serviceId;
        ApplicationId = applicationId;
        StartOn = startOn;
        PlannedEnd = plannedEnd;
        Provider = provider.Trim();
    }

    public int Id { get; private set; }
    public int CaseFileId { get; private set; }
    public int ClientId { get; private set; }
    public int ServiceId { get; private set; }
    public int? ApplicationId { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly? PlannedEnd { get; private set; }
    public string Provider { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public bool IsActive => EndedOn is null;

    /// <summary>The unit a community-based service is measured in (issue 8); null for services not counted in units.</summary>
    public Community.ServiceUnit? Unit { get; private set; }

    public void MeasureIn(Community.ServiceUnit? unit) => Unit = unit;

    public void End(DateOnly on, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (EndedOn is not null)
        {
            throw new InvalidOperationException("The service has already ended.");
        }

        EndedOn = on < StartOn ? StartOn : on;
        EndReason = reason.Trim();
    }
}
