using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TodoFunctions.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecurringTodos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RecurrenceIssuedAt",
                table: "todos",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            migrationBuilder.AddColumn<string>(
                name: "RecurrenceRule",
                table: "todos",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecurrenceTimeZone",
                table: "todos",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SeriesId",
                table: "todos",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeriesStart",
                table: "todos",
                type: "character varying(19)",
                maxLength: 19,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_todos_UserId_SeriesId",
                table: "todos",
                columns: new[] { "UserId", "SeriesId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_todos_UserId_SeriesId",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "RecurrenceIssuedAt",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "RecurrenceRule",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "RecurrenceTimeZone",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "todos");

            migrationBuilder.DropColumn(
                name: "SeriesStart",
                table: "todos");
        }
    }
}
