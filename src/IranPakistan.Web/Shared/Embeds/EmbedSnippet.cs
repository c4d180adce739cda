using System.Globalization;
using System.Net;

namespace IranPakistan.Web.Shared.Embeds;

/// <summary>The &lt;iframe&gt; element an "Embed" control offers; its attributes HTML-encoded.</summary>
public static class EmbedSnippet
{
    public static string Iframe(string src, string title, int height) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(src)}\" title=\"{WebUtility.HtmlEncode(title)}\" width=\"100%\" height=\"{height.ToString(CultureInfo.InvariantCulture)}\" style=\"border:0\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
}
