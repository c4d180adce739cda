using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A tie seed → its <see cref="Tie"/>: two known actors, a known type, never with itself, never twice.</summary>
internal static class TieMapper
{
    public static void Map(FileContext file, TieSeed seed)
    {
        var from = file.Reference(seed, file.Run.Actors, seed.From, "actor");
        var to = file.Reference(seed, file.Run.Actors, seed.To, "actor");
        var type = Vocabulary.FindTieType(seed.Type);
        if (type is null)
        {
            file.OneOf(seed, seed.Type, "type", Vocabulary.TieTypes.Select(t => t.Slug).ToList());
        }

        var what = $"tie {seed.From} –{seed.Type}→ {seed.To}";
        var citations = file.Citations(seed, seed.Citations, what);
        if (from is null || to is null || type is null)
        {
            return;
        }

        if (from == to)
        {
            file.Error(seed.Line, $"{what}: an actor cannot have a tie with itself");
            return;
        }

        var keys = file.Run.TieKeys;
        var key = $"{seed.From}|{seed.To}|{type.Slug}";
        var reverse = $"{seed.To}|{seed.From}|{type.Slug}";
        if (keys.TryGetValue(key, out var first) || (!type.Directed && keys.TryGetValue(reverse, out first)))
        {
            file.Error(seed.Line, $"{what} is already stated at {first.File}:{first.Line}; add the citation there instead");
            return;
        }

        keys[key] = (file.File, seed.Line);
        var tie = new Tie
        {
            FromActor = from,
            ToActor = to,
            Type = type.Slug,
            Note = string.IsNullOrWhiteSpace(seed.Note) ? null : seed.Note.Trim(),
            IsHedged = seed.Hedged,
        };
        tie.Citations.AddRange(citations);
        file.Run.Content.Ties.Add(tie);
    }
}
