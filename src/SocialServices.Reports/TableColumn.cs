namespace SocialServices.Reports;

/// <summary>A table column: its header text, relative width and text alignment.</summary>
/// <param name="Header">Header text, repeated at the top of every page the table spans.</param>
/// <param name="Width">Relative width: a column of 2 is twice as wide as a column of 1. Must be positive.</param>
/// <param name="Alignment">Horizontal alignment of the column's text.</param>
public sealed record TableColumn(string Header, float Width = 1f, CellAlignment Alignment = CellAlignment.Left);

/// <summary>Horizontal alignment of text in a table column.</summary>
public enum CellAlignment
{
    /// <summary>Text starts at the left edge of the cell.</summary>
    Left,

    /// <summary>Text is centred in the cell.</summary>
    Center,

    /// <summary>Text ends at the right edge of the cell (numbers).</summary>
    Right,
}
