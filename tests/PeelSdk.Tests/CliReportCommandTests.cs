using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PeelSdk.Cli;

namespace PeelSdk.Tests
{
    /// <summary>peel export --format csv|markdown, peel grades and peel html: output, terminal behaviour and bad input.</summary>
    public sealed class CliReportCommandTests : TempFolderTest
    {
        private static readonly string Layouts = Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts");

        private static (int Exit, string Output, string Error) Peel(Terminal terminal, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(args, output, error, terminal);
            return (exit, output.ToString(), error.ToString());
        }

        private static (int Exit, string Output, string Error) Peel(params string[] args) => Peel(Terminal.Redirected, args);

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
            var (exit, output, _) = Peel("export", "--format", "csv", Layouts, Reports.SeedPath);
            Assert.Equal(0, exit);
            var rows = ReadCsv(output);
            Assert.Equal(CsvExport.Columns, rows[0]);
            var reports = PeelFiles.ParseAll(PeelFiles.Find(new[] { Layouts, Reports.SeedPath }), PeelParseOptions.Default).Reports;
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

        [Fact]
        public void Markdown_has_a_grade_table_and_each_questions_findings_with_their_lines()
        {
            var (exit, output, _) = Peel("export", "--format", "markdown", Reports.SeedPath);
            Assert.Equal(0, exit);
            Assert.StartsWith("## Cheshire PEEL 2015 Effectiveness\n", output);
            Assert.Contains(
                "| 1 | How effective is the force at preventing crime and anti-social behaviour, and keeping people safe? | **Outstanding** | "
                    + Reports.SeedPath
                    + "(5) |",
                output
            );
            Assert.Contains("### 3. How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", output);
            Assert.Contains(
                "- Cheshire Constabulary is good at protecting from harm those who are vulnerable and supporting victims. (line 20) *Judgment*",
                output
            );
            Assert.Contains("### Areas for improvement", output);
        }

        [Fact]
        public void Grades_prints_the_matrix_plain_when_redirected_and_coloured_on_a_terminal_unless_NO_COLOR()
        {
            var plain = Peel("grades", "--year", "2016", Layouts);
            Assert.Equal(0, plain.Exit);
            Assert.StartsWith("PEEL 2016 (four-tier grades)\nForce", plain.Output);
            Assert.Contains("\nNorfolk  ", plain.Output);
            Assert.DoesNotContain("\u001b[", plain.Output);
            Assert.DoesNotContain("PEEL 2015", plain.Output);

            var coloured = Peel(new Terminal(true, true, ColorAllowed: true), "grades", "--year", "2016", Layouts);
            Assert.Contains("\u001b[30;102mGood \u001b[0m", coloured.Output);
            var noColor = Peel(new Terminal(true, true, ColorAllowed: false), "grades", "--year", "2016", Layouts);
            Assert.Equal(plain.Output, noColor.Output);

            var all = Peel("grades", Layouts);
            Assert.Contains("PEEL 2014 (four-tier grades)", all.Output);
            Assert.Contains("PEEL 2023–25 (five-tier grades)", all.Output);
        }

        [Fact]
        public void Progress_goes_to_a_terminals_stderr_only()
        {
            var reports = Path.Combine(folder, "many");
            Directory.CreateDirectory(reports);
            for (var i = 0; i < 120; i++)
            {
                File.WriteAllText(
                    Path.Combine(reports, $"r{i:000}.peel.txt"),
                    $"Essex PEEL {2014 + (i % 5)}\nEffectiveness\nHow effective is the force?\nWell {i}."
                );
            }

            var terminal = Peel(new Terminal(false, true, true), "check", reports);
            Assert.Contains("\rpeel: parsed 120 of 120 reports (100%)", terminal.Error);
            Assert.DoesNotContain("parsed", terminal.Output);
            Assert.DoesNotContain("parsed", Peel("check", reports).Error);
        }

        private static readonly string SavedFolder = Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "folder");

