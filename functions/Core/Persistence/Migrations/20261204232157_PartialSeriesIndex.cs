using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TodoFunctions.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartialSeriesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_todos_UserId_SeriesId",
                table: "todos");

            migrationBuilder.CreateIndex(
                name: "IX_todos_series",
                table: "todos",
                column: "SeriesId",
                filter: "\"SeriesId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_todos_series",
                table: "todos");

            migrationBuilder.CreateIndex(
                name: "IX_todos_UserId_SeriesId",
                table: "todos",
                columns: new[] { "UserId", "SeriesId" });
        }
    }
}
