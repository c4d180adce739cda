using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Shared.Formatting;

/// <summary>Writes a figure with exactly the hedging the source gives it ("about $1.7 billion").</summary>
public static class FigureFormatter
{
    public static string Format(Figure f)
    {
        if (!string.IsNullOrWhiteSpace(f.Display))
        {
            return f.Display;
        }

        var number = f.ValueMax is { } max && f.Qualifier == FigureQualifier.Range
            ? $"{Number(f.Value, f.Unit)}–{Number(max, f.Unit)}"
            : Number(f.Value, f.Unit);
        var text = f.Unit switch
        {
            FigureUnit.TrucksPerDay => $"{number} trucks a day",
            FigureUnit.GoodsTypesPerDay => $"{number} types of goods a day",
            FigureUnit.PeoplePerYear => $"{number} a year",
            _ => number,
        };
        return f.Qualifier switch
        {
            FigureQualifier.Approximate => $"about {text}",
            FigureQualifier.Estimate => $"an estimated {text}",
            FigureQualifier.AtLeast => $"over {text}",
            FigureQualifier.Target => $"{text} (target)",
            _ => text,
        };
    }

    /// <summary>The qualifier in words for screen readers and tables ("approximate").</summary>
    public static string QualifierLabel(Figure f) => f.Qualifier switch
    {
        FigureQualifier.Exact => "as stated",
        FigureQualifier.AtLeast => "lower bound",
        _ => Data.Vocabulary.ToKebab(f.Qualifier).Replace('-', ' '),
    };

    /// <summary>
    /// Dollars with the scale in words from a million on: "$1.7 billion", "$600 million", "$25,000";
    /// <paramref name="abbreviated"/> for an axis: "$1.7bn", "$600m".
    /// </summary>
    public static string Usd(decimal value, bool abbreviated = false) => value switch
    {
        >= 1_000_000_000m => $"${Formats.Text(value / 1_000_000_000m, "0.##")}{(abbreviated ? "bn" : " billion")}",
        >= 1_000_000m => $"${Formats.Text(value / 1_000_000m, "0.##")}{(abbreviated ? "m" : " million")}",
        _ => $"${Formats.Text(value, "#,0")}",
    };

    private static string Number(decimal value, FigureUnit unit) => unit switch
    {
        FigureUnit.Usd => Usd(value),
        FigureUnit.Rank => Ordinal((int)value),
        FigureUnit.Year => Formats.Text(value, "0"),
        _ => Formats.Text(value, "#,0.##"),
    };

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
