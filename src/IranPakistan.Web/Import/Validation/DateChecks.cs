using System.Globalization;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A seed's date as checked: where it starts, where a range ends, how precisely the source gives it.</summary>
internal sealed record ParsedDate(DateTime Start, DateTime? End, DatePrecision Precision);

/// <summary>
/// Dates no more precise than the source (docs/seed-format.md, "Dates"): the written form must match
/// the precision, vague dates carry the source's words, and a range ends no earlier than it starts.
/// </summary>
internal static class DateChecks
{
    /// <summary>The seed's date, or null when it has none or it does not parse (reported, unless optional and absent).</summary>
    public static ParsedDate? Date(this FileContext file, DatedSeed seed, bool required)
    {
        if (seed.Date is null)
        {
            if (required)
            {
                file.Error(seed.Line, $"'{seed.Slug}' needs a 'date' (yyyy, yyyy-mm or yyyy-mm-dd)");
            }

            return null;
        }

        var precision = file.Enum<DatePrecision>(seed, seed.Precision, "precision");
        if (!TryParse(seed.Date, out var start, out var form))
        {
            file.Error(seed.Line, $"'{seed.Slug}': date '{seed.Date}' is not yyyy, yyyy-mm or yyyy-mm-dd");
            return null;
        }

        // A date written to the month cannot claim day precision, and the reverse would hide what we know.
        var expected = precision switch
        {
            DatePrecision.Day => DatePrecision.Day,
            DatePrecision.Month => DatePrecision.Month,
            DatePrecision.Year => DatePrecision.Year,
            _ => form,
        };
        if (expected != form)
        {
            file.Error(seed.Line, $"'{seed.Slug}': precision '{Vocabulary.ToKebab(precision)}' needs a date written as {Pattern(expected)}, not '{seed.Date}'");
        }

        if (precision is DatePrecision.Approximate or DatePrecision.Relative && string.IsNullOrWhiteSpace(seed.DateLabel))
        {
            file.Error(seed.Line, $"'{seed.Slug}': an {Vocabulary.ToKebab(precision)} date needs a 'date_label' in the source's words");
        }

        DateTime? end = null;
        if (seed.End is not null)
        {
            if (!TryParse(seed.End, out var e, out _))
            {
                file.Error(seed.Line, $"'{seed.Slug}': end '{seed.End}' is not yyyy, yyyy-mm or yyyy-mm-dd");
            }
            else if (e < start)
            {
                file.Error(seed.Line, $"'{seed.Slug}': end '{seed.End}' is before date '{seed.Date}'");
            }
            else
            {
                end = e;
            }
        }

        return new ParsedDate(start, end, precision);
    }

    /// <summary>"2024-01-16", "2024-01" or "2024": the first day it covers and the precision its form states.</summary>
    public static bool TryParse(string text, out DateTime date, out DatePrecision form)
    {
        (form, var format) = text.Length switch
        {
            10 => (DatePrecision.Day, "yyyy-MM-dd"),
            7 => (DatePrecision.Month, "yyyy-MM"),
            4 => (DatePrecision.Year, "yyyy"),
            _ => (DatePrecision.Day, ""),
        };
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Pattern(DatePrecision p) => p switch
    {
        DatePrecision.Day => "yyyy-mm-dd",
        DatePrecision.Month => "yyyy-mm",
        _ => "yyyy",
    };
}
