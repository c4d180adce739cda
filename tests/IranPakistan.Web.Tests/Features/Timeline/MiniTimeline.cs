using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>
/// A small hand-made timeline in its own SQLite file (with the real schema), so ordering,
/// filter and facet tests state exactly which events exist. Orders to expect:
/// 1989 (year) · early 2000s (approximate, 2000–2005) · January 2024 (month) · shortly before the
/// strike (relative: no earlier bound, by 16 January) · two strikes on 16 January · 22–24 April 2024
/// (a range of days) · one event the source does not date.
/// </summary>
public sealed class MiniTimeline : IDbContextFactory<AppDbContext>, IDisposable
{
    public static readonly string[] Order =
        ["kashmir-1989", "network-2000s", "drills-january", "warning-before", "second-strike", "iran-strike", "visit-april", "undated-statement"];

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

        var order = 0;
        Event E(string slug, string title, PartialDate date, string kind, Topic topic, Actor[] actors,
            string? episode = null, Place? place = null)
        {
            var e = new Event
            {
                Slug = slug,
                Title = title,
                Summary = $"Summary of {title}.",
                Kind = kind,
                Episode = episode,
                DateJson = date.ToJson(),
                TimelineOrder = Array.IndexOf(Order, slug),
                Topics = [topic],
                Places = place is null ? [] : [place],
            };
            order++;
            e.Actors = actors.Select(a => new EventActor { Event = e, Actor = a, Role = $"role of {a.Name}" }).ToList();
            return e;
        }

        // Added out of order on purpose: the timeline must sort by the order the import worked out, not trust insertion order.
        db.AddRange(
            E("visit-april", "State visit", PartialDate.Day(D(2024, 4, 22), D(2024, 4, 24)), "visit", trade, [iran, pakistan], place: karachi),
            E("undated-statement", "An undated statement", PartialDate.Undated("Not dated in the source"), "statement", security, [pakistan]),
            E("iran-strike", "Iran strikes", PartialDate.Day(D(2024, 1, 16)), "strike", security, [iran, jaish], "january-2024-strikes", place: saravan),
            E("warning-before", "A warning", new PartialDate
            {
                Precision = DatePrecision.Relative,
                Latest = D(2024, 1, 16),
                Label = "Shortly before the strike",
                Relations = [new DateRelation(DateRelationKind.Before, "iran-strike")],
            }, "statement", security, [pakistan], "january-2024-strikes"),
            E("second-strike", "A second strike", PartialDate.Day(D(2024, 1, 16)), "strike", security, [pakistan], "january-2024-strikes"),
            E("drills-january", "Naval drills", PartialDate.Month(2024, 1), "military-exercise", security, [iran, pakistan], "january-2024-strikes"),
            E("network-2000s", "A network", new PartialDate
            {
                Precision = DatePrecision.Approximate,
                Earliest = D(2000, 1, 1),
                Latest = D(2005, 12, 31),
                Label = "Since the early 2000s",
            }, "founding", trade, [pakistan]),
            E("kashmir-1989", "Violence in Kashmir", PartialDate.Year(1989), "conflict", security, [iran]));
        db.SaveChanges();
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
}
