using System.Text;

namespace IranPakistan.Web.Shared.Ui;

public static class HtmlIds
{
    /// <summary>A stable id from words: <c>From("mentions", "Actors named")</c> is <c>mentions-actors-named</c>.</summary>
    public static string From(string prefix, string words)
    {
        var id = new StringBuilder(prefix);
        var dash = true;
        foreach (var c in words.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash)
                {
                    id.Append('-');
                }

                id.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return id.ToString();
    }
}
