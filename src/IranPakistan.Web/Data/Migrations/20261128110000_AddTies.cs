using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IranPakistan.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddTies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TieId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    IsHedged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ties_Actors_FromActorId",
                        column: x => x.FromActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Ties_Actors_ToActorId",
                        column: x => x.ToActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TieId",
                table: "Citations",
                column: "TieId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_FromActorId_ToActorId_Type",
                table: "Ties",
                columns: new[] { "FromActorId", "ToActorId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ties_ToActorId",
                table: "Ties",
                column: "ToActorId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_Type",
                table: "Ties",
                column: "Type");

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Ties_TieId",
                table: "Citations",
                column: "TieId",
                principalTable: "Ties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Ties_TieId",
                table: "Citations");

            migrationBuilder.DropTable(
                name: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TieId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "TieId",
                table: "Citations");
        }
    }
}
