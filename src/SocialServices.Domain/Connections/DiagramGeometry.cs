namespace SocialServices.Domain.Connections;

/// <summary>A point of a diagram, in SVG user units (pixels at 100 %), y downwards.</summary>
public readonly record struct DiagramPoint(double X, double Y)
{
    public double DistanceTo(DiagramPoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));
}

/// <summary>An axis-aligned rectangle of a diagram.</summary>
public readonly record struct DiagramRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>True when the two rectangles share an area (touching edges do not count).</summary>
    public bool Overlaps(DiagramRect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Contains(DiagramPoint point) => point.X >= X && point.X <= Right && point.Y >= Y && point.Y <= Bottom;
}
