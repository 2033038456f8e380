namespace SocialServices.Web;

/// <summary>Marker for the shared interface strings in <c>Resources/SharedResource*.resx</c>
/// (neutral = Latvian, the default; <c>.en</c> = English).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>; never instantiated
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource()
    {
    }
}
