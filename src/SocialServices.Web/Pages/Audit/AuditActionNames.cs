using System.Reflection;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;

namespace SocialServices.Web.Pages.Audit;

/// <summary>The audit action codes and what they mean in plain words (resource keys <c>AuditLog.Action.&lt;code&gt;</c>).</summary>
public static class AuditActionNames
{
    /// <summary>Every action code the product writes, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>The groups of codes (the part before the dot, with the dot), for filtering by prefix.</summary>
    public static IReadOnlyList<string> Groups { get; } = All
        .Select(code => code[..(code.IndexOf('.', StringComparison.Ordinal) + 1)])
        .Where(prefix => prefix.Length > 0)
        .Distinct()
        .ToList();

    /// <summary>The action in plain words in the current UI language; the code itself when no text is known.</summary>
    public static string Describe(IStringLocalizer localizer, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer["AuditLog.Action." + code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
