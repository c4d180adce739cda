using System.Diagnostics;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;

/// <summary>
/// FTS5 (the app's search) against the Lucene.NET prototype (<see cref="LuceneProto"/>), on the judged set
/// and on the x1000 corpus: quality, index build time and size, latency per query category (--lucene).
/// </summary>
internal static class Compare
{
    public static void Quality(string db, string work, IReadOnlyList<Judgement> judged, bool verbose)
    {
        var (lucene, _) = LuceneProto.Build(db, Path.Combine(work, "lucene-x1"));
        using (lucene)
        {
            var scores = new List<(string Category, double Recall, double Rr)>();
            foreach (var j in judged)
            {
                var ranking = lucene.Rank(j.Query);
                var top = ranking.Take(Judgements.K).ToList();
                var recall = (double)j.Relevant.Count(top.Contains) / j.Relevant.Count;
                var first = ranking.FindIndex(j.Relevant.Contains);
                scores.Add((j.Category, recall, first < 0 ? 0 : 1.0 / (first + 1)));
                if (verbose || recall < 1)
                {
                    Console.WriteLine(FormattableString.Invariant($"  lucene {(recall < 1 ? "MISS" : "ok  ")} {j.Query,-45} R@5 {recall:F2}  top: {string.Join(", ", top)}"));
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"Lucene.NET prototype, judged set: recall@5 {scores.Average(s => s.Recall):F3}, MRR {scores.Average(s => s.Rr):F3}"));
            foreach (var g in scores.GroupBy(s => s.Category))
            {
                Console.WriteLine(FormattableString.Invariant($"  {g.Key,-10} {g.Count(),3} queries  recall@5 {g.Average(s => s.Recall):F3}  MRR {g.Average(s => s.Rr):F3}"));
            }
        }
    }

    /// <summary>Index build time and size of both engines over the same documents, then latency per category, interleaved.</summary>
    public static void Speed(string label, string db, string work, SearchQueries fts, IReadOnlyList<Judgement> judged, int n)
    {
        // FTS5: the same DDL, filled from the same content, optimised, in a new file.
        var ftsPath = Path.Combine(work, $"fts-{label}.db");
        File.Delete(ftsPath);
        var sw = Stopwatch.StartNew();
        using (var connection = new SqliteConnection($"Data Source={ftsPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                ATTACH DATABASE $source AS source;
                """;
            command.Parameters.AddWithValue("$source", db);
            command.ExecuteNonQuery();
            command.Parameters.Clear();
            command.CommandText = "SELECT sql FROM source.sqlite_master WHERE name = 'SearchIndex'";
            var ddl = (string)command.ExecuteScalar()!;
            command.CommandText = ddl + """
                ;
                INSERT INTO SearchIndex (rowid, kind, slug, anchor, label, title, body, aliases)
                    SELECT id, c0, c1, c2, c3, c4, c5, c6 FROM source.SearchIndex_content ORDER BY id;
                INSERT INTO SearchIndex (SearchIndex) VALUES ('optimize');
                """;
            using (var tx = connection.BeginTransaction())
            {
                command.Transaction = tx;
                command.ExecuteNonQuery();
                tx.Commit();
            }

            command.Transaction = null;
            command.CommandText = "DETACH DATABASE source";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var ftsTook = sw.Elapsed;
        var ftsBytes = new FileInfo(ftsPath).Length;
        var (lucene, luceneTook) = LuceneProto.Build(db, Path.Combine(work, $"lucene-{label}"));
        using (lucene)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{label}: index build FTS5 {ftsTook.TotalSeconds:F1} s, {ftsBytes / 1e6:F1} MB (index and its content table); Lucene.NET {luceneTook.TotalSeconds:F1} s, {lucene.IndexBytes / 1e6:F1} MB (index only, nothing stored but the key)"));
            var samples = new Dictionary<string, (List<double> Fts, List<double> Lucene)>();
            foreach (var j in judged)
            {
                var query = FtsQuery.Parse(j.Query)!;
                for (var i = 0; i < 2; i++)
                {
                    fts.SearchAsync(query).GetAwaiter().GetResult();
                    lucene.SearchPage(j.Query);
                }

                var (a, b) = samples.TryGetValue(j.Category, out var s) ? s : samples[j.Category] = ([], []);
                for (var i = 0; i < n; i++)
                {
                    var t = Stopwatch.StartNew();
                    fts.SearchAsync(query).GetAwaiter().GetResult();
                    a.Add(t.Elapsed.TotalMilliseconds);
                    t.Restart();
                    lucene.SearchPage(j.Query);
                    b.Add(t.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"{label}: /search per query category, {n} runs per query, FTS5 (whole search with snippets) and Lucene.NET (top 15 and exact count per kind, no snippets), interleaved");
            Console.WriteLine("| category | FTS5 p50 | FTS5 p95 | Lucene p50 | Lucene p95 |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (category, (a, b)) in samples)
            {
                var (x, y) = (a.Order().ToArray(), b.Order().ToArray());
                Console.WriteLine(FormattableString.Invariant($"| {category} | {P(x, 0.5):F1} | {P(x, 0.95):F1} | {P(y, 0.5):F1} | {P(y, 0.95):F1} |"));
            }
        }
    }

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
}
