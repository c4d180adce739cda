using System.Text;

namespace IranPakistan.Web.Data;

/// <summary>
/// The controlled words seeds may use for kinds, statuses and types of tie, and how enum values
/// are spelled in seeds and URLs ("government-body").
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> EventKinds =
    [
        "strike", "visit", "meeting", "designation", "sanction", "founding", "statement", "diplomatic",
        "military-exercise", "withdrawal", "takeover", "conflict", "arrest", "infrastructure", "agreement", "support",
    ];

    public static readonly IReadOnlyList<string> AgreementKinds =
        ["mou", "agreement", "joint-commitment", "project", "target", "joint-position"];

    public static readonly IReadOnlyList<string> AgreementStatuses =
        ["signed", "agreed", "reaffirmed", "proposed", "in-progress", "not-fully-realised"];

    /// <summary>
    /// The kinds of tie between two actors (seeds/ties.yaml, docs/graph.md). Each belongs to a family
    /// the graph draws alike; a directed tie reads "from → to", an undirected one runs both ways.
    /// </summary>
    public static readonly IReadOnlyList<TieType> TieTypes =
    [
        new("membership", "Membership", "takes part in", TieFamily.Belonging),
        new("office", "Office", "holds office in or belongs to", TieFamily.Belonging),
        new("strike", "Strike", "struck", TieFamily.Force),
        new("designation", "Designation", "designated as banned", TieFamily.Force),
        new("sanction", "Sanction", "sanctioned", TieFamily.Force),
        new("arrest", "Arrests", "arrested members of", TieFamily.Force),
        new("takeover", "Takeover", "took over", TieFamily.Force),
        new("withdrawal", "Withdrawal", "withdrew from", TieFamily.Force),
        new("distancing", "Distancing", "distanced itself from", TieFamily.Friction),
        new("criticism", "Criticism", "criticised or condemned", TieFamily.Friction),
        new("tension", "Tension", "has tensions with", TieFamily.Friction, Directed: false),
        new("interference", "Interference", "could interfere with", TieFamily.Friction),
        new("support", "Support", "supports", TieFamily.Support),
        new("refuge", "Refuge", "gives refuge to", TieFamily.Support),
        new("recruitment", "Recruitment", "recruits among", TieFamily.Support),
        new("supply", "Supply", "supplies", TieFamily.Support),
        new("hosting", "Hosting", "hosts", TieFamily.Support),
        new("channel", "Channel", "works through", TieFamily.Support),
        new("influence", "Influence", "has influence over", TieFamily.Diplomacy),
        new("mediation", "Mediation", "could mediate for", TieFamily.Diplomacy),
        new("visit", "Visit", "visited", TieFamily.Diplomacy),
        new("invitation", "Invitation", "invited", TieFamily.Diplomacy),
        new("agreement", "Agreement", "agreed with", TieFamily.Diplomacy, Directed: false),
        new("cooperation", "Cooperation", "cooperates with", TieFamily.Diplomacy, Directed: false),
        new("relations", "Relations", "has ties with", TieFamily.Diplomacy, Directed: false),
    ];

    /// <summary>The tie type with this slug, or null.</summary>
    public static TieType? FindTieType(string? slug) => TieTypes.FirstOrDefault(t => t.Slug == slug);

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

/// <summary>Ties the graph draws alike (one colour and stroke per family).</summary>
public enum TieFamily
{
    Belonging,
    Force,
    Friction,
    Support,
    Diplomacy,
}

/// <summary>One kind of tie: its seed slug, its name, how it reads between two actors ("Iran struck Jaish al-Adl").</summary>
public sealed record TieType(string Slug, string Label, string Verb, TieFamily Family, bool Directed = true);
