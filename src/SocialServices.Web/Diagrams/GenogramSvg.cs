using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Connections;
using static SocialServices.Web.Diagrams.Svg;

namespace SocialServices.Web.Diagrams;

/// <summary>
/// Draws a laid-out genogram as SVG in the usual notation: a square for a man, a circle for a woman, a diamond where the
/// gender is not recorded, the client double-outlined, the age inside the symbol; partners joined by a line and children
/// hanging from it; a stroke across the line of a relation that has ended (separated); guardians and foster children
/// joined by a dashed line; the household enclosed by a dashed outline. A legend is part of the drawing (it prints with it).
/// </summary>
public static class GenogramSvg
{
    private const double LegendMinWidth = 640;

    public static IHtmlContent Render(GenogramLayout layout, IStringLocalizer t, string id, double? displayWidth = null, bool withLegend = true)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(t);
        var m = layout.Metrics;
        var width = withLegend ? Math.Max(layout.Width, LegendMinWidth) : layout.Width;
        var dx = (width - layout.Width) / 2;

        var legendEntries = new List<(string Entry, string Text)>
        {
            ("male", t["Genogram.Legend.Male"]),
            ("female", t["Genogram.Legend.Female"]),
            ("unknown", t["Genogram.Legend.Unknown"]),
            ("index", t["Genogram.Legend.Index"]),
            ("partners", t["Genogram.Legend.Partners"]),
            ("separated", t["Genogram.Legend.Separated"]),
            ("care", t["Genogram.Legend.Care"]),
            ("household", t["Genogram.Legend.Household"]),
            ("legal", t["Genogram.Legend.LegalRepresentative"]),
        };
        var (legend, legendHeight) = Legend(t["Genogram.Legend.Title"], legendEntries, width, layout.Height + 4, (entry, x, y) => LegendSample(entry, x, y, t["Genogram.LegalRepresentativeBadge"]));
        var height = withLegend ? layout.Height + 4 + legendHeight : layout.Height;

        var svg = Root(id, "diagram genogram", width, height, t["Genogram.Title"], Description(layout, t), displayWidth);
        var drawing = El("g", A("transform", "translate(" + Fmt(dx) + ",0)"));
        svg.Add(drawing);

        if (layout.Household.Count > 0)
        {
            // The union of the rectangles: every outline drawn wide, then every area filled over the inner halves.
            var household = El("g", A("class", "genogram-household"));
            foreach (var r in layout.Household)
            {
                household.Add(Rect(r, fill: "none", stroke: Household, strokeWidth: 4, dash: "9 6"));
            }

            foreach (var r in layout.Household)
            {
                household.Add(Rect(r, fill: HouseholdFill, stroke: "none", strokeWidth: 0, dash: null));
            }

            drawing.Add(household);
        }

        var lines = El("g", A("class", "genogram-lines"), A("fill", "none"), A("stroke-linecap", "square"));
        foreach (var line in layout.Lines)
        {
            var kind = line.Kind switch
            {
                GenogramLineKind.Partnership => "partnership",
                GenogramLineKind.Care => "care",
                _ => "descent",
            };
            lines.Add(El("polyline",
                A("class", "genogram-line " + kind + (line.Ended ? " ended" : string.Empty)),
                line.PersonKey is null ? null : A("data-person", line.PersonKey),
                A("points", Points(line.Points)),
                A("stroke", line.Ended ? Muted : Ink),
                A("stroke-width", line.Kind == GenogramLineKind.Partnership ? 2.5 : 2),
                line.Kind == GenogramLineKind.Care ? A("stroke-dasharray", "7 5") : null));
            if (line.SeparationMark is { } mark)
            {
                lines.Add(Slash(mark, "separation"));
            }
        }

        drawing.Add(lines);

        var nodes = El("g", A("class", "genogram-nodes"));
        foreach (var node in layout.Nodes)
        {
            nodes.Add(Node(node, m, t));
        }

        drawing.Add(nodes);
        if (withLegend)
        {
            svg.Add(legend);
        }

