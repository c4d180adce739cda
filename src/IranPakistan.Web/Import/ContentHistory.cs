using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using Microsoft.Data.Sqlite;

namespace IranPakistan.Web.Import;

/// <summary>
/// The changelog (<c>/changes</c>), kept by the import. Each build fingerprints every item of its seeds
/// (<see cref="Fingerprint"/>: kind, slug, title and a hash of what the seed says, line numbers left
/// out) and stores them as <see cref="ContentItem"/> rows. The next build reads the replaced file's
/// fingerprints and its releases (<see cref="ReadAsync"/>), compares (<see cref="Diff"/>), copies the
/// earlier releases into the new file and adds its own when any item was added, changed or removed
/// (<see cref="Next"/>). So the history travels from file to file and no rebuild loses it; only
/// deleting the database file starts it afresh, with a first release that lists nothing.
/// </summary>
public static class ContentHistory
{
    /// <summary>What the replaced file knew: its items' fingerprints and its releases, oldest first (empty when there was no readable file).</summary>
    public sealed record Previous(IReadOnlyList<ContentItem> Items, IReadOnlyList<ContentRelease> Releases, bool HasFingerprints);

    public static readonly Previous None = new([], [], false);

    private static readonly JsonSerializerOptions _json = new()
    {
        // A seed's line numbers say where it is, not what it says: moving an item is not changing it.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.Name == nameof(SeedNode.Line)))
                    {
                        property.ShouldSerialize = (_, _) => false;
                    }
                },
            },
        },
    };

    /// <summary>Every item of the seeds, fingerprinted. Synonyms are search vocabulary, not content a reader reads: left out.</summary>
    public static List<ContentItem> Fingerprint(SeedSet seeds)
    {
        var items = new List<ContentItem>();
        foreach (var (_, document) in seeds.Sources)
        {
            var text = string.Join("\n", document.Sections.SelectMany(s => s.Paragraphs.Select(p => $"{s.Slug}\t{p.Number}\t{p.Text}")));
            items.Add(Item("source", document.Meta.Slug, document.Meta.Title, JsonSerializer.Serialize(document.Meta, _json) + "\n" + text));
        }

        foreach (var (_, file) in seeds.Files)
        {
            // An item's citations name their source through the file's default.
            var context = file.DefaultSource ?? "";
            Add(items, "topic", file.Topics, t => t.Slug, t => t.Title, context);
            Add(items, "actor", file.Actors, a => a.Slug, a => a.Name, context);
            Add(items, "place", file.Places, p => p.Slug, p => p.Name, context);
            Add(items, "figure", file.Figures, f => f.Slug, f => f.Label, context);
            Add(items, "chart", file.Charts, c => c.Slug, c => c.Title, context);
            Add(items, "episode", file.Episodes, e => e.Slug, e => e.Title, context);
            Add(items, "event", file.Events, e => e.Slug, e => e.Title, context);
            Add(items, "agreement", file.Agreements, a => a.Slug, a => a.Title, context);
            Add(items, "tie", file.Ties, t => $"{t.From}--{t.Type}--{t.To}", t => $"{t.From} {t.Type} {t.To}", context);
            Add(items, "note", file.Notes, n => n.Slug, n => Shorten(n.Text), context);
        }

        return items;
    }

    /// <summary>What <paramref name="after"/> added, changed and removed against <paramref name="before"/>, by kind and slug.</summary>
    public static List<ContentChange> Diff(IReadOnlyList<ContentItem> before, IReadOnlyList<ContentItem> after)
    {
        var old = before.GroupBy(i => (i.Kind, i.Slug)).ToDictionary(g => g.Key, g => g.First());
        var now = after.GroupBy(i => (i.Kind, i.Slug)).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<ContentChange>();
        foreach (var item in now.Values)
        {
            if (!old.TryGetValue((item.Kind, item.Slug), out var was))
            {
                changes.Add(Change(ContentChange.Added, item));
            }
            else if (was.Hash != item.Hash)
            {
                changes.Add(Change(ContentChange.Changed, item));
            }
        }

        changes.AddRange(old.Values.Where(i => !now.ContainsKey((i.Kind, i.Slug))).Select(i => Change(ContentChange.Removed, i)));
        return changes.OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The releases the new file holds: the replaced file's, then one for this build when it is the
    /// first (nothing to compare with) or when any item differs. A rebuild of the same items (another
    /// build of the app, a comment edited in a seed) adds nothing.
    /// </summary>
    public static List<ContentRelease> Next(Previous previous, IReadOnlyList<ContentItem> items, string seedsHash, DateTime builtAtUtc)
    {
        var releases = previous.Releases.Select(Copy).ToList();
        if (releases.Count == 0 || !previous.HasFingerprints)
        {
            if (releases.Count == 0)
            {
                releases.Add(new ContentRelease { SeedsHash = seedsHash, BuiltAtUtc = builtAtUtc, Items = items.Count, IsFirst = true });
            }

            return releases;
        }

        var changes = Diff(previous.Items, items);
        if (changes.Count > 0)
        {
            releases.Add(new ContentRelease { SeedsHash = seedsHash, BuiltAtUtc = builtAtUtc, Items = items.Count, Changes = changes });
        }

        return releases;
    }

    /// <summary>
    /// Reads the live file's fingerprints and releases with plain SQL (not the EF model, so a file an older
    /// build wrote still hands on what it has). No file, or one without these tables: nothing to hand on.
    /// </summary>
    public static async Task<Previous> ReadAsync(ContentDatabase database, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(database.Path))
        {
            return None;
        }

        var probe = new SqliteConnectionStringBuilder(database.ReadConnectionString) { Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(probe);
            await connection.OpenAsync(cancellationToken);
            var releases = new List<ContentRelease>();
            var byId = new Dictionary<long, ContentRelease>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT "Id", "SeedsHash", "BuiltAtUtc", "Items", "IsFirst" FROM "ContentReleases" ORDER BY "BuiltAtUtc", "Id" """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var release = new ContentRelease
                    {
                        SeedsHash = reader.GetString(1),
                        BuiltAtUtc = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                        Items = reader.GetInt32(3),
                        IsFirst = reader.GetBoolean(4),
                    };
                    releases.Add(release);
                    byId[reader.GetInt64(0)] = release;
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT "ContentReleaseId", "Change", "Kind", "Slug", "Title" FROM "ContentChanges" ORDER BY "Id" """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (byId.TryGetValue(reader.GetInt64(0), out var release))
                    {
                        release.Changes.Add(new ContentChange { Change = reader.GetString(1), Kind = reader.GetString(2), Slug = reader.GetString(3), Title = reader.GetString(4) });
                    }
                }
            }

            var items = new List<ContentItem>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT "Kind", "Slug", "Title", "Hash" FROM "ContentItems" """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    items.Add(new ContentItem { Kind = reader.GetString(0), Slug = reader.GetString(1), Title = reader.GetString(2), Hash = reader.GetString(3) });
                }
            }

            return new Previous(items, releases, true);
        }
        catch (SqliteException)
        {
            // Not a database, or one from before the changelog: there is no history to hand on.
            return None;
        }
    }

    private static ContentRelease Copy(ContentRelease r) => new()
    {
        SeedsHash = r.SeedsHash,
        BuiltAtUtc = r.BuiltAtUtc,
        Items = r.Items,
        IsFirst = r.IsFirst,
        Changes = r.Changes.Select(c => new ContentChange { Change = c.Change, Kind = c.Kind, Slug = c.Slug, Title = c.Title }).ToList(),
    };

    private static ContentChange Change(string change, ContentItem item) =>
        new() { Change = change, Kind = item.Kind, Slug = item.Slug, Title = item.Title };

    private static void Add<T>(List<ContentItem> items, string kind, List<T>? seeds, Func<T, string?> slug, Func<T, string?> title, string context)
        where T : SeedNode
    {
        foreach (var seed in seeds ?? [])
        {
            if (slug(seed) is { Length: > 0 } s)
            {
                items.Add(Item(kind, s, title(seed) ?? s, context + "\n" + JsonSerializer.Serialize(seed, seed.GetType(), _json)));
            }
        }
    }

    private static ContentItem Item(string kind, string? slug, string? title, string content) => new()
    {
        Kind = kind,
        Slug = slug ?? "",
        Title = title ?? slug ?? "",
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
    };

    private static string? Shorten(string? text) =>
        text is null || text.Length <= 80 ? text : text[..(text.LastIndexOf(' ', 79) is > 0 and var space ? space : 79)] + "…";
}
