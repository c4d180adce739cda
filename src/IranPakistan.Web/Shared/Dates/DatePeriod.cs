using System.Globalization;
using System.Text.RegularExpressions;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>A year, month or day as a half-open range [Start, End).</summary>
public sealed partial record DatePeriod(DateTime Start, DateTime End)
{
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Accepts exactly <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>, and only real dates.</summary>
    public static bool TryParse(string text, out DatePeriod period)
    {
        period = null!;
        var m = Shape().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
        var day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var start = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var end = m.Groups[3].Success ? AddSafely(start, d => d.AddDays(1))
            : m.Groups[2].Success ? AddSafely(start, d => d.AddMonths(1))
            : AddSafely(start, d => d.AddYears(1));
        period = new DatePeriod(start, end);
        return true;
    }

    public bool Overlaps(DateTime start, DateTime end) => start < End && end > Start;

    /// <summary>9999-12-31 has no next day; within that year the period runs to the end of time.</summary>
    internal static DateTime AddSafely(DateTime value, Func<DateTime, DateTime> add) =>
        value.Year == 9999 ? DateTime.MaxValue : add(value);
}
