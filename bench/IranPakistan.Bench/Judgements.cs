using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.FullText;

/// <summary>One judged query: what a reader typed and the documents (kind:slug) a careful reader would want.</summary>
internal sealed record Judgement(string Category, string Query, IReadOnlyList<string> Relevant);

internal sealed record Quality(double Recall, double Mrr, IReadOnlyList<(string Category, double Recall, double Mrr, int Count)> ByCategory);

/// <summary>
/// recall@5 and MRR over bench/search-judgements.tsv. The ranking judged is the order a reader meets
/// results on /search: the best matches first, then each kind's group in page order, each document once.
/// </summary>
internal static class Judgements
{
    public const int K = 5;

    public static List<Judgement> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("category\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new Judgement(c[0], c[1], c[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    public static async Task<Quality> EvaluateAsync(SearchQueries search, IReadOnlyList<Judgement> judged, bool verbose)
    {
        var scores = new List<(string Category, double Recall, double Rr)>();
        foreach (var j in judged)
        {
            var result = await search.SearchAsync(FtsQuery.Parse(j.Query)!);
            var ranking = result.Best.Concat(result.Groups.SelectMany(g => g.Hits))
                .Select(h => h.Kind == "paragraph" ? $"paragraph:{h.Paragraph}" : $"{h.Kind}:{h.Slug}")
                .Distinct()
                .ToList();
            var top = ranking.Take(K).ToList();
            var recall = (double)j.Relevant.Count(top.Contains) / j.Relevant.Count;
            var first = ranking.FindIndex(j.Relevant.Contains);
            var rr = first < 0 ? 0 : 1.0 / (first + 1);
            scores.Add((j.Category, recall, rr));
            if (verbose || recall < 1)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"  {(recall < 1 ? "MISS" : "ok  ")} {j.Query,-45} R@5 {recall:F2} RR {rr:F2}{(result.Plan.Correction is { } c ? $" (→ {c})" : "")}  top: {string.Join(", ", top)}"));
            }
        }

        return new Quality(
            scores.Average(s => s.Recall),
            scores.Average(s => s.Rr),
            scores.GroupBy(s => s.Category).Select(g => (g.Key, g.Average(s => s.Recall), g.Average(s => s.Rr), g.Count())).ToList());
    }
}
