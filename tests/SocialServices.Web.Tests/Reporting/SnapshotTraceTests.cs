using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Reporting;

namespace SocialServices.Web.Tests.Reporting;

/// <summary>A final report's snapshot stores the records behind each figure compactly (ids per kind) and still reads older snapshots.</summary>
public sealed class SnapshotTraceTests
{
    private static AnnualFigures Figures(IReadOnlyDictionary<string, IReadOnlyList<RecordRef>> trace) => new()
    {
        Year = 2026,
        PeriodFrom = new DateOnly(2026, 1, 1),
        PeriodTo = new DateOnly(2026, 12, 31),
        ComputedAt = new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero),
        ProviderName = "Biedrība",
        MunicipalityName = "Jelgavas valstspilsēta",
        ContractNumber = "JSLP-2026/1",
        ContractSignedOn = new DateOnly(2025, 12, 20),
        DelegatedTask = "Sociālā rehabilitācija",
        PlanTotals = new PlanResultTotals(0, 0, 0, 0, 0, 0, 0, 0),
        Distribution = new ClientDistribution(0, [], new Dictionary<ServiceType, int>(), new Dictionary<int, int>()),
        Complaints = new ComplaintFigures(0, 0, 0, 0, 0, 0),
        Trace = trace,
    };

    [Fact]
    public void The_records_behind_a_figure_are_stored_as_ids_per_kind_and_read_back_the_same()
    {
        var sessions = Enumerable.Range(1, 1000).Select(i => new RecordRef(RecordKinds.Session, i)).ToList();
        var mixed = new List<RecordRef> { new(RecordKinds.Client, 7), new(RecordKinds.Client, 9), new(RecordKinds.Appointment, 7), new(RecordKinds.Client, 3) };
        var json = AnnualReports.Serialise(Figures(new Dictionary<string, IReadOnlyList<RecordRef>> { ["s1.1.sessions"] = sessions, ["mixed"] = mixed, ["none"] = [] }));

        Assert.Contains("\"s1.1.sessions\":[{\"Kind\":\"session\",\"Ids\":[1,2,3,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Id\":", json, StringComparison.Ordinal);
        var back = AnnualReports.Deserialise(json);
        Assert.Equal(sessions, back.Behind("s1.1.sessions"));
        Assert.Equal(mixed, back.Behind("mixed"));
        Assert.Empty(back.Behind("none"));
        Assert.True(back.Trace.ContainsKey("none"));
    }

    [Fact]
    public void A_snapshot_stored_with_an_object_per_record_still_reads()
    {
        var json = AnnualReports.Serialise(Figures(new Dictionary<string, IReadOnlyList<RecordRef>>()))
            .Replace("\"Trace\":{}", "\"Trace\":{\"s1.clients\":[{\"Kind\":\"client\",\"Id\":4},{\"Kind\":\"client\",\"Id\":2}]}", StringComparison.Ordinal);
        Assert.Contains("\"Id\":4", json, StringComparison.Ordinal);

        var figures = AnnualReports.Deserialise(json);
        Assert.Equal([new RecordRef(RecordKinds.Client, 4), new RecordRef(RecordKinds.Client, 2)], figures.Behind(FigureKeys.TotalClients));
    }
}
