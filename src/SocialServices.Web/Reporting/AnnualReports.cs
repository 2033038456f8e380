using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Data;

namespace SocialServices.Web.Reporting;

/// <summary>A report with its contract and its figures: live for a draft, the stored snapshot for a final version.</summary>
public sealed record ReportView(AnnualReport Report, DelegationContract Contract, AnnualFigures Figures, uint Version);

/// <summary>Loads annual reports and their figures; freezes a report's figures when it is marked final.</summary>
public sealed class AnnualReports(AppDbContext db, AnnualFiguresBuilder builder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { WriteIndented = false, Converters = { new TraceJsonConverter() } };

    public static string Serialise(AnnualFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static AnnualFigures Deserialise(string snapshot) =>
        JsonSerializer.Deserialize<AnnualFigures>(snapshot, Json) ?? throw new InvalidOperationException("An empty report snapshot.");

    /// <summary>The report (tracked) with its contract and figures, or null when there is none in the organisation.</summary>
    public async Task<ReportView?> LoadAsync(int id, int organisationId, CancellationToken ct)
    {
        var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisationId, ct);
        if (report is null)
        {
            return null;
        }

        var contract = await db.DelegationContracts.AsNoTracking().FirstAsync(c => c.Id == report.ContractId, ct);
        var figures = report.Snapshot is { } snapshot ? Deserialise(snapshot) : await builder.BuildAsync(contract, report.Year, ct);
        return new ReportView(report, contract, figures, db.Entry(report).Property<uint>("Version").CurrentValue);
    }
}
