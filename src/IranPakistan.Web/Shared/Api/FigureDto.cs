using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Formatting;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Api;

/// <summary>A figure as every answer gives it: a topic's figures and /api/figures.</summary>
public sealed record FigureDto(string Slug, string Label, string Topic, decimal Value, decimal? ValueMax, string Unit, string Qualifier, string Text, string? Period, IReadOnlyList<CitationDto> Citations, string Url)
{
    public static FigureDto From(Figure f, string topicSlug, IEnumerable<CitationView> citations, SiteAddress site) => new(
        f.Slug, f.Label, topicSlug, f.Value, f.ValueMax, Vocabulary.ToKebab(f.Unit), Vocabulary.ToKebab(f.Qualifier),
        FigureFormatter.Format(f), f.Period, JsonApi.ToDto(citations, site), site.Absolute(Urls.Topic(topicSlug)));
}
