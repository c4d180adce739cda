using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// Redirect seeds (seeds/redirects.yaml) → <see cref="Redirect"/>s. Checked once everything is
/// registered: the kind is known, the target is a live slug of that kind, the old slug is not (a live
/// page would never be reached), an old slug is listed once per kind, and a target is never itself an
/// old slug — no chains, so no loops: every old address is one 301 from its page.
/// </summary>
internal static class RedirectChecks
{
    public static void Check(ValidationRun run, IEnumerable<(string File, List<RedirectSeed>? Redirects)> files)
    {
        var seeds = files.SelectMany(f => (f.Redirects ?? []).Select(r => (f.File, Seed: r))).ToList();
        var olds = new Dictionary<(string Kind, string Slug), (string File, int Line)>();
        foreach (var (file, seed) in seeds)
        {
            if (seed.Kind is not { } kind || !Redirect.Segments.ContainsKey(kind))
            {
                run.Error(file, seed.Line, $"a redirect needs a 'kind': one of {string.Join(", ", Redirect.Segments.Keys)}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(seed.From) || string.IsNullOrWhiteSpace(seed.To))
            {
                run.Error(file, seed.Line, "a redirect needs 'from' (the old slug) and 'to' (the slug it moved to)");
                continue;
            }

            if (!IsSlug(seed.From))
            {
                run.Error(file, seed.Line, $"redirect from '{seed.From}': a slug may hold only a-z, 0-9 and '-'");
                continue;
            }

            if (!olds.TryAdd((kind, seed.From), (file, seed.Line)))
            {
                var first = olds[(kind, seed.From)];
                run.Error(file, seed.Line, $"the {kind} slug '{seed.From}' is redirected twice (first at {first.File}:{first.Line})");
            }
        }

        foreach (var (file, seed) in seeds)
        {
            if (seed.Kind is not { } kind || !Redirect.Segments.ContainsKey(kind) || string.IsNullOrWhiteSpace(seed.From) || string.IsNullOrWhiteSpace(seed.To) || !IsSlug(seed.From))
            {
                continue;
            }

            var live = IsLive(run, kind);
            var ok = true;
            if (live(seed.From))
            {
                run.Error(file, seed.Line, $"redirect from {kind} '{seed.From}': that slug is live, so its page would never be reached; remove the redirect or rename the {kind}");
                ok = false;
            }

            if (seed.From == seed.To)
            {
                run.Error(file, seed.Line, $"redirect from {kind} '{seed.From}' points to itself");
                ok = false;
            }
            else if (olds.ContainsKey((kind, seed.To)))
            {
                run.Error(file, seed.Line, $"redirect from {kind} '{seed.From}' points to '{seed.To}', which is itself redirected: point it straight to where '{seed.To}' goes (no chains or loops)");
                ok = false;
            }
            else if (!live(seed.To))
            {
                run.Error(file, seed.Line, $"redirect from {kind} '{seed.From}' points to unknown {kind} '{seed.To}'", unknownReference: true);
                ok = false;
            }

            if (ok)
            {
                run.Content.Redirects.Add(new Redirect { Kind = kind, FromSlug = seed.From, ToSlug = seed.To });
            }
        }
    }

    private static bool IsSlug(string slug) => slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static Func<string, bool> IsLive(ValidationRun run, string kind) => kind switch
    {
        "event" => run.Events.ContainsKey,
        "agreement" => run.AgreementSlugs.Contains,
        "topic" => run.Topics.ContainsKey,
        "actor" => run.Actors.ContainsKey,
        "place" => run.Places.ContainsKey,
        "figure" => run.Figures.ContainsKey,
        "episode" => run.Episodes.ContainsKey,
        _ => run.Sources.ContainsKey,
    };
}
