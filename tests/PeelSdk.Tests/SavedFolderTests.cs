using System.IO;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>
    /// What a user's folder holds besides reports (tests/Fixtures/folder and pages written here in the shapes of the real ones):
    /// each text is recognised as what it is, only reports are reports, a release's grades grade its report, no report is lost.
    /// </summary>
    public class SavedFolderTests : TempFolderTest
    {
        private static readonly string Folder = Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "folder");

        private static readonly PeelFileSet Saved = PeelFiles.ParseAll(PeelFiles.Find(new[] { Folder }), PeelParseOptions.Default);

        private static ParsedReport Named(string fileName) => Saved.Reports.Single(r => Path.GetFileName(r.File) == fileName);

        [Theory]
        [InlineData("kent-2021-report.peel.txt", DocumentKind.Report)]
        [InlineData("kent-2021-news.peel.txt", DocumentKind.NewsRelease)]
        [InlineData("kent-2021-press-copy.peel.txt", DocumentKind.NewsRelease)]
        [InlineData("kent-2021-publication.peel.txt", DocumentKind.LandingPage)]
        [InlineData("kent-2021-letter.peel.txt", DocumentKind.Letter)]
        [InlineData("peel-framework-2025.peel.txt", DocumentKind.Framework)]
        [InlineData("durham-2014-overview.peel.txt", DocumentKind.ForceOverview)]
        [InlineData("durham-2015-leadership.peel.txt", DocumentKind.Report)]
        [InlineData("hampshire-2023-report.peel.txt", DocumentKind.Report)]
        public void Each_saved_text_is_recognised_as_what_it_is(string fileName, DocumentKind kind)
        {
            var parsed = Named(fileName);
            Assert.Equal(kind, parsed.Kind);
            Assert.Equal(kind == DocumentKind.Report, parsed.IsComplete);
            if (kind == DocumentKind.Report)
            {
                return;
            }

            var info = Assert.Single(parsed.Diagnostics, d => d.Id == PeelRuleIds.NotAReport);
            Assert.Equal(PeelSeverity.Info, info.Severity);
            Assert.Null(parsed.ToReport());
            ModelChecks.AssertEveryLineAccountedFor(File.ReadAllText(Path.Combine(Folder, fileName)), parsed);
        }

        [Fact]
        public void A_page_says_what_it_is_and_which_force_and_cycle_it_is_about()
        {
            var news = Named("kent-2021-news.peel.txt");
            Assert.Equal(("kent", 2021, "2021/22"), (news.Force!.Slug, news.Year!.Value, news.Cycle));
            Assert.StartsWith(
                "This page is a news release about Kent Police PEEL 2021/22, not a report: it is not generated; it states 5 area grade(s)",
                Single(news, PeelRuleIds.NotAReport).Message
            );
            Assert.Contains("a letter about Kent Police PEEL 2021/22", Single(Named("kent-2021-letter.peel.txt"), PeelRuleIds.NotAReport).Message);
            Assert.Contains(
                "an assessment framework or cycle page about PEEL 2025–27",
                Single(Named("peel-framework-2025.peel.txt"), PeelRuleIds.NotAReport).Message
            );
        }

        [Fact]
        public void No_page_takes_part_in_PEEL005_and_nothing_in_the_folder_is_an_error()
        {
            Assert.DoesNotContain(Saved.Diagnostics, d => d.Id == PeelRuleIds.DuplicateReport);
            Assert.DoesNotContain(Saved.Diagnostics, d => d.Severity != PeelSeverity.Info);
        }

        [Fact]
        public void The_releases_grades_are_read_sentence_by_sentence_and_look_alikes_grade_nothing()
        {
            var grades = Named("kent-2021-news.peel.txt").OfficialGrades!;
            Assert.Equal(GradeOrigin.Release, grades.Origin);
            Assert.Equal(
                new[]
                {
                    ("RespondingToThePublic", Grade.RequiresImprovement),
                    ("InvestigatingCrime", Grade.RequiresImprovement),
                    ("ManagingOffenders", Grade.RequiresImprovement),
                    ("PreventingCrime", Grade.Good),
                    ("TreatingThePublicFairly", Grade.Good),
                },
                grades.Rows.Select(r => (r.Question, r.Grade))
            );
            Assert.Equal(
                new[] { new GradeCount(Grade.Outstanding, 1), new GradeCount(Grade.Good, 2), new GradeCount(Grade.RequiresImprovement, 3) },
                grades.Counts
            );
            // The press copy states the counts and no area: counts alone grade nothing.
            Assert.Empty(Named("kent-2021-press-copy.peel.txt").OfficialGrades!.Rows);
        }

        [Theory]
        [InlineData(
            "found the force was ‘good’ in six areas, ‘adequate’ in one area and ‘requires improvement’ in one area – investigating crime.",
            "InvestigatingCrime",
            Grade.RequiresImprovement
        )]
        [InlineData("The areas graded as ‘inadequate’ included how the force investigates crime.", "InvestigatingCrime", Grade.Inadequate)]
        [InlineData("The inadequate areas included how the force responds to the public.", "RespondingToThePublic", Grade.Inadequate)]
        [InlineData("HMICFRS said the constabulary was good at using police powers.", "TreatingThePublicFairly", Grade.Good)]
        [InlineData("Lancashire Constabulary is outstanding at recording crime.", "RecordingCrimeData", Grade.Outstanding)]
        public void A_sentence_that_names_an_area_and_a_grade_grades_it(string sentence, string key, Grade grade)
        {
            var row = Assert.Single(Release(sentence).OfficialGrades!.Rows);
            Assert.Equal((key, grade), (row.Question, row.Grade));
        }

        [Theory]
        [InlineData("found the force was ‘good’ in six areas and ‘requires improvement’ in two areas.")]
        [InlineData("The force is good at recognising vulnerability.")]
        [InlineData("Its partners are good at protecting vulnerable people.")]
        [InlineData("Officers are outstanding at investigating crime.")]
        [InlineData("The force needs to improve how it investigates crime.")]
        [InlineData("Kent Police is outstanding at investigating crime.")]
        [InlineData("found the force was ‘requires improvement’ in two areas – investigating crime.")]
        public void A_sentence_that_does_not_name_both_an_area_and_a_grade_of_the_force_grades_nothing(string sentence) =>
            Assert.Empty(Release(sentence).OfficialGrades!.Rows);

        [Fact]
        public void Where_the_report_states_another_grade_than_its_release_the_reports_is_kept_with_a_warning()
        {
            File.WriteAllText(
                Path.Combine(folder, "kent-report.peel.txt"),
                Reports.Lines(
                    "PEEL 2021/22 – An inspection of Kent Police",
                    "Overall summary",
                    "Kent Police has improved.",
                    "Investigating crime",
                    "Kent Police is good at investigating crime."
                )
            );
            File.WriteAllText(
                Path.Combine(folder, "kent-news.peel.txt"),
                Reports.Lines(
                    "Kent Police praised",
                    "Kent Police has improved, the police inspectorate has said.",
                    "PEEL 2021/22 – An inspection of Kent Police",
                    "Kent Police is outstanding at investigating crime."
                )
            );
            var set = PeelFiles.ParseAll(PeelFiles.Find(new[] { folder }), PeelParseOptions.Default);
            var report = set.Reports.Single(r => r.Kind == DocumentKind.Report);
            Assert.Equal((Grade.Good, GradeOrigin.Stated), (report.Questions.Single().Grade!.Value, report.Questions.Single().GradeSource!.Origin));
            var warning = Single(report, PeelRuleIds.GradeDisagreesWithTable);
            Assert.Equal((PeelSeverity.Warning, 5), (warning.Severity, warning.Location.Line));
            Assert.Equal(
                $"The text states 'good' but the news release '{Path.Combine(folder, "kent-news.peel.txt")}' line 4 gives 'outstanding': the stated "
                    + $"grade is kept; correct whichever is wrong",
                warning.Message
            );
        }

        [Fact]
        public void Copies_of_one_release_check_the_reports_counts_once()
        {
            File.WriteAllText(
                Path.Combine(folder, "surrey-report.peel.txt"),
                Reports.Lines(
                    "PEEL 2023–2025: An inspection of Surrey Police",
                    "Overall summary",
                    "Our inspection assessed how good Surrey Police is in one area of policing. We make graded judgments in one of these one as follows:",
                    "Investigating crime – Good"
                )
            );
            var release = Reports.Lines(
                "Surrey Police has improved",
                "Surrey Police has improved, the police inspectorate has said.",
                "PEEL 2023–2025: An inspection of Surrey Police",
                "HMICFRS graded Surrey Police’s performance across one area of policing and found the force was ‘adequate’ in one area."
            );
            File.WriteAllText(Path.Combine(folder, "surrey-news.peel.txt"), release);
            File.WriteAllText(Path.Combine(folder, "surrey-press-copy.peel.txt"), release);
            var set = PeelFiles.ParseAll(PeelFiles.Find(new[] { folder }), PeelParseOptions.Default);
            var counts = Assert.Single(set.Diagnostics, d => d.Id == PeelRuleIds.ReleaseCountsDisagree);
            Assert.Equal(
                $"The news release '{Path.Combine(folder, "surrey-news.peel.txt")}' line 4 says the force was 'adequate' in 1; with the release's "
                    + $"grades this report has 'adequate' in 0",
                counts.Message
            );
        }

        [Fact]
        public void A_copy_that_holds_more_is_kept_whatever_the_file_names()
        {
            var full = Reports.Report(
                "Suffolk Constabulary is good at keeping people safe and reducing crime.",
                "How effective is the force at investigating crime and reducing re-offending?",
                "Suffolk Constabulary is good at investigating crime."
            );
            var cut = Reports.Report("Suffolk Constabulary is good at keeping people safe and reducing crime.");
            File.WriteAllText(Path.Combine(folder, "a-saved-first.peel.txt"), cut);
            File.WriteAllText(Path.Combine(folder, "b-saved-later.peel.txt"), full);
            var set = PeelFiles.ParseAll(PeelFiles.Find(new[] { folder }), PeelParseOptions.Default);
            var duplicate = Assert.Single(set.Diagnostics, d => d.Id == PeelRuleIds.DuplicateReport);
            Assert.EndsWith("a-saved-first.peel.txt", duplicate.File);
            Assert.Contains("which is kept because it holds more graded questions (2 against 1)", duplicate.Message);
        }

        [Theory]
        [InlineData("Hampshire and Isle of Wight Constabulary", 2023, "Hampshire and Isle of Wight Constabulary")]
        [InlineData("Hampshire Constabulary", 2016, "Hampshire Constabulary")]
        [InlineData("Hampshire", 2016, "Hampshire Constabulary")]
        [InlineData("Hampshire", 2023, "Hampshire and Isle of Wight Constabulary")]
        [InlineData("Hampshire & Isle of Wight Constabulary", 2023, "Hampshire and Isle of Wight Constabulary")]
        [InlineData("Dyfed Powys Police", 2021, "Dyfed-Powys Police")]
        [InlineData("the Metropolitan Police Service", 2023, "Metropolitan Police Service")]
        [InlineData("City of London Police", 2023, "City of London Police")]
        [InlineData("Avon & Somerset Constabulary", 2023, "Avon and Somerset Constabulary")]
        public void Every_force_is_found_under_every_name_it_has_used(string name, int year, string fullName)
        {
            var force = ForceRegistry.Find(name, year)!;
            Assert.Equal(fullName, force.FullName);
            Assert.Contains(ForceRegistry.All, f => f.Slug == force.Slug);
        }

        [Fact]
        public void The_registry_knows_each_name_with_its_years_and_an_unknown_name_is_still_unknown()
        {
            var hampshire = ForceRegistry.Find("Hampshire")!;
            Assert.Equal(
                new[] { new ForceName("Hampshire Constabulary", null, 2021), new ForceName("Hampshire and Isle of Wight Constabulary", 2022, null) },
                ForceRegistry.NamesOf(hampshire)
            );
            Assert.Null(ForceRegistry.Find("Isle of Wight Constabulary"));
            var unknown = Reports.Parse(
                Reports.Lines("Hampshyre PEEL 2016", "Effectiveness", "How effective is the force at keeping people safe and reducing crime?", "It is.")
            );
            Assert.Contains("did you mean 'Hampshire'?", Single(unknown, PeelRuleIds.UnknownForce).Message);
        }

        [Theory]
        [InlineData("Police leadership is crucial in enabling a force to be effective.", Pillar.Leadership)]
        [InlineData("HMIC assessed how well led forces are at every rank and grade.", Pillar.Leadership)]
        [InlineData("HMIC inspected how the force protects children from sexual exploitation.", Pillar.OtherInspections)]
        public void An_other_inspections_page_without_its_questions_heading_is_leadership_when_its_opening_is_about_leadership(string opening, Pillar pillar)
        {
            var page = Reports.Parse(
                Reports.Lines(
                    "Cheshire PEEL 2016",
                    "Other inspections",
                    "How well has the force performed in our other inspections?",
                    "In addition to the three core PEEL pillars, HMIC carries out inspections of a wide range of policing activity.",
                    opening,
                    "How well does the force understand its leadership?",
                    "The force surveyed its leaders.",
                    "A later paragraph on leadership."
                )
            );
            Assert.Equal(pillar, page.Pillar);
        }

        private static ParsedReport Release(string sentence) =>
            Reports.Parse(
                Reports.Lines(
                    "Lancashire Constabulary congratulated",
                    "Lancashire Constabulary has done well, the police inspectorate has said.",
                    "PEEL 2021/22 – An inspection of Lancashire Constabulary",
                    sentence
                )
            );

        private static PeelDiagnostic Single(ParsedReport report, string id) => Assert.Single(report.Diagnostics, d => d.Id == id);
    }
}
