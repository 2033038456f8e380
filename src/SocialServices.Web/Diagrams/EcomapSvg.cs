using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Connections;
using static SocialServices.Web.Diagrams.Svg;

namespace SocialServices.Web.Diagrams;

/// <summary>A member of the household as the centre of the ecomap shows them.</summary>
public sealed record EcomapHouseholdMember(string Name, Gender? Gender, bool IsIndex);

/// <summary>
/// Draws a laid-out ecomap as SVG: the client's household in the centre circle, each outside connection in a circle around
/// it, the line between them by strength (thick solid: strong, thin solid: moderate, dashed: weak, zig-zag in red:
/// stressful or conflictual) with arrowheads where support flows to; a legend is part of the drawing.
/// </summary>
public static class EcomapSvg
{
    private const double LegendMinWidth = 640;
    private const double ArrowLength = 13;

    public static IHtmlContent Render(EcomapLayout layout, IReadOnlyList<EcomapHouseholdMember> household, IStringLocalizer t, string id, double? displayWidth = null, bool withLegend = true)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(t);
        var width = withLegend ? Math.Max(layout.Width, LegendMinWidth) : layout.Width;
        var dx = (width - layout.Width) / 2;
        var legendEntries = new List<(string Entry, string Text)>
        {
            ("Strong", t["Connections.Strength.Strong"]),
            ("Moderate", t["Connections.Strength.Moderate"]),
            ("Weak", t["Connections.Strength.Weak"]),
            ("Stressful", t["Connections.Strength.Stressful"]),
            ("ToClient", t["Connections.Legend.ToClient"]),
            ("FromClient", t["Connections.Legend.FromClient"]),
            ("Mutual", t["Connections.Legend.Mutual"]),
        };
        var (legend, legendHeight) = Legend(t["Connections.Legend.Title"], legendEntries, width, layout.Height + 4, (entry, x, y) => LegendSample(entry, x, y, id));
        var height = withLegend ? layout.Height + 4 + legendHeight : layout.Height;

        var svg = Root(id, "diagram ecomap", width, height, t["Connections.Ecomap.Title"], Description(layout, t), displayWidth);
        svg.Add(El("defs", Arrow(id + "-arrow", Tie), Arrow(id + "-arrow-stress", Stress)));
        var drawing = El("g", A("transform", "translate(" + Fmt(dx) + ",0)"));
        svg.Add(drawing);

        var lines = El("g", A("class", "ecomap-lines"), A("fill", "none"));
        foreach (var node in layout.Nodes)
        {
            lines.Add(Line(node, id));
        }

        drawing.Add(lines);
        drawing.Add(Centre(layout, household, t));
        var nodes = El("g", A("class", "ecomap-nodes"));
        foreach (var node in layout.Nodes)
        {
            nodes.Add(Node(node, layout.NodeRadius, t));
        }

        drawing.Add(nodes);
        if (withLegend)
        {
            svg.Add(legend);
        }

