using System.IO;
using System.Linq;
using System.Text.Json;
using PeelSdk.Cli;

namespace PeelSdk.Tests
{
    /// <summary>The peel tool, run in-process with captured output.</summary>
    public sealed class CliTests : TempFolderTest
    {
        private static (int Exit, string Output, string Error) Peel(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public void Export_of_the_seed_has_exactly_the_documented_fields_and_the_seed_truth()
        {
            var (exit, output, _) = Peel("export", "--format", "json", Reports.SeedPath);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var report = Assert.Single(json.RootElement.EnumerateArray().ToList());

            Assert.Equal(
                new[]
                {
                    "file",
                    "force",
                    "forceName",
                    "year",
                    "cycle",
                    "gradeScale",
                    "pillar",
                    "areasAssessed",
                    "areasGraded",
                    "lastUpdated",
                    "headline",
                    "questions",
                    "areasForImprovement",
                    "causesOfConcern",
                    "recommendations",
                    "diagnostics",
                },
                report.EnumerateObject().Select(p => p.Name)
            );
            Assert.Equal(
                new[] { "text", "line", "grade", "gradeLine", "gradeSource", "ungraded", "findings" },
                report.GetProperty("headline").EnumerateObject().Select(p => p.Name)
            );
            var questions = report.GetProperty("questions").EnumerateArray().ToList();
            Assert.Equal(
                new[] { "number", "key", "text", "line", "grade", "gradeLine", "gradeSource", "ungraded", "carriedOverFrom", "findings" },
                questions[0].EnumerateObject().Select(p => p.Name)
            );
            Assert.Equal(new[] { "id", "kind", "text", "line", "endLine" }, questions[0].GetProperty("findings")[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "id", "text", "line", "endLine" }, report.GetProperty("areasForImprovement")[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(
                new[] { "id", "severity", "line", "column", "endLine", "endColumn", "message" },
                report.GetProperty("diagnostics")[0].EnumerateObject().Select(p => p.Name)
            );

            Assert.Equal("Cheshire", report.GetProperty("force").GetString());
            Assert.Equal("Cheshire Constabulary", report.GetProperty("forceName").GetString());
            Assert.Equal(2015, report.GetProperty("year").GetInt32());
            Assert.Equal("Effectiveness", report.GetProperty("pillar").GetString());
            Assert.Equal(JsonValueKind.Null, report.GetProperty("headline").GetProperty("grade").ValueKind);
            Assert.Equal(new[] { "Outstanding", null, "Good", null }, questions.Select(q => q.GetProperty("grade").GetString()));
            Assert.Equal(new[] { 6, 6, 5, 6 }, questions.Select(q => q.GetProperty("findings").GetArrayLength()));
            var joined = questions[1].GetProperty("findings")[5];
            Assert.Equal((17, 18), (joined.GetProperty("line").GetInt32(), joined.GetProperty("endLine").GetInt32()));
            Assert.Equal(new[] { 33, 34, 35 }, report.GetProperty("areasForImprovement").EnumerateArray().Select(a => a.GetProperty("line").GetInt32()));
        }

        [Fact]
        public void Export_matches_the_parsed_model_text_for_text()
        {
            var model = PeelFiles.Parse(Reports.SeedPath);
            using var json = JsonDocument.Parse(Peel("export", "--format", "json", Reports.SeedPath).Output);
            var questions = json.RootElement[0].GetProperty("questions");
            var exported = questions
                .EnumerateArray()
                .SelectMany(q => q.GetProperty("findings").EnumerateArray())
                .Select(f => (f.GetProperty("id").GetString(), f.GetProperty("kind").GetString(), f.GetProperty("text").GetString()));
            Assert.Equal(model.Questions.SelectMany(q => q.Findings).Select(f => ((string?)f.Id, (string?)f.Kind.ToString(), (string?)f.Text)), exported);
            Assert.Equal(
                model.Diagnostics.Select(d => d.Message),
                json.RootElement[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString())
            );
        }

        [Fact]
        public void Export_writes_the_reports_and_names_every_file_it_skips_with_why_and_a_total()
        {
            Write("b.peel.txt", Reports.Report("How well does the force plan?", "It plans."));
            Write("a/z.txt", "Just some text");
            Write(
                "c.peel.txt",
                Reports.Lines(
                    "Suffolk Police needs to improve",
                    "Suffolk Police needs to improve, the police inspectorate has said.",
                    "PEEL 2023–2025: An inspection of Suffolk Constabulary"
                )
            );
            Write("notes.md", "not a report");
            var (exit, output, error) = Peel("export", "--format", "json", folder);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(new[] { Path.Combine(folder, "b.peel.txt") }, json.RootElement.EnumerateArray().Select(f => f.GetProperty("file").GetString()));
            Assert.Equal(
                new[]
                {
                    $"peel: skipped {Path.Combine(folder, "a", "z.txt")}: PEEL001: A report must start with a header '<Force> PEEL <year>', such as "
                        + $"'Cheshire PEEL 2015', or an integrated report's title or 'Overall summary'; found 'Just some text'",
                    $"peel: skipped {Path.Combine(folder, "c.peel.txt")}: This page is a news release about Suffolk Constabulary PEEL 2023–25, not a "
                        + $"report: it is not generated; it states 0 area grade(s), applied to the Suffolk PEEL 2023–25 report where that report's "
                        + $"text states none",
                    "peel: 1 report from 3 files; 1 not a report, 1 unreadable",
                },
                error.TrimEnd('\n').Split('\n')
            );
        }

        [Fact]
        public void Export_shows_layout_fields_last_updated_grade_source_ungraded_carried_over_and_other_inspections()
        {
            var layouts = Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts");
            using var json = JsonDocument.Parse(Peel("export", "--format", "json", layouts).Output);
            var reports = json.RootElement.EnumerateArray().ToDictionary(r => Path.GetFileName(r.GetProperty("file").GetString()!));
            Assert.DoesNotContain("official.peel-grades.csv", reports.Keys);

            var cumbria = reports["cumbria-2016-legitimacy.peel.txt"];
            Assert.Equal("2016-12-08", cumbria.GetProperty("lastUpdated").GetString());
            Assert.True(cumbria.GetProperty("questions")[1].GetProperty("ungraded").GetBoolean());
            Assert.Equal("Stated", cumbria.GetProperty("questions")[0].GetProperty("gradeSource").GetString());

            var norfolk = reports["norfolk-2016-effectiveness.peel.txt"].GetProperty("questions")[1];
            Assert.Equal(
                ("InvestigatingCrime", "Good", "Table", 2),
                (
                    norfolk.GetProperty("key").GetString(),
                    norfolk.GetProperty("grade").GetString(),
                    norfolk.GetProperty("gradeSource").GetString(),
                    norfolk.GetProperty("gradeLine").GetInt32()
                )
            );
            Assert.Equal(2017, reports["essex-2018-effectiveness.peel.txt"].GetProperty("questions")[0].GetProperty("carriedOverFrom").GetInt32());
            Assert.Equal("Leadership", reports["lancashire-2015-leadership.peel.txt"].GetProperty("pillar").GetString());
            Assert.Equal("OtherInspections", reports["lancashire-2015-otherinspections.peel.txt"].GetProperty("pillar").GetString());
            Assert.Equal("Efficiency", reports["kent-2018-efficiency.peel.txt"].GetProperty("pillar").GetString());
            Assert.Equal(
                ("2018", "FourTier", JsonValueKind.Null),
                (
                    reports["kent-2018-efficiency.peel.txt"].GetProperty("cycle").GetString(),
                    reports["kent-2018-efficiency.peel.txt"].GetProperty("gradeScale").GetString(),
                    reports["kent-2018-efficiency.peel.txt"].GetProperty("areasAssessed").ValueKind
                )
            );

            var kent = reports["kent-2023-inspection.peel.txt"];
            Assert.Equal(
                ("Integrated", 2023, "2023–25", "FiveTier", 9, 8),
                (
                    kent.GetProperty("pillar").GetString(),
                    kent.GetProperty("year").GetInt32(),
                    kent.GetProperty("cycle").GetString(),
                    kent.GetProperty("gradeScale").GetString(),
                    kent.GetProperty("areasAssessed").GetInt32(),
                    kent.GetProperty("areasGraded").GetInt32()
                )
            );
            var investigating = kent.GetProperty("questions")[0];
            Assert.Equal(("InvestigatingCrime", "Good"), (investigating.GetProperty("key").GetString(), investigating.GetProperty("grade").GetString()));
            Assert.Contains(investigating.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "Practice");
        }

        [Fact]
        public void Check_prints_each_diagnostic_in_MSBuild_form_and_exits_0_without_errors()
        {
            var (exit, output, _) = Peel("check", Reports.SeedPath);
            Assert.Equal(0, exit);
            var expected = PeelFiles.Parse(Reports.SeedPath).Diagnostics.Select(d => d.ToString());
            Assert.Equal(expected, output.TrimEnd('\n').Split('\n'));
            Assert.StartsWith(Reports.SeedPath + "(11,1): info PEEL009: Question 2 ", output);
        }

        [Fact]
        public void Check_exits_1_when_a_report_has_an_error()
        {
            var broken = Write("broken.peel.txt", Reports.Lines("Suffolk 2016", "Effectiveness", "How well?", "Fine."));
            var (exit, output, _) = Peel("check", broken);
            Assert.Equal(1, exit);
            Assert.Contains(broken + "(1,1): error PEEL001: ", output);
        }

        [Fact]
        public void A_missing_path_is_an_error_message_and_exit_code_2()
        {
            var missing = Path.Combine(folder, "nope.peel.txt");
            var (exit, output, error) = Peel("check", missing);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains("No such file or folder: " + missing, error);
        }

        [Theory]
        [InlineData("frobnicate")]
        [InlineData("export", "x")]
        [InlineData("export", "--format", "xml", "x")]
        [InlineData("check")]
        [InlineData("check", "--strict", "x")]
        public void Bad_command_lines_exit_2_with_usage(params string[] args)
        {
            var (exit, _, error) = Peel(args);
            Assert.Equal(2, exit);
            Assert.Contains("Usage:", error);
        }

        [Fact]
        public void Help_and_version()
        {
            Assert.Equal((0, true), (Peel("--help").Exit, Peel("--help").Output.Contains("peel check")));
            var version = Peel("--version");
            Assert.Equal(0, version.Exit);
            Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
        }
    }
}
