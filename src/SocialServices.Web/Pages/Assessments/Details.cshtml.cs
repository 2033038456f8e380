using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// An assessment, read-only: its header, the instrument's content (a functional assessment as a radar chart with the
/// client's earlier ones overlaid, and the same scores in a table), the identified problems and every version. Each view
/// is audited; out of scope is "not found".
/// </summary>
public sealed class DetailsModel(AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : AssessmentPage(scope, db, audit)
{
    public Assessment Assessment { get; private set; } = null!;

    public IReadOnlyList<AssessmentVersionView> Versions { get; private set; } = [];

    /// <summary>Earlier completed functional assessments of the client, newest first (the radar chart's overlays).</summary>
    public IReadOnlyList<FunctionalOverlay> Earlier { get; private set; } = [];

    public RadarGeometry? Radar { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, forChange: false, ct) is { } stop)
        {
            return stop;
        }

        Assessment = await Db.Assessments.AsNoTracking().FirstAsync(a => a.Id == id, ct);
        Versions = await AssessmentData.VersionsAsync(Db, Assessment, ct);
        if (Assessment.Content.Functional is { } functional)
        {
            Earlier = await AssessmentData.EarlierFunctionalAsync(Db, Assessment, ct);
            Radar = AssessmentData.Radar(functional, Earlier, t["Assessments.ThisAssessment", Assessment.AssessedOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)].Value,
                d => d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Page();
    }

    /// <summary>What a screen reader hears for the chart: the scale and every series' scores.</summary>
    public string RadarDescription()
    {
        if (Radar is null)
        {
            return string.Empty;
        }

        var scores = Assessment.Content.Functional!.Scores;
        string Line(string label, IReadOnlyList<int?> values) =>
            label + ": " + string.Join(", ", scores.Select((s, i) => s.Domain + " " + (values[i]?.ToString(System.Globalization.CultureInfo.CurrentCulture) ?? t["Assessments.NotScoredShort"].Value))) + ".";
        var lines = new List<string> { t["Assessments.RadarScale"].Value, Line(Radar.Series[0].Label, scores.Select(s => s.Score).ToList()) };
        lines.AddRange(Earlier.Select((e, i) => Line(Radar.Series[i + 1].Label, scores.Select(s => e.Scores.FirstOrDefault(x => x.DomainId == s.DomainId)?.Score).ToList())));
        return string.Join(' ', lines);
    }

    /// <summary>An earlier assessment's score for a domain of this one (null: not scored or not a domain then).</summary>
    public static int? EarlierScore(FunctionalOverlay earlier, int domainId)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Scores.FirstOrDefault(s => s.DomainId == domainId)?.Score;
    }
}
