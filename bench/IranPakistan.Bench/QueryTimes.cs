using System.Diagnostics;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.FullText;

/// <summary>
/// --time DB N: every judged query's /search and suggestions N times (after 2 warm-ups) on an existing
/// database, p50 and p95 per query in ms, tab-separated. Uses only SearchQueries.SearchAsync and SuggestAsync,
/// so the same file runs in another build (main's) on the same database, alternately with this one.
/// </summary>
internal static class QueryTimes
{
    public static async Task RunAsync(SearchQueries search, IEnumerable<string> queries, int n)
    {
        foreach (var q in queries)
        {
            var query = FtsQuery.Parse(q)!;
            for (var i = 0; i < 2; i++)
            {
                await search.SearchAsync(query);
                await search.SuggestAsync(query);
            }

            var (s, g) = (new double[n], new double[n]);
            for (var i = 0; i < n; i++)
            {
                var sw = Stopwatch.StartNew();
                await search.SearchAsync(query);
                s[i] = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                await search.SuggestAsync(query);
                g[i] = sw.Elapsed.TotalMilliseconds;
            }

            Array.Sort(s);
            Array.Sort(g);
            Console.WriteLine(FormattableString.Invariant($"{q}\t{P(s, 0.5):F2}\t{P(s, 0.95):F2}\t{P(g, 0.5):F2}\t{P(g, 0.95):F2}"));
        }
    }

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
}
