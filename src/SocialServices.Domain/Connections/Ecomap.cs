namespace SocialServices.Domain.Connections;

/// <summary>One outside connection as the ecomap draws it.</summary>
public sealed record EcomapItem(string Key, ConnectionKind Kind, string Name, ConnectionStrength Strength, SupportDirection Direction);

/// <summary>Sizes of an ecomap: the centre circle (the client's household), the connections' circles, the smallest ring.</summary>
public sealed record EcomapMetrics(double CentreRadius, double NodeRadius, double MinRingRadius, double MinLineLength, double Gap, double Margin)
{
    public static EcomapMetrics Default { get; } = new(CentreRadius: 96, NodeRadius: 62, MinRingRadius: 235, MinLineLength: 64, Gap: 18, Margin: 16);
}

/// <summary>A connection placed on the ring, with its line from the centre circle's edge to its own circle's edge.</summary>
/// <param name="Angle">Degrees clockwise from straight up.</param>
public sealed record EcomapNode(EcomapItem Item, DiagramPoint Centre, double Angle, DiagramPoint LineFrom, DiagramPoint LineTo);

public sealed record EcomapLayout(DiagramPoint Centre, double CentreRadius, double NodeRadius, double RingRadius, IReadOnlyList<EcomapNode> Nodes, double Width, double Height);

/// <summary>How a line looks, by the strength of the connection (the usual ecomap notation).</summary>
public enum EcomapLineStyle
{
    /// <summary>Strong: a thick solid line.</summary>
    Thick = 1,

    /// <summary>Moderate: a thin solid line.</summary>
    Thin = 2,

    /// <summary>Weak: a dashed line.</summary>
    Dashed = 3,

    /// <summary>Stressful or conflictual: a zig-zag line.</summary>
    ZigZag = 4,
}

/// <summary>
/// Lays out an ecomap: the client's household in a circle in the centre, each outside connection in a circle on a ring
/// around it (the first straight up, then clockwise at equal angles), the ring wide enough that neighbours never overlap.
/// </summary>
public static class Ecomap
{
    public static EcomapLineStyle LineStyleOf(ConnectionStrength strength) => strength switch
    {
        ConnectionStrength.Strong => EcomapLineStyle.Thick,
        ConnectionStrength.Moderate => EcomapLineStyle.Thin,
        ConnectionStrength.Weak => EcomapLineStyle.Dashed,
        ConnectionStrength.Stressful => EcomapLineStyle.ZigZag,
        _ => throw new ArgumentOutOfRangeException(nameof(strength)),
    };

    /// <summary>Where the arrowheads go: towards the client (support flows to the client), towards the connection, or both.</summary>
    public static (bool TowardsClient, bool TowardsConnection) ArrowsOf(SupportDirection direction) => direction switch
    {
        SupportDirection.ToClient => (true, false),
        SupportDirection.FromClient => (false, true),
        SupportDirection.Mutual => (true, true),
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>The ring's radius for <paramref name="count"/> connections: neighbours a gap apart, lines at least the minimum length.</summary>
    public static double RingRadius(int count, EcomapMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var radius = Math.Max(metrics.MinRingRadius, metrics.CentreRadius + metrics.NodeRadius + metrics.MinLineLength);
        if (count >= 2)
        {
            // The chord between neighbours, 2R·sin(π/n), must hold two circles and the gap.
            radius = Math.Max(radius, (metrics.NodeRadius + (metrics.Gap / 2)) / Math.Sin(Math.PI / count));
        }

        return radius;
    }

    public static EcomapLayout Layout(IReadOnlyList<EcomapItem> items, EcomapMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var m = metrics ?? EcomapMetrics.Default;
        var ring = items.Count == 0 ? 0 : RingRadius(items.Count, m);
        var half = items.Count == 0 ? m.CentreRadius + m.Margin : ring + m.NodeRadius + m.Margin;
        var centre = new DiagramPoint(half, half);
        var nodes = new List<EcomapNode>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var angle = 360.0 * i / items.Count;
            var radians = angle * Math.PI / 180;
            var (dx, dy) = (Math.Sin(radians), -Math.Cos(radians));
            var at = new DiagramPoint(centre.X + (ring * dx), centre.Y + (ring * dy));
            nodes.Add(new EcomapNode(
                items[i],
                Round(at),
                angle,
                Round(new DiagramPoint(centre.X + (m.CentreRadius * dx), centre.Y + (m.CentreRadius * dy))),
                Round(new DiagramPoint(at.X - (m.NodeRadius * dx), at.Y - (m.NodeRadius * dy)))));
        }

        return new EcomapLayout(centre, m.CentreRadius, m.NodeRadius, ring, nodes, 2 * half, 2 * half);
    }

    /// <summary>
    /// A zig-zag between two points: straight for <paramref name="straight"/> at both ends (so arrowheads sit on a straight
    /// piece), in between teeth of <paramref name="amplitude"/> either side of the line, about <paramref name="wavelength"/> apart.
    /// </summary>
    public static IReadOnlyList<DiagramPoint> ZigZag(DiagramPoint from, DiagramPoint to, double amplitude, double wavelength, double straight)
    {
        var length = from.DistanceTo(to);
        if (length <= 2 * straight + wavelength || wavelength <= 0)
        {
            return [from, to];
        }

        var (ux, uy) = ((to.X - from.X) / length, (to.Y - from.Y) / length);
        var (nx, ny) = (-uy, ux);
        var middle = length - (2 * straight);
        var teeth = Math.Max(2, (int)Math.Round(middle / (wavelength / 2)));
        var step = middle / teeth;
        var points = new List<DiagramPoint> { from, Round(new DiagramPoint(from.X + (ux * straight), from.Y + (uy * straight))) };
        for (var i = 1; i < teeth; i++)
        {
            var along = straight + (i * step);
            var side = i % 2 == 1 ? amplitude : -amplitude;
            points.Add(Round(new DiagramPoint(from.X + (ux * along) + (nx * side), from.Y + (uy * along) + (ny * side))));
        }

        points.Add(Round(new DiagramPoint(to.X - (ux * straight), to.Y - (uy * straight))));
        points.Add(to);
        return points;
    }

    private static DiagramPoint Round(DiagramPoint p) => new(Math.Round(p.X, 2), Math.Round(p.Y, 2));
}
