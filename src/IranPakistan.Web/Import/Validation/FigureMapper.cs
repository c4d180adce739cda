using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A figure seed → its <see cref="Figure"/>: the number as stated, its unit and hedging.</summary>
internal static class FigureMapper
{
    public static void Map(FileContext file, FigureSeed seed)
    {
        if (seed.Slug is null || !file.Run.FigureSlugs.Contains(seed.Slug))
        {
            return;
        }

        var figure = new Figure
        {
            Slug = seed.Slug,
            Label = file.Required(seed, seed.Label, "label"),
            Value = seed.Value ?? file.Missing(seed, "value", 0m),
            ValueMax = seed.ValueMax,
            Unit = file.Enum<FigureUnit>(seed, seed.Unit, "unit"),
            Qualifier = file.Enum<FigureQualifier>(seed, seed.Qualifier, "qualifier"),
            Period = seed.Period,
            Display = seed.Display,
            IsKey = seed.Key,
            Order = seed.Order ?? 0,
            Topic = file.Reference(seed, file.Run.Topics, seed.Topic, "topic") ?? new Topic { Slug = "", Title = "", Summary = "" },
        };
        if (figure.ValueMax is { } max && max < figure.Value)
        {
            file.Error(seed.Line, $"figure '{seed.Slug}': value_max is below value");
        }

        figure.Citations.AddRange(file.Citations(seed, seed.Citations, $"figure '{seed.Slug}'"));
        file.Run.Content.Figures.Add(figure);
    }
}
