using YamlDotNet.Serialization;

namespace IranPakistan.Web.Import;

// The shapes of the YAML seed files (docs/seed-format.md). They are plain data: the validator
// turns them into entities only after every file has been checked.

/// <summary>Anything the reader can point an error at.</summary>
public abstract class SeedNode
{
    [YamlIgnore]
    public int Line { get; set; }
}

public sealed class SeedFile
{
    public string? DefaultSource { get; set; }
    public List<TopicSeed>? Topics { get; set; }
    public List<ActorSeed>? Actors { get; set; }
    public List<PlaceSeed>? Places { get; set; }
    public List<FigureSeed>? Figures { get; set; }
    public List<ChartSeed>? Charts { get; set; }
    public List<EpisodeSeed>? Episodes { get; set; }
    public List<EventSeed>? Events { get; set; }
    public List<AgreementSeed>? Agreements { get; set; }
    public List<TieSeed>? Ties { get; set; }
    public List<NoteSeed>? Notes { get; set; }
    public List<SynonymSeed>? Synonyms { get; set; }
    public List<RedirectSeed>? Redirects { get; set; }
}

/// <summary>An old slug kept alive (seeds/redirects.yaml): its addresses answer 301 with the new slug's.</summary>
public sealed class RedirectSeed : SeedNode
{
    public string? Kind { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>Words and phrases that mean the same for search (seeds/synonyms.yaml): spellings and acronyms, never facts.</summary>
public sealed class SynonymSeed : SeedNode
{
    public List<string>? Terms { get; set; }
}

public sealed class CitationSeed : SeedNode
{
    public string? Quote { get; set; }
    public string? Source { get; set; }
}

public abstract class CitedSeed : SeedNode
{
    public string? Slug { get; set; }
    public List<CitationSeed>? Citations { get; set; }
}

public sealed class TopicSeed : SeedNode
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public List<string>? Sections { get; set; }
    public string? Source { get; set; }
    public List<ClaimSeed>? Overview { get; set; }
}

public sealed class ClaimSeed : SeedNode
{
    public string? Text { get; set; }
    public bool? Home { get; set; }
    public List<CitationSeed>? Citations { get; set; }
}

public sealed class ActorSeed : CitedSeed
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Aliases { get; set; }

    /// <summary>The name in the region's scripts, by language tag (fa, ur).</summary>
    public Dictionary<string, string?>? NativeNames { get; set; }
    public string? Description { get; set; }
}

public sealed class PlaceSeed : CitedSeed
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Country { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<string>? Aliases { get; set; }

    /// <summary>The name in the region's scripts, by language tag (fa, ur).</summary>
    public Dictionary<string, string?>? NativeNames { get; set; }
    public string? Description { get; set; }
}

public sealed class FigureSeed : CitedSeed
{
    public string? Label { get; set; }
    public decimal? Value { get; set; }
    public decimal? ValueMax { get; set; }
    public string? Unit { get; set; }
    public string? Qualifier { get; set; }
    public string? Period { get; set; }
    public string? Display { get; set; }
    public string? Topic { get; set; }
    public bool Key { get; set; }
    public int? Order { get; set; }
}

/// <summary>Figures drawn together as one chart (seeds/charts.yaml); no citations: its figures carry them.</summary>
public sealed class ChartSeed : SeedNode
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Topic { get; set; }
    public List<ChartBarSeed>? Bars { get; set; }
}

public sealed class ChartBarSeed : SeedNode
{
    public string? Figure { get; set; }
    public string? Label { get; set; }
}

public abstract class DatedSeed : CitedSeed
{
    public string? Date { get; set; }
    public string? End { get; set; }
    public string? Precision { get; set; }
    public string? DateLabel { get; set; }
    public int Sort { get; set; }

    /// <summary>Relative dates: the first and last day the source allows (yyyy, yyyy-mm or yyyy-mm-dd).</summary>
    public string? Earliest { get; set; }
    public string? Latest { get; set; }

    /// <summary>Relative dates: the events (slugs) this one came before, after or during.</summary>
    public List<string>? Before { get; set; }
    public List<string>? After { get; set; }
    public List<string>? During { get; set; }

    /// <summary>The source gives no year: why the year can be inferred (shown to readers; the year shows in brackets).</summary>
    public string? YearInferred { get; set; }
}

public sealed class EventSeed : DatedSeed
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Kind { get; set; }
    public string? Episode { get; set; }

    public List<EventActorSeed>? Actors { get; set; }
    public List<string>? Places { get; set; }
    public List<string>? Topics { get; set; }
}

/// <summary>A run of events the timeline groups under one heading (seeds/episodes.yaml).</summary>
public sealed class EpisodeSeed : CitedSeed
{
    public string? Title { get; set; }
    public string? Description { get; set; }
}

public sealed class EventActorSeed : SeedNode
{
    public string? Actor { get; set; }
    public string? Role { get; set; }
}

public sealed class AgreementSeed : DatedSeed
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Kind { get; set; }
    public string? Status { get; set; }

    /// <summary>The words of the source the status rests on: part of one of the agreement's cited quotes.</summary>
    public string? StatusQuote { get; set; }
    public string? Event { get; set; }
    public List<string>? Parties { get; set; }
    public List<string>? Topics { get; set; }
}

/// <summary>A typed tie between two actors (seeds/ties.yaml).</summary>
public sealed class TieSeed : SeedNode
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Type { get; set; }
    public string? Note { get; set; }
    public bool Hedged { get; set; }
    public List<CitationSeed>? Citations { get; set; }
}

/// <summary>An editor's note (seeds/notes.yaml): our words, apart from the cited facts, with outside references.</summary>
public sealed class NoteSeed : SeedNode
{
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public string? Event { get; set; }
    public string? Actor { get; set; }
    public string? Agreement { get; set; }
    public string? Source { get; set; }

    /// <summary>The source's words the note is about: verified verbatim like a citation's quote.</summary>
    public string? Quote { get; set; }
    public List<ReferenceSeed>? References { get; set; }
}

public sealed class ReferenceSeed : SeedNode
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Date { get; set; }
    public string? Url { get; set; }
}
