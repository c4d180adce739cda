using System.Diagnostics;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>Where the time of one search goes, step by step (--profile DB query…).</summary>
internal static class Profile
{
    public static async Task RunAsync(string path, string[] queries, Func<string, SearchQueries> open, int n = 20)
    {
        var search = open(path);
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString()).Options);
        var lexicon = await SearchIndex.LexiconAsync(db);
        foreach (var q in queries)
        {
            var query = FtsQuery.Parse(q)!;
            for (var round = 0; round < 3; round++)
            {
                var sw = Stopwatch.StartNew();
                var times = new List<string>();
                void Lap(string what)
                {
                    times.Add($"{what} {sw.Elapsed.TotalMilliseconds:F1}");
                    sw.Restart();
                }

                var plan = SearchPlan.For(query, lexicon);
                Lap("plan");
                var matches = new List<KindMatches>();
                foreach (var k in SearchIndex.Kinds)
                {
                    matches.Add(await SearchIndex.ScoreAsync(db, plan, k, top: 15));
                    Lap(k);
                }

                var ids = matches.SelectMany(m => m.Rows.Take(15).Select(r => r.Id)).ToList();
                var details = await SearchIndex.DetailsAsync(db, plan, ids);
                Lap($"details({details.Count})");
                await search.SearchAsync(query);
                Lap("whole search");
                await search.SuggestAsync(query);
                Lap("suggest");
                Console.WriteLine($"{q}: {string.Join(", ", times)}");
            }

            Console.WriteLine($"  expanded: {SearchPlan.For(query, lexicon).Expanded}");
            var process = System.Diagnostics.Process.GetCurrentProcess();
            foreach (var (what, run) in (IEnumerable<(string, Func<Task>)>)[("search", () => search.SearchAsync(query)), ("suggest", () => search.SuggestAsync(query))])
            {
                var cpu = process.TotalProcessorTime;
                var (gc0, gc1, gc2, bytes) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
                var walls = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var w = Stopwatch.StartNew();
                    await run();
                    walls[i] = w.Elapsed.TotalMilliseconds;
                }

                process.Refresh();
                Array.Sort(walls);
                Console.WriteLine($"  {what}: wall p50 {walls[n / 2]:F1} ms, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds / n:F1} ms per run, {(GC.GetTotalAllocatedBytes() - bytes) / n / 1024} KB allocated per run, GCs gen0/1/2 {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}");
            }
        }
    }
}
