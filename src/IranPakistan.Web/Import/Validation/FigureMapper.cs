using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A figure seed → its <see cref="Figure"/>: the number as stated, its unit and hedging.</summary>
internal static class FigureMapper
{
    public static void Map(FileContext file, FigureSeed seed)
    {
        if (seed.Slug is null || !file.Run.Figures.TryGetValue(seed.Slug, out var figure))
        {
            return;
        }

        figure.Label = file.Required(seed, seed.Label, "label");
        figure.Value = seed.Value ?? file.Missing(seed, "value", 0m);
        figure.ValueMax = seed.ValueMax;
        figure.Unit = file.Enum<FigureUnit>(seed, seed.Unit, "unit");
        figure.Qualifier = file.Enum<FigureQualifier>(seed, seed.Qualifier, "qualifier");
        figure.Period = seed.Period;
        figure.Display = seed.Display;
        figure.IsKey = seed.Key;
        figure.Order = seed.Order ?? 0;
        figure.Topic = file.Reference(seed, file.Run.Topics, seed.Topic, "topic") ?? new Topic { Slug = "", Title = "", Summary = "" };
        if (figure.ValueMax is { } max && max < figure.Value)
        {
            file.Error(seed.Line, $"figure '{seed.Slug}': value_max is below value");
        }

        figure.Citations.AddRange(file.Citations(seed, seed.Citations, $"figure '{seed.Slug}'"));
    }
}
