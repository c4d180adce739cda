using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Data;

/// <summary>
/// The schema of a content database: the EF model's tables plus the FTS5 search index, created whole
/// in an empty file. There are no migrations: a database is rebuilt from seeds/ whenever its schema,
/// its seeds or the importer change (see docs/architecture.md).
/// </summary>
public static class ContentSchema
{
    /// <summary>
    /// The FTS5 full-text index behind /search, /agreements?q= and the header suggestions. It is not
    /// part of the EF model: the importer fills it and the search queries read it with parameterised
    /// SQL (see docs/search.md). Unindexed columns only carry what a result links to. Each kind of
    /// document has its own range of rowids (SearchIndex.RowidRange), so a search of one kind never
    /// reads the stored kind of every match. SearchTerm (every indexed word with its document count)
    /// and SearchAcronym (acronyms and what they stand for) are what the query side corrects typos,
    /// finds word forms and expands acronyms with. SearchName indexes only the names (title and aliases) of
    /// the same documents under the same rowids, without storing them (contentless): a names-only match
    /// reads only the postings of names, where a column filter on SearchIndex would read every posting of
    /// the words in the bodies too (docs/search.md#speed).
    /// </summary>
    public const string SearchIndexDdl = """
        CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
            kind UNINDEXED,
            slug UNINDEXED,
            anchor UNINDEXED,
            label UNINDEXED,
            title,
            body,
            aliases,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        CREATE VIRTUAL TABLE "SearchName" USING fts5(
            title,
            aliases,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE "SearchTerm" (term TEXT NOT NULL PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE "SearchAcronym" (acronym TEXT NOT NULL, expansion TEXT NOT NULL, PRIMARY KEY (acronym, expansion)) WITHOUT ROWID;
        """;

    /// <summary>Creates every table in an empty database.</summary>
    public static async Task CreateAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SearchIndexDdl, cancellationToken);
    }

    /// <summary>SHA-256 (hex) of the DDL <see cref="CreateAsync"/> runs: it changes whenever the model does.</summary>
    public static string Hash(AppDbContext db) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript() + "\n" + SearchIndexDdl)));
}