        return Html(svg);
    }

    /// <summary>The label under a symbol and the text table say the same: the tie to the client (and that it ended).</summary>
    public static string Caption(GenogramNode node, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(t);
        return node.Tie is { } tie ? t["Genogram.Tie." + tie] : t["Genogram.IndexClient"];
    }

    public static string Description(GenogramLayout layout, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(t);
        var index = layout.Nodes.Single(n => n.IsIndex);
        return t["Genogram.Description", index.Person.Name, layout.Nodes.Count, layout.Generations.Count(), layout.Nodes.Count(n => n.InHousehold && !n.IsIndex)];
    }

    private static XElement Node(GenogramNode node, GenogramMetrics m, IStringLocalizer t)
    {
        var (x, y) = (node.Centre.X, node.Centre.Y);
        var person = node.Person;
        var gender = person.Gender switch
        {
            Gender.Male => "male",
            Gender.Female => "female",
            _ => "unknown",
        };
        var classes = "genogram-node gender-" + gender
            + (node.IsIndex ? " index" : string.Empty)
            + (node.InHousehold ? " household" : string.Empty)
            + (node.IsLegalRepresentative ? " legal-representative" : string.Empty)
            + (node.Ended ? " ended" : string.Empty);
        var caption = Caption(node, t);
        var tooltip = person.Name + " — " + caption + (person.BirthYear is { } y0 ? ", " + t["Genogram.Born", y0] : string.Empty);
        var g = El("g", A("class", classes), A("data-person", person.Key), El("title", tooltip));

        if (node.IsIndex)
        {
            g.Add(Symbol(person.Gender, x, y, m.Half + 5, 2));
        }

        g.Add(Symbol(person.Gender, x, y, m.Half, node.IsIndex ? 2.5 : 2));
        if (person.Age is { } age)
        {
            g.Add(El("text", A("x", x), A("y", y), A("dy", "0.35em"), A("font-size", 15), A("font-weight", "600"), A("fill", Ink), A("text-anchor", "middle"),
                A("class", "age"), age.ToString(CultureInfo.InvariantCulture)));
        }

        if (node.IsLegalRepresentative)
        {
            g.Add(El("rect", A("x", x + m.Half - 6), A("y", y - m.Half - 9), A("width", 22), A("height", 15), A("rx", 3), A("fill", "#0b3d91")));
            g.Add(Text(x + m.Half + 5, y - m.Half + 2, t["Genogram.LegalRepresentativeBadge"], 9.5, "#ffffff", "700"));
        }

        var lineY = y + m.Half + (node.IsIndex ? 19 : 15);
        foreach (var line in DiagramText.Wrap(person.Name, 19, 2))
        {
            g.Add(Text(x, lineY, line, 12, Ink, "600", cssClass: "name"));
            lineY += 13.5;
        }

        if (person.BirthYear is { } year)
        {
            g.Add(Text(x, lineY, t["Genogram.Born", year], 11, Muted, cssClass: "born"));
            lineY += 13;
        }

        g.Add(Text(x, lineY, caption, 11, Muted, cssClass: "tie"));
        if (node.Ended)
        {
            g.Add(Text(x, lineY + 13, t["Genogram.Ended"], 11, Stress, cssClass: "ended-note"));
        }

        return g;
    }

    private static XElement Symbol(Gender? gender, double x, double y, double half, double strokeWidth)
    {
        var shape = gender switch
        {
            Gender.Male => El("rect", A("x", x - half), A("y", y - half), A("width", 2 * half), A("height", 2 * half)),
            Gender.Female => El("circle", A("cx", x), A("cy", y), A("r", half)),
            _ => El("polygon", A("points", Points([new(x, y - half), new(x + half, y), new(x, y + half), new(x - half, y)]))),
        };
        shape.Add(A("fill", "#ffffff"), A("stroke", Ink), A("stroke-width", strokeWidth));
        return shape;
    }

    private static XElement Slash(DiagramPoint at, string cssClass) =>
        El("line", A("class", cssClass), A("x1", at.X - 6), A("y1", at.Y + 9), A("x2", at.X + 6), A("y2", at.Y - 9), A("stroke", Ink), A("stroke-width", 2.5));

    private static XElement Rect(DiagramRect r, string fill, string stroke, double strokeWidth, string? dash) =>
        El("rect", A("x", r.X), A("y", r.Y), A("width", r.Width), A("height", r.Height), A("rx", 16),
            A("fill", fill), A("stroke", stroke), strokeWidth > 0 ? A("stroke-width", strokeWidth) : null, dash is null ? null : A("stroke-dasharray", dash));

    private static XElement LegendSample(string entry, double x, double y, string badge)
    {
        var (cx, cy) = (x + 17, y + 8);
        return entry switch
        {
            "male" => Symbol(Gender.Male, cx, cy, 7, 1.5),
            "female" => Symbol(Gender.Female, cx, cy, 7, 1.5),
            "unknown" => Symbol(null, cx, cy, 8, 1.5),
            "index" => El("g", Symbol(Gender.Female, cx, cy, 10, 1.5), Symbol(Gender.Female, cx, cy, 6.5, 1.5)),
            "partners" => El("g", Symbol(Gender.Male, x + 5, cy, 5, 1.5), Symbol(Gender.Female, x + 29, cy, 5, 1.5),
                El("line", A("x1", x + 10), A("y1", cy), A("x2", x + 24), A("y2", cy), A("stroke", Ink), A("stroke-width", 2))),
            "separated" => El("g", El("line", A("x1", x), A("y1", cy), A("x2", x + 34), A("y2", cy), A("stroke", Muted), A("stroke-width", 2)),
                El("line", A("x1", cx - 4), A("y1", cy + 7), A("x2", cx + 4), A("y2", cy - 7), A("stroke", Ink), A("stroke-width", 2))),
            "care" => El("line", A("x1", x), A("y1", cy), A("x2", x + 34), A("y2", cy), A("stroke", Ink), A("stroke-width", 2), A("stroke-dasharray", "7 5")),
            "household" => El("rect", A("x", x + 1), A("y", y), A("width", 32), A("height", 16), A("rx", 5), A("fill", HouseholdFill), A("stroke", Household),
                A("stroke-width", 2), A("stroke-dasharray", "5 3")),
            _ => El("g", El("rect", A("x", x + 6), A("y", y + 1), A("width", 22), A("height", 15), A("rx", 3), A("fill", "#0b3d91")),
                Text(cx, y + 12, badge, 9.5, "#ffffff", "700")),
        };
    }
}
