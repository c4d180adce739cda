using System.Globalization;
using System.Text;

namespace IranPakistan.Web.Shared.Text;

/// <summary>
/// A reader's own input quoted back in a message ("There is no kind “…”"): at most
/// <see cref="MaxLength"/> characters (then "…"), with control, format (bidirectional overrides,
/// zero-width) and unpaired surrogate characters shown as U+FFFD, so an echo can neither flood an
/// answer nor reorder or hide the text around it. Pages encode it as HTML; the JSON answers escape
/// HTML-significant characters as well (docs/security.md, "Bad input").
/// </summary>
public static class Echo
{
    public const int MaxLength = 40;

    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new StringBuilder(Math.Min(value.Length, MaxLength) + 1);
        var count = 0;
        var i = 0;
        for (; i < value.Length && count < MaxLength; i++, count++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
                text.Append(category is UnicodeCategory.Format or UnicodeCategory.PrivateUse ? "\uFFFD" : value.Substring(i, 2));
                i++;
                continue;
            }

            text.Append(char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                ? '\uFFFD' : c);
        }

        return i < value.Length ? text.Append('…').ToString() : text.ToString();
    }
}
