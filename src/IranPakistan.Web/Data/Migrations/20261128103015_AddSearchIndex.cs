using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IranPakistan.Web.Data.Migrations
{
    /// <summary>
    /// The FTS5 full-text index behind /search, /agreements?q= and the header suggestions.
    /// It is not part of the EF model: the importer fills it (SeedImporter.ImporterVersion 2 re-imports older databases) and the search queries read it with
    /// parameterised SQL (see docs/search.md). Unindexed columns only carry what a result links to.
    /// </summary>
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
        }
    }
}
