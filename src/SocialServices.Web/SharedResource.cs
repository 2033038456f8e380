namespace SocialServices.Web;

/// <summary>Marker for the shared interface strings in <c>Resources/SharedResource*.resx</c>
/// (neutral = Latvian, the default; <c>.en</c> = English). Only used as the type argument of IStringLocalizer.</summary>
public sealed class SharedResource;
