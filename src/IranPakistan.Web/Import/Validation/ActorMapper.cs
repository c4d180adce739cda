using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>An actor seed → its <see cref="Actor"/>.</summary>
internal static class ActorMapper
{
    public static void Map(FileContext file, ActorSeed seed)
    {
        if (seed.Slug is null || !file.Run.Actors.TryGetValue(seed.Slug, out var actor))
        {
            return;
        }

        if (seed.Slug == "graph")
        {
            file.Error(seed.Line, "actor slug 'graph' is taken by the page /actors/graph; choose another");
        }

        actor.Name = file.Required(seed, seed.Name, "name");
        actor.Description = file.Required(seed, seed.Description, "description");
        actor.Kind = file.Enum<ActorKind>(seed, seed.Kind, "kind");
        actor.Aliases = FieldChecks.Aliases(seed.Aliases);
        (actor.NameFa, actor.NameUr) = file.Check(seed, seed.NativeNames, $"actor '{seed.Slug}'");
        actor.Citations.AddRange(file.Citations(seed, seed.Citations, $"actor '{seed.Slug}'"));
    }
}
