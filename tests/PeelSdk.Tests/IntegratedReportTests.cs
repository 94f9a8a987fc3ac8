using System.IO;
using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>Integrated reports (2021/22 onwards): identity, the judgments table in each rendering, areas, sections and their checks.</summary>
    public class IntegratedReportTests
    {
        private static ParsedReport Layout(string name) => PeelFiles.Parse(Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts", name));

        private static (string Key, Grade? Grade) Graded(Question area) => (area.Key, area.Grade);

        /// <summary>An opening as the corpus has it, with <paramref name="table"/> after "as follows:" and <paramref name="more"/> after the opening.</summary>
        private static ParsedReport Opening(string[] table, params string[] more) =>
            Reports.Parse(
                Reports.Lines(
                    new[]
                    {
                        "Overall summary",
                        "Our inspection assessed how good Kent Police is in four areas of policing. We make graded judgments in three of these four "
                            + "as follows:",
                    }
                        .Concat(table)
                        .Concat(
                            new[]
                            {
                                "We also inspected how effective a service Kent Police gives to victims of crime. We don’t make a graded judgment in "
                                    + "this overall area.",
                                "PEEL 2023–2025",
                            }
                        )
                        .Concat(more)
                        .ToArray()
                ),
                "kent-2023-report.peel.txt"
            );

        [Fact]
        public void Titled_report_reads_identity_table_areas_sections_lists_and_practice()
        {
            var report = Layout("kent-2023-inspection.peel.txt");
            Assert.Empty(report.Diagnostics);
            Assert.Equal(
                ("Kent", 2023, Pillar.Integrated, "2023–25", (GradeScale?)GradeScale.FiveTier),
                (report.Force!.Name, report.Year!.Value, report.Pillar!.Value, report.Cycle, report.GradeScale)
            );
            Assert.Equal((9, 8), (report.AreasAssessed!.Value, report.AreasGraded!.Value));
            Assert.Equal("Overall summary", report.Headline!.Text);
            Assert.Null(report.Headline.Grade);

            Assert.Equal(
                new (string, Grade?)[]
                {
                    ("InvestigatingCrime", Grade.Good),
                    ("ProtectingVulnerablePeople", Grade.Adequate),
                    ("ManagingOffenders", Grade.RequiresImprovement),
                    ("PreventingCrime", Grade.Good),
                    ("TreatingThePublicFairly", Grade.Adequate),
                    ("Workforce", Grade.RequiresImprovement),
                    ("LeadershipAndForceManagement", Grade.Good),
                    ("RespondingToThePublic", Grade.Adequate),
                    ("ServiceToVictims", null),
                },
                report.Questions.Select(Graded)
            );
            Assert.Equal(Enumerable.Range(1, 9), report.Questions.Select(q => q.Number));

            // An area with a section of its own: the section is its source and states its grade, which agrees with the table.
            var investigating = report.Questions[0];
            Assert.Equal((20, 21), (investigating.Source.Line, investigating.GradeLine!.Value));
            Assert.Equal("Good", investigating.Judgment!.Text);
            Assert.Equal("Kent Police is good at investigating crime.", investigating.Findings[1].Text);
            Assert.Equal(
                new[] { "Operation Assist", "The force set up a team that gives victims of stalking a single point of contact." },
                investigating.Findings.Where(f => f.Kind == FindingKind.Practice).Select(f => f.Text)
            );

            // An area only the table grades: its grade is the table's, located at the column heading's grade word.
            var managing = report.Questions[2];
            Assert.Equal((8, 7), (managing.Source.Line, managing.GradeLine!.Value));
            var at = managing.GradeSource!.Location!;
            Assert.Equal(
                "Requires improvement",
                File.ReadAllLines(Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts", "kent-2023-inspection.peel.txt"))[at.Line - 1]
                    .Substring(at.Column - 1, at.Length)
            );
            Assert.Equal("Investigating crime\tProtecting vulnerable people\tManaging offenders and suspects", managing.Judgment!.Text);
            Assert.Empty(managing.Findings);

            var victims = report.Questions[8];
            Assert.True(victims.IsUngraded);
            Assert.Equal("Victims usually receive an appropriate response when they first contact the force.", victims.Findings.Single().Text);

            Assert.Equal("The force should make sure that supervisors review investigation plans.", report.AreasForImprovement.Single().Text);
            Assert.Equal("The force isn’t consistently safeguarding children at risk of exploitation.", report.CausesOfConcern.Single().Text);
            Assert.Equal("Within six months, the force should review how it assesses risk to children.", report.Recommendations.Single().Text);
            // Sections that are not areas are kept as notes, never as findings of an area.
            Assert.Equal(
                new[]
                {
                    "PEEL 2023–2025",
                    "It isn’t possible to make direct comparisons between the grades awarded in this PEEL inspection and those from the previous "
                        + "cycle of PEEL inspections.",
                    "HM Inspector’s summary",
                    "I am pleased with the performance of Kent Police in keeping people safe and reducing crime.",
                },
                report.Notes.Select(n => n.Text)
            );
            Assert.Equal("kent-2023-integrated/q1/f2", investigating.Findings[1].Id);
        }

        [Fact]
        public void One_area_per_line_with_a_dash_and_cycle_from_the_file_name()
        {
            var report = Layout("west-midlands-2021-report.peel.txt");
            var inferred = Assert.Single(report.Diagnostics);
            Assert.Equal((PeelRuleIds.IdentityInferred, 2), (inferred.Id, inferred.Location.Line));
            Assert.Contains("the cycle 2021/22 from the file name", inferred.Message);
            Assert.Equal(("West Midlands", 2021, "2021/22"), (report.Force!.Name, report.Year!.Value, report.Cycle));
            Assert.Equal(13, report.Questions.Count);
            Assert.Equal(11, report.Questions.Count(q => q.Grade != null));
            Assert.Equal(("ServiceToVictims", (Grade?)Grade.RequiresImprovement), Graded(report.Questions[10]));
            Assert.Equal(new[] { "StrategicPolicingRequirement", "ArmedThreats" }, report.Questions.Where(q => q.IsUngraded).Select(q => q.Key));
            var responding = report.Questions.Single(q => q.Key == "RespondingToThePublic");
            Assert.Equal((22, 23), (responding.Source.Line, responding.GradeLine!.Value));
            Assert.Equal(
                new[] { "Important changes to PEEL", "We have expanded our previous four-tier system of judgments to five tiers." },
                report.Notes.Select(n => n.Text)
            );
        }

        [Fact]
        public void Grade_word_lines_followed_by_their_areas()
        {
            var report = Layout("surrey-2021-inspection.peel.txt");
            Assert.Empty(report.Diagnostics);
            Assert.Equal(("Surrey", 2021), (report.Force!.Name, report.Year!.Value));
            Assert.Equal(
                new (string, Grade?)[]
                {
                    ("PreventingCrime", Grade.Good),
                    ("ProtectingVulnerablePeople", Grade.Good),
                    ("InvestigatingCrime", Grade.Adequate),
                    ("TreatingThePublicFairly", Grade.Adequate),
                    ("ManagingOffenders", Grade.Adequate),
                    ("Workforce", Grade.Adequate),
                    ("RespondingToThePublic", Grade.RequiresImprovement),
                    ("GoodUseOfResources", Grade.RequiresImprovement),
                    ("ServiceToVictims", null),
                },
                report.Questions.Select(Graded)
            );
            // A grade word in a section that is not an area grades nothing.
            Assert.Contains(report.Notes, n => n.Text == "Adequate");
        }

        [Fact]
        public void Space_aligned_column_headings_put_each_area_under_the_heading_it_starts_at()
        {
            var report = Opening(
                new[]
                {
                    "Outstanding    Good                    Adequate              Requires improvement    Inadequate",
                    "               Investigating crime     Responding to the public",
                    "                                       Protecting vulnerable people",
                    "                                                              Managing offenders and suspects",
                }
            );
            Assert.Equal(
                new (string, Grade?)[]
                {
                    ("InvestigatingCrime", Grade.Good),
                    ("RespondingToThePublic", Grade.Adequate),
                    ("ProtectingVulnerablePeople", Grade.Adequate),
                    ("ManagingOffenders", Grade.RequiresImprovement),
                    ("ServiceToVictims", null),
                },
                report.Questions.Select(Graded)
            );
        }

        [Fact]
        public void Area_names_wrapped_in_their_column_are_joined()
        {
            var columns = Opening(
                new[]
                {
                    "Outstanding    Good                    Adequate",
                    "               Preventing and deterring",
                    "               crime and antisocial    Investigating crime",
                    "               behaviour",
                }
            );
            Assert.Equal(
                new (string, Grade?)[] { ("PreventingCrime", Grade.Good), ("InvestigatingCrime", Grade.Adequate), ("ServiceToVictims", null) },
                columns.Questions.Select(Graded)
            );
            Assert.Equal("Preventing and deterring crime and antisocial behaviour", columns.Questions[0].Text);

            var groups = Opening(new[] { "Good", "Preventing crime and", "anti-social behaviour", "Investigating crime" });
            Assert.Equal(
                new[] { "Preventing crime and anti-social behaviour", "Investigating crime", "Providing a service to victims of crime" },
                groups.Questions.Select(q => q.Text)
            );
        }

        [Fact]
        public void A_cell_that_cannot_be_placed_in_one_column_is_not_graded()
        {
            // Centred under two headings, or a row without tabs under tabbed headings: no grade rather than a wrong one.
            var centred = Opening(new[] { "Outstanding    Good    Adequate", "           Investigating crime" });
            Assert.DoesNotContain(centred.Questions, q => q.Key == "InvestigatingCrime");
            var mixed = Opening(new[] { "Outstanding\tGood\tAdequate", "   Investigating crime" });
            Assert.DoesNotContain(mixed.Questions, q => q.Grade != null);
            Assert.Equal(4, mixed.Questions.Single(q => q.Key == "InvestigatingCrime").Source.Line);
        }

        [Theory]
        [InlineData("Investigating crime\tAdequate")]
        [InlineData("Investigating crime – Adequate")]
        [InlineData("Investigating crime - Adequate")]
        [InlineData("Adequate\tInvestigating crime")]
        [InlineData("Investigating crime    Adequate")]
        public void One_area_and_its_grade_per_line_in_any_separator(string row)
        {
            var report = Opening(new[] { row });
            Assert.Equal(("InvestigatingCrime", (Grade?)Grade.Adequate), Graded(report.Questions[0]));
            Assert.Equal(row.Trim(), report.Questions[0].Judgment!.Text);
            Assert.Contains(report.Diagnostics, d => d.Id == PeelRuleIds.AreaCountsDisagree);
        }

        [Theory]
        [InlineData("PEEL 2023–25 Police effectiveness, efficiency and legitimacy", "An inspection of Kent Police", 2023)]
        [InlineData("PEEL 2021/22 – An inspection of Kent Police", "", 2021)]
        [InlineData("PEEL 2021/22 - An inspection of Kent Police", "", 2021)]
        [InlineData("PEEL 2023–2025: An inspection of Kent Police", "", 2023)]
        [InlineData("PEEL 2023-2025: An inspection of Kent Police", "", 2023)]
        [InlineData("PEEL 2025–27", "An inspection of the Kent Police", 2025)]
        [InlineData("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "An inspection of Kent Police", 2021)]
        [InlineData("PEEL 2023–2025: An inspection of the Kent Police.", "", 2023)]
        public void Every_title_form_names_force_and_cycle(string title, string second, int year)
        {
            var report = Reports.Parse(
                Reports.Lines(
                    title,
                    second,
                    "Overall summary",
                    "Our inspection assessed how good Kent Police is in one area of policing.",
                    "Investigating crime",
                    "Good",
                    "It investigates well."
                ),
                "report.peel.txt"
            );
            Assert.Equal(("Kent", year, Pillar.Integrated), (report.Force!.Name, report.Year!.Value, report.Pillar!.Value));
            Assert.DoesNotContain(report.Diagnostics, d => d.Id == PeelRuleIds.IdentityInferred || d.Severity == PeelSeverity.Error);
            Assert.Equal(Grade.Good, report.Questions.Single().Grade);
        }

        [Fact]
        public void A_PDF_title_page_with_contents_keeps_the_summary_and_areas_apart()
        {
            var report = Reports.Parse(
                Reports.Lines(
                    "PEEL 2023–25",
                    "Police effectiveness, efficiency and legitimacy",
                    "An inspection of the Metropolitan Police Service",
                    "",
                    "Contents",
                    "Overall summary 1",
                    "Investigating crime 12",
                    "",
                    "Overall summary",
                    "Our inspection assessed how good the Metropolitan Police Service is in one area of policing. We make graded judgments in one of "
                        + "these one as follows:",
                    "Investigating crime – Requires improvement",
                    "",
                    "Investigating crime",
                    "Requires improvement",
                    "The Metropolitan Police Service requires improvement at investigating crime."
                ),
                "met.peel.txt"
            );
            Assert.Equal(("Metropolitan", 2023), (report.Force!.Name, report.Year!.Value));
            Assert.DoesNotContain(report.Diagnostics, d => d.Severity != PeelSeverity.Info);
            var area = Assert.Single(report.Questions);
            Assert.Equal(("InvestigatingCrime", (Grade?)Grade.RequiresImprovement, 13), (area.Key, area.Grade, area.Source.Line));
            Assert.Equal(new[] { "Contents", "Overall summary 1", "Investigating crime 12" }, report.Headline!.Findings.Take(3).Select(f => f.Text));
        }

        [Fact]
        public void Lines_before_an_untitled_opening_are_kept_as_preamble()
        {
            var report = Reports.Parse(
                Reports.Lines(
                    "Skip to content",
                    "Contents",
                    "About this report",
                    "",
                    "Overall summary",
                    "Our inspection assessed how good Kent Police is in one area of policing. We make graded judgments in one of these one as follows:",
                    "Investigating crime – Good",
                    "PEEL 2023–2025"
                ),
                "kent.peel.txt"
            );
            Assert.Equal(("Kent", 2023, Pillar.Integrated), (report.Force!.Name, report.Year!.Value, report.Pillar!.Value));
            Assert.Equal(new[] { "Skip to content", "Contents", "About this report" }, report.Preamble.Select(p => p.Text));
            Assert.Equal(Grade.Good, report.Questions.Single(q => q.Key == "InvestigatingCrime").Grade);
        }

        [Fact]
        public void Cycle_from_a_cycle_line_or_the_framework_named_and_PEEL021_says_where()
        {
            var fromLine = Opening(new string[0]);
            Assert.Equal(2023, fromLine.Year);
            var inferred = fromLine.Diagnostics.Single(d => d.Id == PeelRuleIds.IdentityInferred);
            Assert.Equal(
                "No title names this integrated report's force and cycle: the force 'Kent Police' is read from the opening sentence at line 2; the "
                    + "cycle 2023–25 from 'PEEL 2023–2025' at line 4",
                inferred.Message
            );
            Assert.Equal(
                "Kent Police",
                Reports.TextAt(
                    Reports.Lines(
                        "Overall summary",
                        "Our inspection assessed how good Kent Police is in four areas of policing. We make graded judgments in three of these four as follows:"
                    ),
                    inferred
                )
            );

            var fromFramework = Reports.Parse(
                Reports.Lines(
                    "Overall summary",
                    "Our inspection assessed how good Gwent Police is in ten areas of policing.",
                    "Important changes to PEEL",
                    "We now assess forces against the characteristics of good performance, set out in the PEEL Assessment Framework 2021/22."
                ),
                "gwent.peel.txt"
            );
            Assert.Equal(("Gwent", 2021), (fromFramework.Force!.Name, fromFramework.Year!.Value));
            Assert.Contains(
                "the cycle 2021/22 from 'PEEL Assessment Framework 2021/22' at line 4",
                fromFramework.Diagnostics.Single(d => d.Id == PeelRuleIds.IdentityInferred).Message
            );
        }

        [Fact]
        public void No_cycle_or_no_force_anywhere_is_PEEL001_with_what_to_do()
        {
            var noCycle = Reports.Parse(
                Reports.Lines("Overall summary", "Our inspection assessed how good Kent Police is in nine areas of policing."),
                "kent.peel.txt"
            );
            var error = Assert.Single(noCycle.Diagnostics);
            Assert.Equal((PeelRuleIds.InvalidHeader, 1), (error.Id, error.Location.Line));
            Assert.Contains("names no cycle", error.Message);
            Assert.Null(noCycle.ToReport());

            var noForce = Reports.Parse(
                Reports.Lines("Overall summary", "Our judgments", "We set out our detailed findings in the rest of this report."),
                "kent-2023-report.peel.txt"
            );
            Assert.Contains("names no force", Assert.Single(noForce.Diagnostics, d => d.Id == PeelRuleIds.InvalidHeader).Message);
        }

        [Fact]
        public void A_title_that_is_all_the_text_is_diagnosed_not_thrown()
        {
            // Found by the fuzzer: a title cut short ("… An inspection of Cl") with nothing after it.
            var report = Reports.Parse("PEEL 2023–25 – An inspection of Cl", "report.peel.txt");
            Assert.Equal(new[] { PeelRuleIds.NoQuestions, PeelRuleIds.UnknownForce }, report.Diagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.All(report.Diagnostics, d => Assert.Equal(1, d.Location.Line));
        }

        [Fact]
        public void Table_and_section_that_disagree_keep_the_section_grade_and_say_so()
        {
            var report = Opening(new[] { "Investigating crime – Good" }, "Investigating crime", "Adequate", "Kent Police is adequate at investigating crime.");
            var area = report.Questions[0];
            Assert.Equal((Grade.Adequate, 7), (area.Grade!.Value, area.GradeLine!.Value));
            var conflict = Assert.Single(report.Diagnostics, d => d.Id == PeelRuleIds.TableDisagreesWithSection);
            Assert.Equal(("PEEL019", PeelSeverity.Warning, 7), (conflict.Id, conflict.Severity, conflict.Location.Line));
            Assert.Equal(
                "The area's section states 'adequate' but the judgments table gives 'good' at line 3: the section's grade is kept; correct one of them",
                conflict.Message
            );
        }

        [Fact]
        public void An_awarded_no_sentence_contradicted_by_a_grade_is_PEEL020()
        {
            var report = Opening(
                new[] { "Investigating crime – Requires improvement", "Kent Police was awarded no requires improvement or inadequate grades." }
            );
            var contradiction = Assert.Single(report.Diagnostics, d => d.Id == PeelRuleIds.SummaryDisagreesWithGrades);
            Assert.Equal(
                "This sentence says no area was graded requires improvement or inadequate, but 'Investigating crime' is graded 'requires "
                    + "improvement' at line 3",
                contradiction.Message
            );
            Assert.Equal(4, contradiction.Location.Line);

            var agreeing = Opening(new[] { "Investigating crime – Good", "Kent Police was awarded no requires improvement or inadequate grades." });
            Assert.DoesNotContain(agreeing.Diagnostics, d => d.Id == PeelRuleIds.SummaryDisagreesWithGrades);
        }

        [Fact]
        public void Counts_that_disagree_with_the_text_are_PEEL018_at_the_count()
        {
            var report = Opening(new[] { "Investigating crime – Good" });
            var counts = Assert.Single(report.Diagnostics, d => d.Id == PeelRuleIds.AreaCountsDisagree);
            Assert.Equal("The report says it assesses 4 areas and grades 3 of them, but the text names 2 and grades 1", counts.Message);
            Assert.Equal(
                "four",
                Reports.TextAt(
                    Reports.Lines(
                        "Overall summary",
                        "Our inspection assessed how good Kent Police is in four areas of policing. We make graded judgments in three of these four as follows:"
                    ),
                    counts
                )
            );

            var noTable = Opening(new string[0]);
            Assert.EndsWith(
                "the judgments table after 'as follows:' is not in the text; copy it with the page",
                noTable.Diagnostics.Single(d => d.Id == PeelRuleIds.AreaCountsDisagree).Message
            );
        }

        [Fact]
        public void The_2025_27_framework_asks_questions_that_are_read_as_areas_of_the_cycle()
        {
            var report = Reports.Parse(
                Reports.Lines(
                    "PEEL 2025–27 – An inspection of Essex Police",
                    "Overall summary",
                    "Our inspection assessed how good Essex Police is in two areas of policing. We make graded judgments in two of these two.",
                    "How good is the force at leadership and force management?",
                    "Good",
                    "Leaders set clear priorities.",
                    "How good is the force at investigating crime?",
                    "Essex Police is adequate at investigating crime."
                ),
                "essex.peel.txt"
            );
            Assert.Equal(("2025–27", (GradeScale?)GradeScale.FiveTier), (report.Cycle, report.GradeScale));
            Assert.Equal(
                new (string, Grade?)[] { ("LeadershipAndForceManagement", Grade.Good), ("InvestigatingCrime", Grade.Adequate) },
                report.Questions.Select(Graded)
            );
            Assert.Empty(report.Diagnostics);
        }

        [Fact]
        public void Pillar_reports_are_unchanged_four_tier_by_year()
        {
            var seed = PeelFiles.Parse(Reports.SeedPath);
            Assert.Equal(("2015", (GradeScale?)GradeScale.FourTier, (int?)null), (seed.Cycle, seed.GradeScale, seed.AreasAssessed));
            Assert.Equal("Cheshire PEEL 2015 Effectiveness", seed.ToReport()!.ToString());
        }
    }
}
