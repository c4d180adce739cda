using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// Slugs and what points at them: every slug well-formed and used once, registered before anything
/// is filled in (so references may point forwards and across files), and every reference resolved.
/// A reference that names nothing is flagged <see cref="SeedError.IsUnknownReference"/>: it may point
/// into a file that did not parse.
/// </summary>
internal static class ReferenceChecks
{
    /// <summary>The first pass: registers the slugs of one file.</summary>
    public static void Register(ValidationRun run, string file, SeedFile seed)
    {
        Register(run, file, seed.Topics, t => t.Slug, run.Topics, t => new Topic { Slug = t.Slug!, Title = "", Summary = "" });
        Register(run, file, seed.Actors, a => a.Slug, run.Actors, a => new Actor { Slug = a.Slug!, Name = "", Description = "" });
        Register(run, file, seed.Places, p => p.Slug, run.Places, p => new Place { Slug = p.Slug!, Name = "", Description = "", Country = "" });
        Register(run, file, seed.Episodes, e => e.Slug, run.Episodes, e => new Episode { Slug = e.Slug!, Title = "", Description = "", Order = run.Episodes.Count });
        Register(run, file, seed.Events, e => e.Slug, run.Events, e => new Event { Slug = e.Slug!, Title = "", Summary = "", Kind = "" });
        Register(run, file, seed.Figures, f => f.Slug, run.Figures, f => new Figure { Slug = f.Slug!, Label = "" });
        RegisterSlugs(run, file, seed.Charts, c => c.Slug, run.ChartSlugs, "chart");
        RegisterSlugs(run, file, seed.Agreements, a => a.Slug, run.AgreementSlugs, "agreement");
    }

    /// <summary>A file's <c>default_source</c> must be one of the sources.</summary>
    public static void CheckDefaultSource(FileContext file)
    {
        if (file.DefaultSource is not null && !file.Run.Sources.ContainsKey(file.DefaultSource))
        {
            file.Error(1, $"default_source '{file.DefaultSource}' is not a source in seeds/sources/");
        }
    }

    public static T? Reference<T>(this FileContext file, SeedNode seed, Dictionary<string, T> known, string? slug, string what)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            file.Error(seed.Line, $"a {what} reference is empty");
            return null;
        }

        if (known.TryGetValue(slug, out var value))
        {
            return value;
        }

        file.Error(seed.Line, $"unknown {what} '{slug}'", unknownReference: true);
        return null;
    }

    public static List<T> References<T>(this FileContext file, SeedNode seed, Dictionary<string, T> known, List<string>? slugs, string what)
        where T : class =>
        (slugs ?? []).Distinct().Select(s => file.Reference(seed, known, s, what)).OfType<T>().ToList();

    private static void Register<TSeed, TEntity>(
        ValidationRun run, string file, List<TSeed>? seeds, Func<TSeed, string?> slug, Dictionary<string, TEntity> into, Func<TSeed, TEntity> create)
        where TSeed : SeedNode
    {
        foreach (var seed in seeds ?? [])
        {
            if (CheckSlug(run, file, seed, slug(seed), into.ContainsKey, typeof(TEntity).Name.ToLowerInvariant()))
            {
                into[slug(seed)!] = create(seed);
            }
        }
    }

    private static void RegisterSlugs<TSeed>(ValidationRun run, string file, List<TSeed>? seeds, Func<TSeed, string?> slug, HashSet<string> into, string what)
        where TSeed : SeedNode
    {
        foreach (var seed in seeds ?? [])
        {
            if (CheckSlug(run, file, seed, slug(seed), into.Contains, what))
            {
                into.Add(slug(seed)!);
            }
        }
    }

    private static bool CheckSlug(ValidationRun run, string file, SeedNode seed, string? slug, Func<string, bool> taken, string what)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            run.Error(file, seed.Line, $"a {what} needs a 'slug'");
            return false;
        }

        if (!slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            run.Error(file, seed.Line, $"{what} slug '{slug}' may hold only a-z, 0-9 and '-'");
            return false;
        }

        if (taken(slug))
        {
            run.Error(file, seed.Line, $"{what} slug '{slug}' is used twice");
            return false;
        }

        return true;
    }
}
