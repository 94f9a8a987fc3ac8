using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary><c>peel export --format json</c>: the documented fields, the model text for text, and what it skips.</summary>
    public sealed class JsonExportTests : TempFolderTest
    {
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
        public void Export_writes_the_reports_and_names_every_file_it_skips_with_why_and_a_total()
        {
            WriteFile("b.peel.txt", Reports.Report("How well does the force plan?", "It plans."));
            WriteFile("a/z.txt", "Just some text");
            WriteFile(
                "c.peel.txt",
                Reports.Lines(
                    "Suffolk Police needs to improve",
                    "Suffolk Police needs to improve, the police inspectorate has said.",
                    "PEEL 2023–2025: An inspection of Suffolk Constabulary"
                )
            );
            WriteFile("notes.md", "not a report");
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

        [Theory]
        [InlineData("export", "--format", "csv")]
        [InlineData("export", "--format", "json")]
        [InlineData("grades")]
        public void Commands_over_a_saved_folder_name_each_page_they_skip_and_the_total(params string[] command)
        {
            var (exit, output, error) = Peel(command.Concat(new[] { Reports.SavedFolder }).ToArray());
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
                "skipped "
                    + Path.Combine(Reports.SavedFolder, "kent-2021-letter.peel.txt")
                    + ": This page is a letter about Kent Police PEEL 2021/22, not a report",
                error
            );
            Assert.EndsWith("peel: 4 reports from 10 files; 6 not reports, 0 unreadable; 1 grades table read\n", error);
            Assert.DoesNotContain("kent-2021-letter", output);
            Assert.Contains("kent-2021-report", command[0] == "grades" ? "kent-2021-report" : output);
        }
    }
}