        [Theory]
        [InlineData("export", "--format", "csv")]
        [InlineData("export", "--format", "json")]
        [InlineData("grades")]
        public void Commands_over_a_saved_folder_name_each_page_they_skip_and_the_total(params string[] command)
        {
            var (exit, output, error) = Peel(command.Concat(new[] { SavedFolder }).ToArray());
            Assert.Equal(0, exit);
            var skipped = error
                .Split('\n')
                .Where(l => l.StartsWith("peel: skipped ", StringComparison.Ordinal))
                .Select(l => Path.GetFileName(l.Substring(14, l.IndexOf(": ", 14, StringComparison.Ordinal) - 14)));
            Assert.Equal(
                new[]
                {
                    "durham-2014-overview.peel.txt",
                    "kent-2021-letter.peel.txt",
                    "kent-2021-news.peel.txt",
                    "kent-2021-press-copy.peel.txt",
                    "kent-2021-publication.peel.txt",
                    "peel-framework-2025.peel.txt",
                },
                skipped
            );
            Assert.Contains(
                "skipped " + Path.Combine(SavedFolder, "kent-2021-letter.peel.txt") + ": This page is a letter about Kent Police PEEL 2021/22, not a report",
                error
            );
            Assert.EndsWith("peel: 4 reports from 10 files; 6 not reports, 0 unreadable; 1 grades table read\n", error);
            Assert.DoesNotContain("kent-2021-letter", output);
            Assert.Contains("kent-2021-report", command[0] == "grades" ? "kent-2021-report" : output);
        }

        [Fact]
        public void Check_names_the_kind_of_every_page_it_skips_and_finds_no_error_in_a_saved_folder()
        {
            var (exit, output, _) = Peel("check", SavedFolder);
            Assert.Equal(0, exit);
            var pages = output.Split('\n').Where(l => l.Contains(" info PEEL022: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(6, pages.Count);
            Assert.Contains(pages, l =>
                l.Contains(
                    "kent-2021-publication.peel.txt(1,1): info PEEL022: This page is a landing page about Kent Police PEEL 2021/22",
                    StringComparison.Ordinal
                )
            );
        }

        [Theory]
        [InlineData("2021/22")]
        [InlineData("2021-22")]
        [InlineData("2022")]
        public void Grades_takes_a_cycle_as_the_library_does(string cycle)
        {
            var (exit, output, _) = Peel("grades", "--year", cycle, SavedFolder);
            Assert.Equal(0, exit);
            Assert.StartsWith("PEEL 2021/22 (five-tier grades)\nForce", output);
            Assert.Contains("\nKent ", output);
            Assert.DoesNotContain("PEEL 2016", output);
        }

        [Fact]
        public void Grades_of_a_year_or_cycle_with_no_report_says_so_and_fails()
        {
            var (exit, output, error) = Peel("grades", "--year", "2025-27", SavedFolder);
            Assert.Equal((1, ""), (exit, output));
            Assert.EndsWith("peel grades: no report of PEEL 2025–27 among the files read\n", error);
        }

        [Fact]
        public void The_grade_maps_header_says_what_was_read()
        {
            var page = Path.Combine(folder, "folder.html");
            Assert.Equal(0, Peel("html", "-o", page, SavedFolder).Exit);
            Assert.Contains("4 report(s) on 3 force(s) (4 reports from 10 files; 6 not reports, 0 unreadable; 1 grades table read).", File.ReadAllText(page));
        }

        [Fact]
        public void Html_writes_one_self_contained_page()
        {
            var page = Path.Combine(folder, "grades.html");
            var (exit, output, _) = Peel("html", "-o", page, Layouts);
            Assert.Equal((0, ""), (exit, output));
            var html = File.ReadAllText(page);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            Assert.Contains(
                "<td data-pillar=\"Integrated\" data-key=\"InvestigatingCrime\" data-grade=\"Good\" title=\"Good — "
                    + "../Fixtures/layouts/kent-2023-inspection.peel.txt(21)\">",
                html.Replace(Layouts.Replace('\\', '/') + "/", "../Fixtures/layouts/")
            );
        }

        [Theory]
        [InlineData("export", "--format", "csv")]
        [InlineData("export", "--format", "yaml", "x")]
        [InlineData("export", "--format")]
        [InlineData("grades", "--year", "twenty", "x")]
        [InlineData("grades", "--format", "csv", "x")]
        [InlineData("html", "x")]
        [InlineData("html", "-o", "a.html", "-o", "b.html", "x")]
        public void Bad_command_lines_exit_2_with_a_message_and_usage(params string[] args)
        {
            var (exit, output, error) = Peel(args);
            Assert.Equal((2, ""), (exit, output));
            Assert.StartsWith("peel", error);
            Assert.Contains("Usage:", error);
        }

        [Theory]
        [InlineData("grades")]
        [InlineData("html", "-o", "page.html")]
        [InlineData("export", "--format", "csv")]
        public void A_missing_path_exits_2_naming_it(params string[] command)
        {
            var missing = Path.Combine(Path.GetTempPath(), "peel-no-such-folder");
            var (exit, _, error) = Peel(command.Append(missing).ToArray());
            Assert.Equal(2, exit);
            Assert.Contains("No such file or folder: " + missing, error);
        }
    }
}
