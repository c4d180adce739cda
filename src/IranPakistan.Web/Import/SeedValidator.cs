using System.Globalization;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Import;

/// <summary>The seeds turned into entities, ready to write; only produced when there are no errors.</summary>
public sealed class ValidatedContent
{
    public List<Source> Sources { get; } = [];
    public List<Topic> Topics { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public List<Tie> Ties { get; } = [];
}

/// <summary>
/// Checks every seed (required keys, vocabulary, unique slugs, references, verbatim quotes) and
/// builds the entity graph. It reports every problem it finds rather than stopping at the first.
/// </summary>
public sealed class SeedValidator
{
    private readonly List<SeedError> _errors;
    private readonly ValidatedContent _content = new();
    private readonly Dictionary<string, (Source Source, string File)> _sources = [];
    private readonly Dictionary<string, Topic> _topics = [];
    private readonly Dictionary<string, Actor> _actors = [];
    private readonly Dictionary<string, Place> _places = [];
    private readonly Dictionary<string, Event> _events = [];
    private readonly HashSet<string> _figureSlugs = [];
    private readonly HashSet<string> _agreementSlugs = [];

    // "from|to|type", both ways round for undirected types, to catch a tie seeded twice.
    private readonly Dictionary<string, (string File, int Line)> _tieKeys = [];

    private SeedValidator(List<SeedError> errors) => _errors = errors;

    public static ValidatedContent? Validate(SeedSet seeds, List<SeedError> errors)
    {
        var before = errors.Count;
        var validator = new SeedValidator(errors);
        validator.Run(seeds);
        return errors.Count == before ? validator._content : null;
    }

    private void Run(SeedSet seeds)
    {
        foreach (var (file, doc) in seeds.Sources)
        {
            AddSource(file, doc);
        }

        if (_sources.Count == 0)
        {
            _errors.Add(new SeedError("sources/", 0, "there is no source: add seeds/sources/<slug>.md"));
        }

        // Pass 1 registers slugs so references may point forwards and across files.
        foreach (var (file, seed) in seeds.Files)
        {
            Register(file, seed.Topics, t => t.Slug, _topics, t => new Topic { Slug = t.Slug!, Title = "", Summary = "" });
            Register(file, seed.Actors, a => a.Slug, _actors, a => new Actor { Slug = a.Slug!, Name = "", Description = "" });
            Register(file, seed.Places, p => p.Slug, _places, p => new Place { Slug = p.Slug!, Name = "", Description = "", Country = "" });
            Register(file, seed.Events, e => e.Slug, _events, e => new Event { Slug = e.Slug!, Title = "", Summary = "", Kind = "" });
            RegisterSlugs(file, seed.Figures, f => f.Slug, _figureSlugs, "figure");
            RegisterSlugs(file, seed.Agreements, a => a.Slug, _agreementSlugs, "agreement");
        }

        foreach (var (file, seed) in seeds.Files)
        {
            var ctx = new FileContext(file, seed.DefaultSource);
            if (seed.DefaultSource is not null && !_sources.ContainsKey(seed.DefaultSource))
            {
                Error(file, 1, $"default_source '{seed.DefaultSource}' is not a source in seeds/sources/");
            }

            seed.Topics?.ForEach(t => FillTopic(ctx, t));
            seed.Actors?.ForEach(a => FillActor(ctx, a));
            seed.Places?.ForEach(p => FillPlace(ctx, p));
            seed.Figures?.ForEach(f => FillFigure(ctx, f));
            seed.Events?.ForEach(e => FillEvent(ctx, e));
            seed.Agreements?.ForEach(a => FillAgreement(ctx, a));
            seed.Ties?.ForEach(t => FillTie(ctx, t));
        }

        foreach (var (file, seed) in seeds.Files)
        {
            seed.Events?.ForEach(e => PlaceBefore(new FileContext(file, seed.DefaultSource), e));
        }

        _content.Topics.AddRange(_topics.Values.OrderBy(t => t.Order));
        _content.Actors.AddRange(_actors.Values);
        _content.Places.AddRange(_places.Values);
        _content.Events.AddRange(_events.Values);
        FindMentions();
    }

    private sealed record FileContext(string File, string? DefaultSource);

