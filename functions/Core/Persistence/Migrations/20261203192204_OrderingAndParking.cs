using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TodoFunctions.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderingAndParking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CompletedIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<DateTime>(
                name: "DescriptionIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<DateTime>(
                name: "DueIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<DateTime>(
                name: "PriorityIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<DateTime>(
                name: "TagsIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<DateTime>(
                name: "TitleIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "processed_commands",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "parked_commands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TodoId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ParkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parked_commands", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_parked_commands_IssuedAt",
                table: "parked_commands",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_parked_commands_TodoId",
                table: "parked_commands",
                column: "TodoId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "parked_commands");

            migrationBuilder.DropColumn(
                name: "CompletedIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "DescriptionIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "DueIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "PriorityIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "TagsIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "TitleIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "processed_commands");
        }
    }
}
