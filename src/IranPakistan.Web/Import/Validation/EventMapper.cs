using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>An event seed → its <see cref="Event"/>: date, episode, actors with roles, places, topics.</summary>
internal static class EventMapper
{
    public static void Map(FileContext file, EventSeed seed)
    {
        if (seed.Slug is null || !file.Run.Events.TryGetValue(seed.Slug, out var ev))
        {
            return;
        }

        ev.Title = file.Required(seed, seed.Title, "title");
        ev.Summary = file.Required(seed, seed.Summary, "summary");
        ev.Kind = file.OneOf(seed, seed.Kind, "kind", Vocabulary.EventKinds);
        if (seed.Episode is not null)
        {
            ev.Episode = file.Reference(seed, file.Run.Episodes, seed.Episode, "episode")?.Slug;
        }

        var date = file.Date(seed, required: true);
        ev.DateStart = date?.Start ?? default;
        ev.DateEnd = date?.End;
        ev.DatePrecision = date?.Precision ?? default;
        ev.DateLabel = seed.DateLabel;
        ev.SortOrder = seed.Sort;
        foreach (var a in seed.Actors ?? [])
        {
            if (file.Reference(a, file.Run.Actors, a.Actor, "actor") is { } actor)
            {
                ev.Actors.Add(new EventActor { Actor = actor, Event = ev, Role = file.Required(a, a.Role, "role") });
            }
        }

        ev.Places.AddRange(file.References(seed, file.Run.Places, seed.Places, "place"));
        ev.Topics.AddRange(file.References(seed, file.Run.Topics, seed.Topics, "topic"));
        ev.Citations.AddRange(file.Citations(seed, seed.Citations, $"event '{seed.Slug}'"));
    }

    /// <summary>
    /// "Shortly before the visit": file the event on the visit's date, just ahead of it. Runs after
    /// every event is mapped, since the one it comes before may be in a later file.
    /// </summary>
    public static void PlaceBefore(FileContext file, EventSeed seed)
    {
        if (seed.Before is null || seed.Slug is null || !file.Run.Events.TryGetValue(seed.Slug, out var ev))
        {
            return;
        }

        if (ev.DatePrecision != DatePrecision.Relative)
        {
            file.Error(seed.Line, $"event '{seed.Slug}': 'before' is for relative dates only");
        }
        else if (seed.Before == seed.Slug)
        {
            file.Error(seed.Line, $"event '{seed.Slug}' cannot come before itself");
        }
        else if (file.Reference(seed, file.Run.Events, seed.Before, "event") is { } next)
        {
            ev.DateStart = next.DateStart;
            ev.SortOrder = next.SortOrder - 1 + Math.Min(seed.Sort, 0);
        }
    }
}