    private void AddSource(string file, SourceDocument doc)
    {
        var meta = doc.Meta;
        if (meta.Slug is null || meta.Title is null)
        {
            return;
        }

        if (_sources.TryGetValue(meta.Slug, out var existing))
        {
            Error(file, 2, $"source slug '{meta.Slug}' is already used by {existing.File}");
            return;
        }

        var source = new Source
        {
            Slug = meta.Slug,
            Title = meta.Title,
            Subtitle = meta.Subtitle,
            Author = meta.Author,
            Publisher = meta.Publisher,
            Published = meta.Published,
            Url = meta.Url,
            Note = meta.Note,
        };
        var order = 0;
        foreach (var s in doc.Sections)
        {
            var section = new Section { Slug = s.Slug, Title = s.Title, IsSourceHeading = s.IsSourceHeading, Order = order++, Source = source };
            foreach (var p in s.Paragraphs)
            {
                var paragraph = new Paragraph { Number = p.Number, Text = p.Text, Section = section, Source = source };
                section.Paragraphs.Add(paragraph);
                source.Paragraphs.Add(paragraph);
            }

            source.Sections.Add(section);
        }

        _sources[meta.Slug] = (source, file);
        _content.Sources.Add(source);
    }

    private void Register<TSeed, TEntity>(string file, List<TSeed>? seeds, Func<TSeed, string?> slug, Dictionary<string, TEntity> into, Func<TSeed, TEntity> create)
        where TSeed : SeedNode
    {
        foreach (var seed in seeds ?? [])
        {
            if (CheckSlug(file, seed, slug(seed), into.ContainsKey, typeof(TEntity).Name.ToLowerInvariant()))
            {
                into[slug(seed)!] = create(seed);
            }
        }
    }

    private void RegisterSlugs<TSeed>(string file, List<TSeed>? seeds, Func<TSeed, string?> slug, HashSet<string> into, string what)
        where TSeed : SeedNode
    {
        foreach (var seed in seeds ?? [])
        {
            if (CheckSlug(file, seed, slug(seed), into.Contains, what))
            {
                into.Add(slug(seed)!);
            }
        }
    }

    private bool CheckSlug(string file, SeedNode seed, string? slug, Func<string, bool> taken, string what)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            Error(file, seed.Line, $"a {what} needs a 'slug'");
            return false;
        }

        if (!slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            Error(file, seed.Line, $"{what} slug '{slug}' may hold only a-z, 0-9 and '-'");
            return false;
        }

        if (taken(slug))
        {
            Error(file, seed.Line, $"{what} slug '{slug}' is used twice");
            return false;
        }