        return Html(svg);
    }

    public static string Description(EcomapLayout layout, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(t);
        if (layout.Nodes.Count == 0)
        {
            return t["Connections.Ecomap.DescriptionEmpty"];
        }

        var counts = Enum.GetValues<ConnectionStrength>()
            .Select(s => (Strength: s, Count: layout.Nodes.Count(n => n.Item.Strength == s)))
            .Where(c => c.Count > 0)
            .Select(c => t["Connections.Strength." + c.Strength].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture) + ": " + c.Count);
        return t["Connections.Ecomap.Description", layout.Nodes.Count, string.Join("; ", counts)];
    }

    public static string StrengthClass(ConnectionStrength strength) => "strength-" + strength.ToString().ToLowerInvariant();

    private static XElement Line(EcomapNode node, string id)
    {
        var item = node.Item;
        var style = Ecomap.LineStyleOf(item.Strength);
        var (towardsClient, towardsConnection) = Ecomap.ArrowsOf(item.Direction);
        var (from, to) = (node.LineFrom, node.LineTo);
        var length = from.DistanceTo(to);
        var (ux, uy) = ((to.X - from.X) / length, (to.Y - from.Y) / length);
        // The arrowhead reaches the circle; the line stops where the arrowhead begins (a thick line would show beside its tip).
        if (towardsClient)
        {
            from = new DiagramPoint(from.X + (ux * (ArrowLength - 1)), from.Y + (uy * (ArrowLength - 1)));
        }

        if (towardsConnection)
        {
            to = new DiagramPoint(to.X - (ux * (ArrowLength - 1)), to.Y - (uy * (ArrowLength - 1)));
        }

        var stressful = style == EcomapLineStyle.ZigZag;
        var marker = "url(#" + id + (stressful ? "-arrow-stress" : "-arrow") + ")";
        var attributes = new List<object?>
        {
            A("class", "ecomap-line " + StrengthClass(item.Strength) + " direction-" + item.Direction.ToString().ToLowerInvariant()),
            A("data-connection", item.Key),
            A("stroke", stressful ? Stress : Tie),
            A("stroke-width", style switch
            {
                EcomapLineStyle.Thick => 6,
                EcomapLineStyle.Thin => 2,
                _ => 2.5,
            }),
            style == EcomapLineStyle.Dashed ? A("stroke-dasharray", "10 7") : null,
            towardsClient ? A("marker-start", marker) : null,
            towardsConnection ? A("marker-end", marker) : null,
        };
        return stressful
            ? El("polyline", attributes, A("points", Points(Ecomap.ZigZag(from, to, amplitude: 6, wavelength: 16, straight: 14))), A("stroke-linejoin", "miter"))
            : El("line", attributes, A("x1", from.X), A("y1", from.Y), A("x2", to.X), A("y2", to.Y));
    }

    private static XElement Arrow(string id, string colour) =>
        El("marker", A("id", id), A("viewBox", "0 0 10 10"), A("refX", 0), A("refY", 5), A("markerWidth", ArrowLength), A("markerHeight", ArrowLength),
            A("markerUnits", "userSpaceOnUse"), A("orient", "auto-start-reverse"),
            El("path", A("d", "M0,0 L10,5 L0,10 z"), A("fill", colour)));

    private static XElement Centre(EcomapLayout layout, IReadOnlyList<EcomapHouseholdMember> household, IStringLocalizer t)
    {
        var (cx, cy, r) = (layout.Centre.X, layout.Centre.Y, layout.CentreRadius);
        var g = El("g", A("class", "ecomap-centre"),
            El("circle", A("cx", cx), A("cy", cy), A("r", r), A("fill", HouseholdFill), A("stroke", Household), A("stroke-width", 2.5)),
            Text(cx, cy - r + 30, t["Connections.Ecomap.Household"], 11.5, Household, "600"));

        // Up to four in the first row and three in the second (the circle narrows), the rest as "+N".
        var rows = new[] { household.Take(4).ToList(), household.Skip(4).Take(3).ToList() };
        var rowY = new[] { cy - 14, cy + 38 };
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            for (var j = 0; j < row.Count; j++)
            {
                var member = row[j];
                var x = cx + ((j - ((row.Count - 1) / 2.0)) * 44);
                var y = rowY[i];
                if (member.IsIndex)
                {
                    g.Add(MiniSymbol(member.Gender, x, y, 14.5));
                }

                g.Add(MiniSymbol(member.Gender, x, y, 10.5));
                var first = member.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? member.Name;
                g.Add(Text(x, y + 27, DiagramText.Wrap(first, 8, 1) is [var shown, ..] ? shown : string.Empty, 10, Ink, member.IsIndex ? "700" : null));
            }
        }

        if (household.Count > 7)
        {
            g.Add(Text(cx, cy + 84, "+" + (household.Count - 7).ToString(System.Globalization.CultureInfo.InvariantCulture), 10, Muted));
        }

        return g;
    }

    private static XElement MiniSymbol(Gender? gender, double x, double y, double half)
    {
        var shape = gender switch
        {
            Gender.Male => El("rect", A("x", x - half), A("y", y - half), A("width", 2 * half), A("height", 2 * half)),
            Gender.Female => El("circle", A("cx", x), A("cy", y), A("r", half)),
            _ => El("polygon", A("points", Points([new(x, y - half), new(x + half, y), new(x, y + half), new(x - half, y)]))),
        };
        shape.Add(A("fill", "#ffffff"), A("stroke", Ink), A("stroke-width", 1.5));
        return shape;
    }

    private static XElement Node(EcomapNode node, double radius, IStringLocalizer t)
    {
        var item = node.Item;
        var (x, y) = (node.Centre.X, node.Centre.Y);
        var kind = t["Connections.Kind." + item.Kind].Value;
        var shortKind = t["Connections.KindShort." + item.Kind].Value;
        var kindLines = DiagramText.Wrap(shortKind, 17, 2);
        var nameLines = DiagramText.Wrap(item.Name, 16, 4 - kindLines.Count);
        var g = El("g",
            A("class", "ecomap-node kind-" + item.Kind.ToString().ToLowerInvariant() + " " + StrengthClass(item.Strength)),
            A("data-connection", item.Key),
            El("title", kind + ": " + item.Name + " — " + t["Connections.Strength." + item.Strength] + ", " + t["Connections.Direction." + item.Direction]),
            El("circle", A("cx", x), A("cy", y), A("r", radius), A("fill", "#f8fafc"),
                A("stroke", item.Strength == ConnectionStrength.Stressful ? Stress : "#475569"), A("stroke-width", 1.5)));
        var total = kindLines.Count + nameLines.Count;
        var lineY = y - ((total - 1) * 13 / 2.0) + 4;
        foreach (var line in kindLines)
        {
            g.Add(Text(x, lineY, line, 10.5, Muted, "600", cssClass: "kind"));
            lineY += 13;
        }

        foreach (var line in nameLines)
        {
            g.Add(Text(x, lineY, line, 11.5, Ink, cssClass: "name"));
            lineY += 13;
        }

        return g;
    }

    private static XElement LegendSample(string entry, double x, double y, string id)
    {
        var cy = y + 8;
        XElement Sample(double width, string colour, string? dash) =>
            El("line", A("x1", x), A("y1", cy), A("x2", x + 34), A("y2", cy), A("stroke", colour), A("stroke-width", width), dash is null ? null : A("stroke-dasharray", dash));
        XElement Arrowed(bool start, bool end) =>
            El("line", A("x1", x + (start ? 10 : 0)), A("y1", cy), A("x2", x + 34 - (end ? 10 : 0)), A("y2", cy), A("stroke", Tie), A("stroke-width", 2),
                start ? A("marker-start", "url(#" + id + "-arrow)") : null, end ? A("marker-end", "url(#" + id + "-arrow)") : null);
        return entry switch
        {
            "Strong" => Sample(6, Tie, null),
            "Moderate" => Sample(2, Tie, null),
            "Weak" => Sample(2.5, Tie, "7 5"),
            "Stressful" => El("polyline", A("points", Points(Ecomap.ZigZag(new(x, cy), new(x + 34, cy), 4.5, 10, 3))), A("fill", "none"), A("stroke", Stress), A("stroke-width", 2.5)),
            // The client is on the left of the sample: an arrow at the start points to the client.
            "ToClient" => Arrowed(true, false),
            "FromClient" => Arrowed(false, true),
            _ => Arrowed(true, true),
        };
    }
}
