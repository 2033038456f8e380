using SocialServices.Web.Diagrams;

namespace SocialServices.Web.Tests.Connections;

public sealed class DiagramTextTests
{
    [Fact]
    public void Words_are_wrapped_into_lines_of_limited_length()
    {
        Assert.Equal(["Jelgavas 4.", "sākumskola"], DiagramText.Wrap("Jelgavas 4. sākumskola", 12, 3));
        Assert.Equal(["Inese Bērziņa"], DiagramText.Wrap("  Inese   Bērziņa ", 19, 2));
        Assert.Empty(DiagramText.Wrap(null, 10, 2));
    }

    [Fact]
    public void What_does_not_fit_is_cut_with_an_ellipsis()
    {
        Assert.Equal(["Aleksandrs-Maksimi…", "Ziediņš"], DiagramText.Wrap("Aleksandrs-Maksimiliāns Ziediņš", 19, 2));
        Assert.Equal(["Valsts policijas", "Zemgales reģiona…"], DiagramText.Wrap("Valsts policijas Zemgales reģiona pārvaldes Jelgavas iecirknis", 17, 2));
        Assert.All(DiagramText.Wrap("Valsts policijas Zemgales reģiona pārvaldes Jelgavas iecirknis", 10, 3), l => Assert.True(l.Length <= 10, l));
    }
}
