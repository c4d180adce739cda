using IranPakistan.Web.Import.Validation;

namespace IranPakistan.Web.Import;

/// <summary>
/// Checks every seed (required keys, vocabulary, unique slugs, references, dates, verbatim quotes) and
/// builds the entity graph. It reports every problem it finds rather than stopping at the first. The
/// checks live by concern in Validation/: <see cref="ReferenceChecks"/>, <see cref="CitationChecks"/>,
/// <see cref="DateChecks"/>, <see cref="FieldChecks"/>, one mapper per kind of seed, and
/// <see cref="MentionFinder"/>; this class only runs them in order.
/// </summary>
public static class SeedValidator
{
    /// <summary>The content, or null when anything was added to <paramref name="errors"/>.</summary>
    public static ValidatedContent? Validate(SeedSet seeds, List<SeedError> errors)
    {
        var before = errors.Count;
        var run = new ValidationRun(errors);

        foreach (var (file, doc) in seeds.Sources)
        {
            SourceMapper.Map(run, file, doc);
        }

        if (run.Sources.Count == 0)
        {
            run.Error("sources/", 0, "there is no source: add seeds/sources/<slug>.md");
        }

        // Pass 1 registers slugs so references may point forwards and across files.
        foreach (var (file, seed) in seeds.Files)
        {
            ReferenceChecks.Register(run, file, seed);
        }

        // Pass 2 fills in every item, file by file; within a file, kind by kind in this order.
        foreach (var (file, seed) in seeds.Files)
        {
            var context = new FileContext(run, file, seed.DefaultSource);
            ReferenceChecks.CheckDefaultSource(context);
            seed.Topics?.ForEach(t => TopicMapper.Map(context, t));
            seed.Actors?.ForEach(a => ActorMapper.Map(context, a));
            seed.Places?.ForEach(p => PlaceMapper.Map(context, p));
            seed.Figures?.ForEach(f => FigureMapper.Map(context, f));
            seed.Episodes?.ForEach(e => EpisodeMapper.Map(context, e));
            seed.Events?.ForEach(e => EventMapper.Map(context, e));
            seed.Agreements?.ForEach(a => AgreementMapper.Map(context, a));
            seed.Ties?.ForEach(t => TieMapper.Map(context, t));
            seed.Synonyms?.ForEach(s => SynonymChecks.Map(context, s));
        }

        // Pass 3 needs what pass 2 filled in: every event's date (a relative date is bounded by the events
        // it is relative to) and every figure's unit and topic (for the charts).
        DateChecks.Resolve(run);
        foreach (var (file, seed) in seeds.Files)
        {
            var context = new FileContext(run, file, seed.DefaultSource);
            seed.Charts?.ForEach(c => ChartMapper.Map(context, c));
            seed.Notes?.ForEach(n => NoteMapper.Map(context, n));
        }

        SynonymChecks.CheckUsed(run);
        RedirectChecks.Check(run, seeds.Files.Select(f => (f.File, f.Content.Redirects)));
        run.Content.Topics.AddRange(run.Topics.Values.OrderBy(t => t.Order));
        run.Content.Actors.AddRange(run.Actors.Values);
        run.Content.Places.AddRange(run.Places.Values);
        run.Content.Figures.AddRange(run.Figures.Values);
        run.Content.Episodes.AddRange(run.Episodes.Values);
        run.Content.Events.AddRange(run.Events.Values);
        MentionFinder.Link(run.Content);
        return errors.Count == before ? run.Content : null;
    }
}
