using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>
/// A small hand-made timeline in its own SQLite file (with the real schema), so ordering,
/// filter and facet tests state exactly which events exist. Orders to expect:
/// 1989 (year) · early 2000s (approximate) · January 2024 (month) · shortly before the strike
/// (relative, filed on 16 January just ahead) · two strikes on 16 January (same day and sort,
/// so by title) · 22–24 April 2024 (a range of days).
/// </summary>
public sealed class MiniTimeline : IDbContextFactory<AppDbContext>, IDisposable
{
    public static readonly string[] Order =
        ["kashmir-1989", "network-2000s", "drills-january", "warning-before", "second-strike", "iran-strike", "visit-april"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), "ip-explorer-tests", $"mini-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<AppDbContext> _options;

    public MiniTimeline()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_path}").Options;
        using var db = CreateDbContext();
        ContentSchema.CreateAsync(db).GetAwaiter().GetResult();
        Fill(db);
    }

    public AppDbContext CreateDbContext() => new(_options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private static void Fill(AppDbContext db)
    {
        var security = new Topic { Slug = "security", Title = "Security", Summary = "s", Order = 1 };
        var trade = new Topic { Slug = "trade", Title = "Trade", Summary = "t", Order = 2 };
        var iran = new Actor { Slug = "iran", Name = "Iran", Description = "d", Kind = ActorKind.Country };
        var pakistan = new Actor { Slug = "pakistan", Name = "Pakistan", Description = "d", Kind = ActorKind.Country };
        var jaish = new Actor { Slug = "jaish-al-adl", Name = "Jaish al-Adl", Description = "d", Kind = ActorKind.MilitantGroup };
        var saravan = new Place { Slug = "saravan", Name = "Saravan", Description = "d", Country = "Iran", Kind = PlaceKind.City };
        var karachi = new Place { Slug = "karachi", Name = "Karachi", Description = "d", Country = "Pakistan", Kind = PlaceKind.City };
        var strikes = new Episode { Slug = "january-2024-strikes", Title = "January 2024 strikes", Description = "d", Order = 0 };
        var visit = new Episode { Slug = "april-2024-visit", Title = "April 2024 visit", Description = "d", Order = 1 };
        db.AddRange(security, trade, iran, pakistan, jaish, saravan, karachi, strikes, visit);

        Event E(string slug, string title, DateTime start, DatePrecision precision, string kind, Topic topic, Actor[] actors,
            string? episode = null, string? label = null, int sort = 0, DateTime? end = null, Place? place = null)
        {
            var e = new Event
            {
                Slug = slug,
                Title = title,
                Summary = $"Summary of {title}.",
                Kind = kind,
                Episode = episode,
                DateStart = start,
                DateEnd = end,
                DatePrecision = precision,
                DateLabel = label,
                SortOrder = sort,
                Topics = [topic],
                Places = place is null ? [] : [place],
            };
            e.Actors = actors.Select(a => new EventActor { Event = e, Actor = a, Role = $"role of {a.Name}" }).ToList();
            return e;
        }

        // Added out of order on purpose: the timeline must sort, not trust insertion order.
        db.AddRange(
            E("visit-april", "State visit", D(2024, 4, 22), DatePrecision.Day, "visit", trade, [iran, pakistan], end: D(2024, 4, 24), place: karachi),
            E("iran-strike", "Iran strikes", D(2024, 1, 16), DatePrecision.Day, "strike", security, [iran, jaish], "january-2024-strikes", place: saravan),
            E("warning-before", "A warning", D(2024, 1, 16), DatePrecision.Relative, "statement", security, [pakistan], "january-2024-strikes", "Shortly before the strike", sort: -1),
            E("second-strike", "A second strike", D(2024, 1, 16), DatePrecision.Day, "strike", security, [pakistan], "january-2024-strikes"),
            E("drills-january", "Naval drills", D(2024, 1, 1), DatePrecision.Month, "military-exercise", security, [iran, pakistan], "january-2024-strikes"),
            E("network-2000s", "A network", D(2000, 1, 1), DatePrecision.Approximate, "founding", trade, [pakistan], label: "Since the early 2000s"),
            E("kashmir-1989", "Violence in Kashmir", D(1989, 1, 1), DatePrecision.Year, "conflict", security, [iran]));
        db.SaveChanges();
    }

    private static DateTime D(int y, int m, int d) => new(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
}
