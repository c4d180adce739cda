using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A topic seed → its <see cref="Topic"/>: the source sections it covers and its cited overview claims.</summary>
internal static class TopicMapper
{
    public static void Map(FileContext file, TopicSeed seed)
    {
        if (seed.Slug is null || !file.Run.Topics.TryGetValue(seed.Slug, out var topic))
        {
            return;
        }

        topic.Title = file.Required(seed, seed.Title, "title");
        topic.Summary = file.Required(seed, seed.Summary, "summary");
        topic.Order = seed.Order ?? file.Missing(seed, "order", 0);
        var sourceSlug = seed.Source ?? file.DefaultSource;
        if (sourceSlug is null || !file.Run.Sources.TryGetValue(sourceSlug, out var source))
        {
            file.Error(seed.Line, $"topic '{seed.Slug}': no source for its sections (set 'source' or default_source)");
        }
        else
        {
            foreach (var slug in seed.Sections ?? file.Missing(seed, "sections", new List<string>()))
            {
                if (source.Source.Sections.FirstOrDefault(s => s.Slug == slug) is { } section)
                {
                    topic.Sections.Add(section);
                }
                else
                {
                    file.Error(seed.Line, $"topic '{seed.Slug}': section '{slug}' is not in source '{sourceSlug}' (it has: {string.Join(", ", source.Source.Sections.Select(s => s.Slug))})");
                }
            }
        }

        var order = 0;
        foreach (var claim in seed.Overview ?? file.Missing(seed, "overview", new List<ClaimSeed>()))
        {
            var entity = new TopicClaim { Text = file.Required(claim, claim.Text, "text"), Order = order++, OnHome = claim.Home == true };
            entity.Citations.AddRange(file.Citations(claim, claim.Citations, $"topic '{seed.Slug}' claim"));
            topic.Claims.Add(entity);
        }
    }
}
