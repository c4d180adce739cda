using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>An episode seed → its <see cref="Episode"/>: our name for a run of events and a cited description.</summary>
internal static class EpisodeMapper
{
    public static void Map(FileContext file, EpisodeSeed seed)
    {
        if (seed.Slug is null || !file.Run.Episodes.TryGetValue(seed.Slug, out var episode))
        {
            return;
        }

        episode.Title = file.Required(seed, seed.Title, "title");
        episode.Description = file.Required(seed, seed.Description, "description");
        episode.Citations.AddRange(file.Citations(seed, seed.Citations, $"episode '{seed.Slug}'"));
    }
}
