using System.Text;

namespace IranPakistan.Web.Data;

/// <summary>
/// The controlled words seeds may use for kinds, statuses and episodes, and how enum values
/// are spelled in seeds and URLs ("government-body").
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> EventKinds =
    [
        "strike", "visit", "meeting", "designation", "sanction", "founding", "statement", "diplomatic",
        "military-exercise", "withdrawal", "takeover", "conflict", "arrest", "infrastructure", "agreement",
    ];

    public static readonly IReadOnlyList<string> Episodes = ["january-2024-strikes", "april-2024-visit"];

    public static readonly IReadOnlyList<string> AgreementKinds =
        ["mou", "agreement", "joint-commitment", "project", "target", "joint-position"];

    public static readonly IReadOnlyList<string> AgreementStatuses =
        ["signed", "agreed", "reaffirmed", "proposed", "in-progress", "stalled", "not-realised"];

    /// <summary>"GovernmentBody" → "government-body".</summary>
    public static string ToKebab<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    /// <summary>"government-body" → GovernmentBody; null when it is not a known value.</summary>
    public static TEnum? FromKebab<TEnum>(string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(c => !(char.IsAsciiLetterLower(c) || c == '-')))
        {
            return null;
        }

        return Enum.GetValues<TEnum>().FirstOrDefault(v => ToKebab(v) == value) is var match && ToKebab(match) == value
            ? match
            : null;
    }

    /// <summary>"joint-commitment" → "Joint commitment"; "mou" → "MoU".</summary>
    public static string Label(string kebab) => kebab switch
    {
        "mou" => "MoU",
        "international-organisation" => "International organisation",
        _ => char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' '),
    };

    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Label(ToKebab(value));
}
