using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel export --format csv</c>: RFC 4180 rows, a row per graded unit, read back exactly.</summary>
    public sealed class CsvExportTests : TempFolderTest
    {
        /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end with CRLF.</summary>
        private static List<List<string>> ReadCsv(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = new List<string>();
                    i++;
                }
                else
                {
                    field.Append(c);
                }
            }
            Assert.Equal(0, field.Length + row.Count);
            return rows;
        }

        [Fact]
        public void Csv_has_a_row_per_graded_unit_with_the_documented_columns_matching_the_model()
        {
            var (exit, output, _) = Peel("export", "--format", "csv", Reports.LayoutsFolder, Reports.SeedPath);
            Assert.Equal(0, exit);
            var rows = ReadCsv(output);
            Assert.Equal(CsvExport.Columns, rows[0]);
            var reports = PeelFiles.ParseAll(PeelFiles.Find(new[] { Reports.LayoutsFolder, Reports.SeedPath }), PeelParseOptions.Default).Reports;
            var expected = reports.SelectMany(r => (r.Headline is null ? r.Questions : new[] { r.Headline }.Concat(r.Questions)).Select(q => (r, q))).ToList();
            Assert.Equal(expected.Count, rows.Count - 1);
            for (var i = 0; i < expected.Count; i++)
            {
                var (report, question) = expected[i];
                var row = rows[i + 1];
                Assert.Equal(
                    new[]
                    {
                        report.File,
                        report.Force!.Name,
                        report.Force.FullName ?? "",
                        report.Year.ToString(),
                        report.Cycle!,
                        report.Pillar.ToString()!,
                        question.Number.ToString(),
                        question.Key,
                        question.Text,
                        question.Grade?.ToString() ?? "",
                        question.GradeSource?.Origin.ToString() ?? "",
                        question.Source.Line.ToString(),
                    },
                    row
                );
            }
            Assert.Contains(rows, r => r[4] == "2023–25" && r[7] == "InvestigatingCrime" && r[9] == "Good");
        }

        [Theory]
        [InlineData("plain")]
        [InlineData("comma, inside")]
        [InlineData("a \"quoted\" word")]
        [InlineData("two\nlines, and \"both\"")]
        [InlineData("crlf\r\nline")]
        public void Csv_fields_round_trip_whatever_they_hold(string value)
        {
            var line = string.Join(",", new[] { value, "x", value }.Select(CsvExport.Field)) + "\r\n";
            Assert.Equal(new[] { value, "x", value }, ReadCsv(line).Single());
        }

        [Fact]
        public void Csv_of_a_report_whose_question_holds_commas_and_quotes_reads_back_exactly()
        {
            var report = Path.Combine(folder, "essex.peel.txt");
            File.WriteAllText(
                report,
                "Essex PEEL 2016\nEffectiveness\nHow effective is the force?\nHow well does the force \"plan\", and budget, for the future?\nThe "
                    + "force is good at planning for the future."
            );
            var output = Path.Combine(folder, "out.csv");
            Assert.Equal(0, Peel("export", "--format", "csv", "-o", output, report).Exit);
            var bytes = File.ReadAllBytes(output);
            Assert.NotEqual(0xEF, bytes[0]);
            var rows = ReadCsv(Encoding.UTF8.GetString(bytes));
            Assert.Equal("How well does the force \"plan\", and budget, for the future?", rows[2][8]);
        }
    }
}
