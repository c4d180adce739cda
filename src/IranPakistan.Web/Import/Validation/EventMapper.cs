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

        if (file.Date(seed, required: true) is { } date)
        {
            file.Run.PendingEventDates[ev] = new PendingDate(file, seed, date, file.Run.PendingEventDates.Count);
        }

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
}
