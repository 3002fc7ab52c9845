using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TodoFunctions.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProcessedCommandBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "processed_commands",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Body",
                table: "processed_commands");
        }
    }
}
