using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Mentions;

/// <summary>An actor, place or topic a page links to, with the kind it is grouped under.</summary>
public sealed record MentionView(string Slug, string Name, string Kind, string Href)
{
    /// <summary>The topics whose sections hold these paragraphs, in topic order.</summary>
    public static List<MentionView> TopicsOf(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.SelectMany(p => p.Section.Topics)
            .DistinctBy(t => t.Id)
            .OrderBy(t => t.Order)
            .Select(t => new MentionView(t.Slug, t.Title, "Topic", Urls.Topic(t.Slug)))
            .ToList();
}
