using System;
using System.Linq;
using System.Text;
using System.Threading;

namespace PeelSdk.Tests
{
    /// <summary>Bad input gets a located diagnostic, never an exception, and its text is kept.</summary>
    public class DiagnosticTests
    {
        private static PeelDiagnostic Single(ParsedReport report, string id) => Assert.Single(report.Diagnostics, d => d.Id == id);

        [Fact]
        public void Missing_header_is_PEEL001_on_the_line_that_stands_in_its_place()
        {
            var text = Reports.Lines("Skip to content", "", "  Durham 2014", "", "Effectiveness", "How well the force tackles crime");
            var report = Reports.Parse(text);
            var header = Single(report, "PEEL001");
            Assert.Equal((3, 3, 3, 14), (header.Location.Line, header.Location.Column, header.Location.EndLine, header.Location.EndColumn));
            Assert.Equal("Durham 2014", Reports.TextAt(text, header));
            Assert.Contains("found 'Durham 2014'", header.Message);
            Assert.Equal(PeelSeverity.Error, header.Severity);
            Assert.Null(report.Force);
            Assert.Null(report.ToReport());
            Assert.Contains(report.Notes, n => n.Text == "Durham 2014");
        }

        [Fact]
        public void A_2014_force_overview_is_a_page_not_a_broken_report_and_keeps_its_text_as_notes()
        {
            var text = Reports.Lines(
                "Skip to content",
                "",
                "Durham 2014",
                "",
                "Read more about Durham",
                "",
                "This is the first PEEL Assessment of Durham Constabulary.",
                "",
                "The available evidence indicates that:",
                "",
                "the force is good."
            );
            var report = Reports.Parse(text);
            Assert.Equal(new[] { "PEEL022" }, Reports.Ids(report));
            Assert.Equal(DocumentKind.ForceOverview, report.Kind);
            Assert.Equal(PeelSeverity.Info, report.Diagnostics[0].Severity);
            Assert.Equal("Durham 2014", Reports.TextAt(text, report.Diagnostics[0]));
            Assert.Contains("a 2014 force overview about Durham Constabulary", report.Diagnostics[0].Message);
            Assert.False(report.IsComplete);
            Assert.Null(report.ToReport());
            Assert.Equal(
                new[]
                {
                    "Skip to content",
                    "Durham 2014",
                    "Read more about Durham",
                    "This is the first PEEL Assessment of Durham Constabulary.",
                    "The available evidence indicates that:",
                    "the force is good.",
                },
                report.Notes.Select(n => n.Text)
            );
        }

        [Fact]
        public void A_tab_counts_as_one_column_as_the_compiler_counts_it()
        {
            var text = "Suffolk PEEL 2016\r\n\tEfectiveness\r\nHow effective is the force?\r\nIt is.";
            var pillar = Single(Reports.Parse(text), "PEEL002");
            Assert.Equal((2, 2, 2, 14), (pillar.Location.Line, pillar.Location.Column, pillar.Location.EndLine, pillar.Location.EndColumn));
            Assert.Equal("Efectiveness", Reports.TextAt(text, pillar));
        }

        [Fact]
        public void A_pillar_typo_is_PEEL002_with_the_nearest_pillar()
        {
            var text = Reports.Lines("Suffolk PEEL 2016", "Efectiveness", "How effective is the force?", "Findings.");
            var pillar = Single(Reports.Parse(text), "PEEL002");
            Assert.Equal("Efectiveness", Reports.TextAt(text, pillar));
            Assert.EndsWith("found 'Efectiveness'; did you mean 'Effectiveness'?", pillar.Message);
        }

        [Fact]
        public void A_missing_pillar_is_PEEL002_and_the_headline_is_still_read()
        {
            var report = Reports.Parse(
                Reports.Lines("Suffolk PEEL 2016", "How well has the force done this year?", "How well does the force plan for the future?", "It plans.")
            );
            Assert.Equal(2, Single(report, "PEEL002").Location.Line);
            Assert.Equal("How well has the force done this year?", report.Headline!.Text);
            Assert.Single(report.Questions);
            Assert.Null(report.ToReport());
        }

        [Fact]
        public void No_question_at_all_is_PEEL003()
        {
            var report = Reports.Parse(Reports.Lines("Suffolk PEEL 2016", "Legitimacy"));
            Assert.Equal(1, Single(report, "PEEL003").Location.Line);
        }

        [Fact]
        public void A_question_without_findings_is_PEEL004_at_the_question()
        {
            var text = Reports.Report("How effective is the force at investigating crime?", "How well does the force plan for the future?", "It plans.");
            var warning = Single(Reports.Parse(text), "PEEL004");
            Assert.Equal("How effective is the force at investigating crime?", Reports.TextAt(text, warning));
            Assert.Equal(PeelSeverity.Warning, warning.Severity);
        }

        [Fact]
        public void A_repeated_question_is_PEEL006_on_the_second()
        {
            var report = Reports.Parse(
                Reports.Report("How well does the force plan for the future?", "A.", "How well does the force plan for the future?", "B.")
            );
            var repeated = Single(report, "PEEL006");
            Assert.Equal(6, repeated.Location.Line);
            Assert.Contains("line 4", repeated.Message);
        }

