using System.Diagnostics;
using System.Globalization;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Search latency on the real seeds and on a synthetic corpus 1000 times larger, in one run.
// Usage: dotnet run -c Release --project bench/IranPakistan.Bench [-- iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
const int Scale = 1000;
string[] queries = ["Iran", "Zainabiyoun", "pipel", "gas pipeline Iran", "xylophone"];

var root = FindRoot();
var work = Directory.CreateTempSubdirectory("ip-bench-");
try
{
    var realDb = Path.Combine(work.FullName, "real.db");
    var search = await BuildAsync(realDb, Path.Combine(root, "seeds"));
    var baseline = Measure("x1", search, queries, iterations);

    var bigDb = Path.Combine(work.FullName, "x1000.db");
    Copy(realDb, bigDb);
    var rows = ScaleCorpus(bigDb, Scale);
    var big = new SearchQueries(Factory(bigDb));
    var scaled = Measure($"x{Scale} ({rows:N0} documents)", big, queries, Math.Max(20, iterations / 10));

    Console.WriteLine();
    Console.WriteLine("| query | x1 p50 | x1 p95 | x1000 p50 | x1000 p95 | p50 ratio |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
    foreach (var q in queries)
    {
        var (a, b) = (baseline[q], scaled[q]);
        Console.WriteLine(FormattableString.Invariant(
            $"| `{q}` | {a.P50:F2} ms | {a.P95:F2} ms | {b.P50:F2} ms | {b.P95:F2} ms | ×{b.P50 / a.P50:F0} |"));
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

static Dictionary<string, (double P50, double P95, int Total)> Measure(string label, SearchQueries search, string[] queries, int n)
{
    Console.WriteLine($"{label}: {n} runs per query (SearchAsync: hits per kind, counts, snippets)");
    var results = new Dictionary<string, (double, double, int)>();
    foreach (var q in queries)
    {
        var query = FtsQuery.Parse(q)!;
        var total = 0;
        for (var i = 0; i < 5; i++)
        {
            total = search.SearchAsync(query).GetAwaiter().GetResult().Total;
        }

        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            search.SearchAsync(query).GetAwaiter().GetResult();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var p50 = times[n / 2];
        var p95 = times[Math.Min(n - 1, (int)Math.Ceiling(n * 0.95) - 1)];
        Console.WriteLine(FormattableString.Invariant($"  {q,-20} {total,7} hits  p50 {p50,8:F2} ms  p95 {p95,8:F2} ms"));
        results[q] = (p50, p95, total);
    }

    return results;
}

static async Task<SearchQueries> BuildAsync(string path, string seeds)
{
    var factory = Factory(path);
    using var loggers = LoggerFactory.Create(_ => { });
    var result = await new SeedImporter(new ContentDatabase(path), loggers.CreateLogger<SeedImporter>()).ImportAsync(seeds);
    if (result.Status != ImportStatus.Imported)
    {
        throw new InvalidOperationException("import failed: " + string.Join("; ", result.Errors));
    }

    return new SearchQueries(factory);
}

// Every document copied scale-1 more times; each copy gets its own tokens (so the vocabulary and
// posting lists grow as in a real larger corpus, not only the row count) and every other copy
// loses its title, so titles don't all tie.
static long ScaleCorpus(string path, int scale)
{
    using var connection = new SqliteConnection($"Data Source={path}");
    connection.Open();
    var docs = new List<string[]>();
    using (var read = connection.CreateCommand())
    {
        read.CommandText = "SELECT kind, slug, anchor, label, title, body, aliases FROM SearchIndex";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            docs.Add(Enumerable.Range(0, 7).Select(reader.GetString).ToArray());
        }
    }

    using var tx = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.Transaction = tx;
    insert.CommandText = "INSERT INTO SearchIndex (kind, slug, anchor, label, title, body, aliases) VALUES ($k, $s, $a, $l, $t, $b, $x)";
    string[] names = ["$k", "$s", "$a", "$l", "$t", "$b", "$x"];
    var p = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
    insert.Prepare();
    for (var copy = 1; copy < scale; copy++)
    {
        foreach (var d in docs)
        {
            for (var i = 0; i < 7; i++)
            {
                p[i].Value = d[i];
            }

            p[1].Value = $"{d[1]}-{copy}";
            p[4].Value = copy % 2 == 0 ? $"{d[4]} variant{copy}" : "";
            p[5].Value = $"{d[5]} copy{copy} topic{copy % 37} region{copy % 101}";
            insert.ExecuteNonQuery();
        }
    }

    tx.Commit();
    using var optimize = connection.CreateCommand();
    optimize.CommandText = "INSERT INTO SearchIndex (SearchIndex) VALUES ('optimize')";
    optimize.ExecuteNonQuery();
    using var count = connection.CreateCommand();
    count.CommandText = "SELECT count(*) FROM SearchIndex";
    return (long)count.ExecuteScalar()!;
}

// VACUUM INTO copies a consistent database, write-ahead log included.
static void Copy(string from, string to)
{
    using var connection = new SqliteConnection($"Data Source={from}");
    connection.Open();
    using var vacuum = connection.CreateCommand();
    vacuum.CommandText = "VACUUM INTO $to";
    vacuum.Parameters.AddWithValue("$to", to);
    vacuum.ExecuteNonQuery();
}

static IDbContextFactory<AppDbContext> Factory(string path) =>
    new ServiceCollection()
        .AddDbContextFactory<AppDbContext>(o => o.UseSqlite($"Data Source={path}"))
        .BuildServiceProvider()
        .GetRequiredService<IDbContextFactory<AppDbContext>>();

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "IranPakistan.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("IranPakistan.sln not found");
}