        return true;
    }

    private void FillTopic(FileContext ctx, TopicSeed seed)
    {
        if (seed.Slug is null || !_topics.TryGetValue(seed.Slug, out var topic))
        {
            return;
        }

        topic.Title = Required(ctx, seed, seed.Title, "title");
        topic.Summary = Required(ctx, seed, seed.Summary, "summary");
        topic.Order = seed.Order ?? Missing(ctx, seed, "order", 0);
        var sourceSlug = seed.Source ?? ctx.DefaultSource;
        if (sourceSlug is null || !_sources.TryGetValue(sourceSlug, out var source))
        {
            Error(ctx.File, seed.Line, $"topic '{seed.Slug}': no source for its sections (set 'source' or default_source)");
        }
        else
        {
            foreach (var slug in seed.Sections ?? Missing(ctx, seed, "sections", new List<string>()))
            {
                if (source.Source.Sections.FirstOrDefault(s => s.Slug == slug) is { } section)
                {
                    topic.Sections.Add(section);
                }
                else
                {
                    Error(ctx.File, seed.Line, $"topic '{seed.Slug}': section '{slug}' is not in source '{sourceSlug}' (it has: {string.Join(", ", source.Source.Sections.Select(s => s.Slug))})");
                }
            }
        }

        var order = 0;
        foreach (var claim in seed.Overview ?? Missing(ctx, seed, "overview", new List<ClaimSeed>()))
        {
            var entity = new TopicClaim { Text = Required(ctx, claim, claim.Text, "text"), Order = order++ };
            entity.Citations.AddRange(Citations(ctx, claim, claim.Citations, $"topic '{seed.Slug}' claim"));
            topic.Claims.Add(entity);
        }
    }

    private void FillActor(FileContext ctx, ActorSeed seed)
    {
        if (seed.Slug is null || !_actors.TryGetValue(seed.Slug, out var actor))
        {
            return;
        }

        if (seed.Slug == "graph")
        {
            Error(ctx.File, seed.Line, "actor slug 'graph' is taken by the page /actors/graph; choose another");
        }

        actor.Name = Required(ctx, seed, seed.Name, "name");
        actor.Description = Required(ctx, seed, seed.Description, "description");
        actor.Kind = Enum<ActorKind>(ctx, seed, seed.Kind, "kind");
        actor.Aliases = Aliases(seed.Aliases);
        actor.Citations.AddRange(Citations(ctx, seed, seed.Citations, $"actor '{seed.Slug}'"));
    }

    private void FillPlace(FileContext ctx, PlaceSeed seed)
    {
        if (seed.Slug is null || !_places.TryGetValue(seed.Slug, out var place))
        {
            return;
        }

        place.Name = Required(ctx, seed, seed.Name, "name");
        place.Description = Required(ctx, seed, seed.Description, "description");
        place.Country = Required(ctx, seed, seed.Country, "country");
        place.Kind = Enum<PlaceKind>(ctx, seed, seed.Kind, "kind");
        place.Aliases = Aliases(seed.Aliases);
        place.Latitude = seed.Latitude ?? Missing(ctx, seed, "latitude", 0d);
        place.Longitude = seed.Longitude ?? Missing(ctx, seed, "longitude", 0d);
        if (place.Latitude is < -90 or > 90 || place.Longitude is < -180 or > 180)
        {
            Error(ctx.File, seed.Line, $"place '{seed.Slug}': latitude must be within ±90 and longitude within ±180");
        }

        place.Citations.AddRange(Citations(ctx, seed, seed.Citations, $"place '{seed.Slug}'"));
    }

    private void FillFigure(FileContext ctx, FigureSeed seed)
    {
        if (seed.Slug is null || !_figureSlugs.Contains(seed.Slug))
        {
            return;
        }

        var figure = new Figure
        {
            Slug = seed.Slug,
            Label = Required(ctx, seed, seed.Label, "label"),
            Value = seed.Value ?? Missing(ctx, seed, "value", 0m),
            ValueMax = seed.ValueMax,
            Unit = Enum<FigureUnit>(ctx, seed, seed.Unit, "unit"),
            Qualifier = Enum<FigureQualifier>(ctx, seed, seed.Qualifier, "qualifier"),
            Period = seed.Period,
            Display = seed.Display,
            IsKey = seed.Key,
            Order = seed.Order ?? 0,
            Topic = Reference(ctx, seed, _topics, seed.Topic, "topic") ?? new Topic { Slug = "", Title = "", Summary = "" },
        };
        if (figure.ValueMax is { } max && max < figure.Value)
        {
            Error(ctx.File, seed.Line, $"figure '{seed.Slug}': value_max is below value");
        }

        figure.Citations.AddRange(Citations(ctx, seed, seed.Citations, $"figure '{seed.Slug}'"));
        _content.Figures.Add(figure);
    }

    private void FillEvent(FileContext ctx, EventSeed seed)
    {
        if (seed.Slug is null || !_events.TryGetValue(seed.Slug, out var ev))
        {
            return;
        }

        ev.Title = Required(ctx, seed, seed.Title, "title");
        ev.Summary = Required(ctx, seed, seed.Summary, "summary");
        ev.Kind = OneOf(ctx, seed, seed.Kind, "kind", Vocabulary.EventKinds);
        if (seed.Episode is not null)
        {
            ev.Episode = OneOf(ctx, seed, seed.Episode, "episode", Vocabulary.Episodes);
        }

        var date = ParseDate(ctx, seed, required: true);
        ev.DateStart = date?.Start ?? default;
        ev.DateEnd = date?.End;
        ev.DatePrecision = date?.Precision ?? default;
        ev.DateLabel = seed.DateLabel;
        ev.SortOrder = seed.Sort;
        foreach (var a in seed.Actors ?? [])
        {
            if (Reference(ctx, a, _actors, a.Actor, "actor") is { } actor)
            {
                ev.Actors.Add(new EventActor { Actor = actor, Event = ev, Role = Required(ctx, a, a.Role, "role") });
            }
        }

        ev.Places.AddRange(References(ctx, seed, _places, seed.Places, "place"));
        ev.Topics.AddRange(References(ctx, seed, _topics, seed.Topics, "topic"));
        ev.Citations.AddRange(Citations(ctx, seed, seed.Citations, $"event '{seed.Slug}'"));
    }

    /// <summary>"Shortly before the visit": file the event on the visit's date, just ahead of it.</summary>
    private void PlaceBefore(FileContext ctx, EventSeed seed)
    {
        if (seed.Before is null || seed.Slug is null || !_events.TryGetValue(seed.Slug, out var ev))
        {
            return;
        }

        if (ev.DatePrecision != DatePrecision.Relative)
        {
            Error(ctx.File, seed.Line, $"event '{seed.Slug}': 'before' is for relative dates only");
        }
        else if (seed.Before == seed.Slug)
        {
            Error(ctx.File, seed.Line, $"event '{seed.Slug}' cannot come before itself");
        }
        else if (Reference(ctx, seed, _events, seed.Before, "event") is { } next)
        {
            ev.DateStart = next.DateStart;
            ev.SortOrder = next.SortOrder - 1 + Math.Min(seed.Sort, 0);
        }
    }

    private void FillAgreement(FileContext ctx, AgreementSeed seed)
    {
        if (seed.Slug is null || !_agreementSlugs.Contains(seed.Slug))
        {
            return;
        }

        var date = seed.Date is null && seed.Precision is null ? null : ParseDate(ctx, seed, required: false);
        var agreement = new Agreement
        {
            Slug = seed.Slug,
            Title = Required(ctx, seed, seed.Title, "title"),
            Summary = Required(ctx, seed, seed.Summary, "summary"),
            Kind = OneOf(ctx, seed, seed.Kind, "kind", Vocabulary.AgreementKinds),
            Status = OneOf(ctx, seed, seed.Status, "status", Vocabulary.AgreementStatuses),
            DateStart = date?.Start,
            DatePrecision = date?.Precision,
            DateLabel = seed.DateLabel,
            Event = seed.Event is null ? null : Reference(ctx, seed, _events, seed.Event, "event"),
        };
        agreement.Parties.AddRange(References(ctx, seed, _actors, seed.Parties, "actor"));
        agreement.Topics.AddRange(References(ctx, seed, _topics, seed.Topics, "topic"));
        agreement.Citations.AddRange(Citations(ctx, seed, seed.Citations, $"agreement '{seed.Slug}'"));
        _content.Agreements.Add(agreement);
    }

    private void FillTie(FileContext ctx, TieSeed seed)
    {
        var from = Reference(ctx, seed, _actors, seed.From, "actor");
        var to = Reference(ctx, seed, _actors, seed.To, "actor");
        var type = Vocabulary.FindTieType(seed.Type);
        if (type is null)
        {
            OneOf(ctx, seed, seed.Type, "type", Vocabulary.TieTypes.Select(t => t.Slug).ToList());
        }

        var what = $"tie {seed.From} –{seed.Type}→ {seed.To}";
        var citations = Citations(ctx, seed, seed.Citations, what);
        if (from is null || to is null || type is null)
        {
            return;
        }

        if (from == to)
        {
            Error(ctx.File, seed.Line, $"{what}: an actor cannot have a tie with itself");
            return;
        }

        var key = $"{seed.From}|{seed.To}|{type.Slug}";
        var reverse = $"{seed.To}|{seed.From}|{type.Slug}";
        if (_tieKeys.TryGetValue(key, out var first) || (!type.Directed && _tieKeys.TryGetValue(reverse, out first)))
        {
            Error(ctx.File, seed.Line, $"{what} is already stated at {first.File}:{first.Line}; add the citation there instead");
            return;
        }

        _tieKeys[key] = (ctx.File, seed.Line);
        var tie = new Tie
        {
            FromActor = from,
            ToActor = to,
            Type = type.Slug,
            Note = string.IsNullOrWhiteSpace(seed.Note) ? null : seed.Note.Trim(),
            IsHedged = seed.Hedged,
        };
        tie.Citations.AddRange(citations);
        _content.Ties.Add(tie);
    }

    private sealed record ParsedDate(DateTime Start, DateTime? End, DatePrecision Precision);

    private ParsedDate? ParseDate(FileContext ctx, DatedSeed seed, bool required)
    {
        if (seed.Date is null)
        {
            if (required)
            {
                Error(ctx.File, seed.Line, $"'{seed.Slug}' needs a 'date' (yyyy, yyyy-mm or yyyy-mm-dd)");
            }

            return null;
        }

        var precision = Enum<DatePrecision>(ctx, seed, seed.Precision, "precision");
        if (!TryParseDate(seed.Date, out var start, out var form))
        {
            Error(ctx.File, seed.Line, $"'{seed.Slug}': date '{seed.Date}' is not yyyy, yyyy-mm or yyyy-mm-dd");
            return null;
        }

        // A date written to the month cannot claim day precision, and the reverse would hide what we know.
        var expected = precision switch
        {
            DatePrecision.Day => DatePrecision.Day,
            DatePrecision.Month => DatePrecision.Month,
            DatePrecision.Year => DatePrecision.Year,
            _ => form,
        };
        if (expected != form)
        {
            Error(ctx.File, seed.Line, $"'{seed.Slug}': precision '{Vocabulary.ToKebab(precision)}' needs a date written as {Pattern(expected)}, not '{seed.Date}'");
        }

        if (precision is DatePrecision.Approximate or DatePrecision.Relative && string.IsNullOrWhiteSpace(seed.DateLabel))
        {
            Error(ctx.File, seed.Line, $"'{seed.Slug}': an {Vocabulary.ToKebab(precision)} date needs a 'date_label' in the source's words");
        }

        DateTime? end = null;
        if (seed.End is not null)
        {
            if (!TryParseDate(seed.End, out var e, out _))
            {
                Error(ctx.File, seed.Line, $"'{seed.Slug}': end '{seed.End}' is not yyyy, yyyy-mm or yyyy-mm-dd");
            }
            else if (e < start)
            {
                Error(ctx.File, seed.Line, $"'{seed.Slug}': end '{seed.End}' is before date '{seed.Date}'");
            }
            else
            {
                end = e;
            }
        }

        return new ParsedDate(start, end, precision);
    }

    private static string Pattern(DatePrecision p) => p switch
    {
        DatePrecision.Day => "yyyy-mm-dd",
        DatePrecision.Month => "yyyy-mm",
        _ => "yyyy",
    };

    private static bool TryParseDate(string text, out DateTime date, out DatePrecision form)
    {
        (form, var format) = text.Length switch
        {
            10 => (DatePrecision.Day, "yyyy-MM-dd"),
            7 => (DatePrecision.Month, "yyyy-MM"),
            4 => (DatePrecision.Year, "yyyy"),
            _ => (DatePrecision.Day, ""),
        };
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private List<Citation> Citations(FileContext ctx, SeedNode owner, List<CitationSeed>? seeds, string what)
    {
        var result = new List<Citation>();
        if (seeds is null || seeds.Count == 0)
        {
            Error(ctx.File, owner.Line, $"{what} has no citations: every fact needs a verbatim quote");
            return result;
        }

        foreach (var seed in seeds)
        {
            var line = seed.Line > 0 ? seed.Line : owner.Line;
            var sourceSlug = seed.Source ?? ctx.DefaultSource;
            if (string.IsNullOrWhiteSpace(seed.Quote))
            {
                Error(ctx.File, line, $"{what}: a citation needs a 'quote'");
                continue;
            }

            if (sourceSlug is null || !_sources.TryGetValue(sourceSlug, out var source))
            {
                Error(ctx.File, line, sourceSlug is null
                    ? $"{what}: the citation names no source (set 'source' or default_source)"
                    : $"{what}: unknown source '{sourceSlug}'");
                continue;
            }

            var hits = source.Source.Paragraphs.Where(p => QuoteMatcher.Contains(p.Text, seed.Quote)).ToList();
            switch (hits.Count)
            {
                case 1:
                    var span = QuoteMatcher.Find(hits[0].Text, seed.Quote)!.Value;
                    result.Add(new Citation { Paragraph = hits[0], Quote = hits[0].Text.Substring(span.Start, span.Length), Order = result.Count });
                    break;
                case 0:
                    Error(ctx.File, line, $"{what}: quote not found in source '{sourceSlug}': \"{Shorten(seed.Quote)}\"{Hint(source.Source, seed.Quote)}");
                    break;
                default:
                    Error(ctx.File, line, $"{what}: quote occurs in {hits.Count} paragraphs ({string.Join(", ", hits.Select(h => $"#p-{h.Number}"))}) of '{sourceSlug}'; quote more words so it points at one");
                    break;
            }
        }

        return result;
    }

    private static string Hint(Source source, string quote)
    {
        var typographic = quote.Replace('\'', '’').Replace("\"", "“", StringComparison.Ordinal);
        var loose = source.Paragraphs.Any(p => Fold(p.Text).Contains(Fold(quote), StringComparison.Ordinal));
        return loose ? " (it differs only in quotation marks or case: the source uses ’ “ ”, copy them from the source)" : "";

        static string Fold(string s) => QuoteMatcher.Normalize(s, out _)
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant();
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : s[..87] + "…";

    private static List<string> Aliases(List<string>? aliases) =>
        aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList() ?? [];

    private T? Reference<T>(FileContext ctx, SeedNode seed, Dictionary<string, T> known, string? slug, string what)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            Error(ctx.File, seed.Line, $"a {what} reference is empty");
            return null;
        }

        if (known.TryGetValue(slug, out var value))
        {
            return value;
        }

        Error(ctx.File, seed.Line, $"unknown {what} '{slug}'", unknownReference: true);
        return null;
    }

    private List<T> References<T>(FileContext ctx, SeedNode seed, Dictionary<string, T> known, List<string>? slugs, string what)
        where T : class =>
        (slugs ?? []).Distinct().Select(s => Reference(ctx, seed, known, s, what)).OfType<T>().ToList();

    private string Required(FileContext ctx, SeedNode seed, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(ctx.File, seed.Line, $"missing '{key}'");
            return "";
        }

        return value.Trim();
    }

    private T Missing<T>(FileContext ctx, SeedNode seed, string key, T fallback)
    {
        Error(ctx.File, seed.Line, $"missing '{key}'");
        return fallback;
    }

    private TEnum Enum<TEnum>(FileContext ctx, SeedNode seed, string? value, string key) where TEnum : struct, Enum
    {
        if (Vocabulary.FromKebab<TEnum>(value) is { } parsed)
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(Vocabulary.ToKebab));
        Error(ctx.File, seed.Line, value is null ? $"missing '{key}' (one of: {allowed})" : $"'{key}' is '{value}', expected one of: {allowed}");
        return default;
    }

    private string OneOf(FileContext ctx, SeedNode seed, string? value, string key, IReadOnlyList<string> allowed)
    {
        if (value is not null && allowed.Contains(value))
        {
            return value;
        }

        Error(ctx.File, seed.Line, value is null
            ? $"missing '{key}' (one of: {string.Join(", ", allowed)})"
            : $"'{key}' is '{value}', expected one of: {string.Join(", ", allowed)}");
        return value ?? "";
    }

    private void Error(string file, int line, string message, bool unknownReference = false) =>
        _errors.Add(new SeedError(file, line, message) { IsUnknownReference = unknownReference });

    /// <summary>Links each paragraph to the actors and places it names (by name or alias, whole words).</summary>
    private void FindMentions()
    {
        var paragraphs = _content.Sources.SelectMany(s => s.Paragraphs).ToList();
        foreach (var actor in _content.Actors)
        {
            actor.MentionedIn.AddRange(paragraphs.Where(p => NameMatcher.Mentions(p.Text, actor.Name, actor.Aliases)));
        }

        foreach (var place in _content.Places)
        {
            place.MentionedIn.AddRange(paragraphs.Where(p => NameMatcher.Mentions(p.Text, place.Name, place.Aliases)));
        }
    }
}