        [Fact]
        public void A_judgment_about_another_force_is_PEEL007_and_not_a_grade()
        {
            var text = Reports.Report(
                "How effective is the force at investigating crime?",
                "It works hard. Durham Constabulary is outstanding at investigating crime."
            );
            var report = Reports.Parse(text);
            var other = Single(report, "PEEL007");
            Assert.Equal("Durham Constabulary", Reports.TextAt(text, other));
            Assert.Null(report.Questions[0].Grade);
        }

        [Fact]
        public void Disagreeing_judgments_are_PEEL008_on_the_second_and_the_first_is_kept()
        {
            var text = Reports.Report("How effective is the force at investigating crime?", "Good", "", "The force is inadequate at investigating crime.");
            var report = Reports.Parse(text);
            var conflict = Single(report, "PEEL008");
            Assert.Equal("inadequate", Reports.TextAt(text, conflict));
            Assert.Equal((7, 14), (conflict.Location.Line, conflict.Location.Column));
            Assert.Contains("'inadequate'", conflict.Message);
            Assert.Contains("'good'", conflict.Message);
            Assert.Equal(Grade.Good, report.Questions[0].Grade);
        }

        [Fact]
        public void A_judgment_on_the_second_of_two_wrapped_lines_is_located_there()
        {
            var text = Reports.Report(
                "How effective is the force at investigating crime?",
                "Crime is investigated",
                "well. The force is good at investigating crime."
            );
            var report = Reports.Parse(text);
            Assert.Equal(Grade.Good, report.Questions[0].Grade);
            Assert.Equal(6, report.Questions[0].GradeLine);
        }

        [Fact]
        public void Text_between_pillar_and_headline_is_PEEL010_and_kept_as_a_note()
        {
            var text = Reports.Lines("Suffolk PEEL 2016", "Effectiveness", "Some stray paragraph.", "How effective is the force?", "It is.");
            var report = Reports.Parse(text);
            var orphan = Single(report, "PEEL010");
            Assert.Equal("Some stray paragraph.", Reports.TextAt(text, orphan));
            Assert.Equal("Some stray paragraph.", report.Notes.Single().Text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("  \n\n\t\r\n")]
        public void An_empty_file_is_PEEL011(string text)
        {
            var report = Reports.Parse(text);
            Assert.Equal(new[] { "PEEL011" }, Reports.Ids(report));
            Assert.Contains("is empty", report.Diagnostics[0].Message);
        }

        [Fact]
        public void A_file_with_NUL_characters_is_PEEL011_at_the_first_one()
        {
            var text = "Suffolk PEEL 2016\nEffec\0tiveness";
            var diagnostic = Assert.Single(Reports.Parse(text).Diagnostics);
            Assert.Equal(("PEEL011", 2, 6), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        }

        [Fact]
        public void Invalid_UTF8_is_PEEL011_at_the_bad_byte()
        {
            var bytes = Encoding.UTF8.GetBytes("Suffolk PEEL 2016\nEffectiveness\nHow ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
            var diagnostic = Assert.Single(PeelFiles.Parse(bytes, "bad.peel.txt").Diagnostics);
            Assert.Equal(("PEEL011", 3, 5), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
            Assert.Contains("not UTF-8", diagnostic.Message);
        }

        [Fact]
        public void UTF16_with_a_byte_order_mark_is_read()
        {
            var bytes = Encoding
                .Unicode.GetPreamble()
                .Concat(Encoding.Unicode.GetBytes(Reports.Report("How well does the force plan?", "It plans.")))
                .ToArray();
            Assert.Equal("Suffolk", PeelFiles.Parse(bytes, "utf16.peel.txt").Force!.Name);
        }

        [Fact]
        public void Cancellation_is_honoured()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => PeelParser.Parse(Reports.Report("How well?", "Yes."), "x", cancelled.Token));
        }

        [Fact]
        public void Diagnostics_print_in_MSBuild_form()
        {
            var diagnostic = Reports.Parse(Reports.Lines("Nonsense", "Effectiveness", "How?", "A."), "dir/r.peel.txt").Diagnostics[0];
            Assert.Equal(
                "dir/r.peel.txt(1,1): error PEEL001: A report must start with a header '<Force> PEEL <year>', such as 'Cheshire PEEL 2015', or an "
                    + "integrated report's title or 'Overall summary'; found 'Nonsense'",
                diagnostic.ToString()
            );
        }

        [Fact]
        public void Every_rule_has_a_unique_id_title_and_message()
        {
            Assert.Equal(PeelRules.All.Count, PeelRules.All.Select(r => r.Id).Distinct().Count());
            Assert.All(PeelRules.All, rule =>
            {
                Assert.Matches("^PEEL[0-9]{3}$", rule.Id);
                Assert.False(string.IsNullOrWhiteSpace(rule.Title));
                Assert.False(string.IsNullOrWhiteSpace(rule.MessageFormat));
            });
        }
    }
}
