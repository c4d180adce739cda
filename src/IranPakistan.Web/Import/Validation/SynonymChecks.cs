using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// A synonym seed (seeds/synonyms.yaml) → one group of terms search treats as one. The list is reviewed
/// by hand and holds only other names for the same thing, so the checks keep it small and plain: two or
/// more short terms of words only, none given twice anywhere, an acronym always next to a spelled-out
/// term (that is how it is searched), and at least one term the sources actually use.
/// </summary>
internal static class SynonymChecks
{
    public const int MaxWords = 6;

    public static void Map(FileContext file, SynonymSeed seed)
    {
        var terms = (seed.Terms ?? []).Select(t => t?.Trim() ?? "").ToList();
        if (terms.Count < 2)
        {
            file.Error(seed.Line, "a synonym entry needs 'terms' with at least two words or phrases that mean the same");
            return;
        }

        var ok = true;
        var keys = new List<string>();
        foreach (var term in terms)
        {
            var words = TextFolding.Words(term);
            if (words.Count == 0 || words.Count > MaxWords || term.Any(c => !TextFolding.IsWordChar(c) && c is not (' ' or '\'' or '’' or '-' or '.')))
            {
                file.Error(seed.Line, $"synonym term '{term}': use one to {MaxWords} words (letters, digits, spaces, apostrophes, hyphens, full stops)");
                ok = false;
                continue;
            }

            var key = TextFolding.Key(term);
            if (file.Run.SynonymTerms.TryGetValue(key, out var first))
            {
                file.Error(seed.Line, $"synonym term '{term}' is already listed at {first.File}:{first.Line}; a term belongs to one group");
                ok = false;
                continue;
            }

            file.Run.SynonymTerms[key] = (file.File, seed.Line);
            keys.Add(key);
        }

        if (!ok)
        {
            return;
        }

        if (terms.Any(TextFolding.IsAcronym) && terms.All(TextFolding.IsAcronym))
        {
            file.Error(seed.Line, $"synonyms {string.Join(", ", terms)}: acronyms are matched as written and searched through a spelled-out term; add one");
            return;
        }

        file.Run.PendingSynonyms.Add((file.File, seed.Line, terms, keys));
    }

    /// <summary>After every actor and place is known: keep the groups the content uses, report the rest.</summary>
    public static void CheckUsed(ValidationRun run)
    {
        var names = run.Actors.Values.SelectMany(a => a.Aliases.Prepend(a.Name))
            .Concat(run.Places.Values.SelectMany(p => p.Aliases.Prepend(p.Name)))
            .Concat(run.Sources.Values.SelectMany(s => s.Source.Paragraphs).Select(p => p.Text));
        var used = " " + string.Join(" | ", names.Select(TextFolding.Key)) + " ";
        foreach (var (file, line, terms, keys) in run.PendingSynonyms)
        {
            if (keys.Any(k => used.Contains($" {k} ", StringComparison.Ordinal)))
            {
                run.Content.Synonyms.Add(terms);
            }
            else
            {
                run.Error(file, line, $"synonyms {string.Join(", ", terms)}: neither the sources nor any actor's or place's name uses one of these terms, so the entry would find nothing");
            }
        }
    }
}
