using System.Globalization;

namespace IranPakistan.Web.Shared.Formatting;

/// <summary>
/// How the site writes numbers, set up once. What a reader reads is British English (en-GB: "1,250",
/// "January"); what a drawing reads (SVG attributes, path data, percentages) is invariant culture, so
/// a decimal point is a point on any server, with as few decimals as the drawing needs and no
/// trailing zeros ("12.5", "3", "-0.4").
/// </summary>
public static class Formats
{
    private static readonly string[] _upToDecimals = ["0", "0.#", "0.##", "0.###"];

    /// <summary>The culture of everything a reader reads: numbers in text, month names.</summary>
    public static CultureInfo Prose { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A number for a reader in a .NET format: <c>Text(1250m, "#,0")</c> is "1,250".</summary>
    public static string Text(decimal value, string format) => value.ToString(format, Prose);

    /// <inheritdoc cref="Text(decimal, string)"/>
    public static string Text(double value, string format) => value.ToString(format, Prose);

    /// <summary>A whole number for a reader: "2024".</summary>
    public static string Text(int value) => value.ToString(Prose);

    /// <summary>Part of a date for a reader (a month's name): <c>Text(d, "MMMM")</c> is "January".</summary>
    public static string Text(DateTime value, string format) => value.ToString(format, Prose);

    /// <summary>
    /// A coordinate or length in SVG with at most <paramref name="decimals"/> decimals (0 to 3) and no
    /// trailing zeros, as .NET's format strings round (what the value's first 15 digits show, halves away
    /// from zero). A drawing that keeps its values on a grid (the map) snaps them before writing them.
    /// </summary>
    public static string Svg(double value, int decimals = 1) => value.ToString(_upToDecimals[decimals], CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Svg(double, int)"/>
    public static string Svg(decimal value, int decimals = 1) => value.ToString(_upToDecimals[decimals], CultureInfo.InvariantCulture);

    /// <summary>A position in percent of the drawing ("12.34%"): markers and bars that keep their pixel size.</summary>
    public static string SvgPercent(double value, int decimals = 2) => Svg(value, decimals) + "%";
}
