using System.Linq;

namespace PeelSdk.Tests
{
    /// <summary>Each text construct of the foundation issue, on fixtures written here.</summary>
    public class LayoutTests
    {
        private static readonly string Plain = Reports.Report(
            "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?",
            "The constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe.",
            "Neighbourhood teams know their communities and",
            "work closely with partners.",
            "How effective is the force at investigating crime and reducing re-offending?",
            "Investigations are supervised well.",
            "Areas for improvement",
            "- The force should improve its crime recording.",
            "- The force should review how it allocates",
            "investigations."
        );

        public static TheoryData<string, string, bool> Variants =>
            new TheoryData<string, string, bool>
            {
                { "\n", "", false },
                { "\r\n", "", false },
                { "\r", "", false },
                { "\n", "\uFEFF", false },
                { "\r\n", "\uFEFF", true },
                { "\n", "", true },
            };

        [Theory]
        [MemberData(nameof(Variants))]
        public void Line_ends_byte_order_mark_and_final_newline_do_not_change_the_model(string newline, string bom, bool finalNewline)
        {
            var text = bom + Plain.Replace("\n", newline) + (finalNewline ? newline : "");
            var variant = Reports.Parse(text);
            var baseline = Reports.Parse(Plain);

            // Character offsets differ between variants; everything located by line must not.
            static object Lines(Question q) =>
                (q.Key, q.Text, q.Source, q.Grade, q.GradeLine, q.GradeSource?.Location?.Column, q.Judgment, string.Join("|", q.Findings));
            Assert.Equal(baseline.Questions.Select(Lines), variant.Questions.Select(Lines));
            Assert.Equal(baseline.AreasForImprovement, variant.AreasForImprovement);
            Assert.Equal(Lines(baseline.Headline!), Lines(variant.Headline!));
            Assert.Equal(
                baseline.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn)),
                variant.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn))
            );
            // Offsets still point at the right characters of this variant's text.
            Assert.All(variant.Diagnostics, d =>
                Assert.Equal(
                    Reports.TextAt(Plain, baseline.Diagnostics.First(b => b.Id == d.Id && b.Location.Line == d.Location.Line)),
                    Reports.TextAt(text, d)
                )
            );
        }

        [Fact]
        public void Plain_layout_reads_questions_wrapped_findings_and_list_items()
        {
            var report = Reports.Parse(Plain);
            Assert.Equal(2, report.Questions.Count);
            Assert.Equal(Grade.Good, report.Questions[0].Grade);
            Assert.Equal("Neighbourhood teams know their communities and work closely with partners.", report.Questions[0].Findings[1].Text);
            Assert.Equal((6, 7), (report.Questions[0].Findings[1].Source.Line, report.Questions[0].Findings[1].Source.EndLine));
            Assert.Equal(
                new[] { "The force should improve its crime recording.", "The force should review how it allocates investigations." },
                report.AreasForImprovement.Select(a => a.Text)
            );
            Assert.Equal((12, 13), (report.AreasForImprovement[1].Source.Line, report.AreasForImprovement[1].Source.EndLine));
        }

        [Fact]
        public void Blank_lines_between_paragraphs_and_page_chrome_give_the_same_findings_plus_notes()
        {
            var web = Reports.Lines(
                "Skip to content",
                "",
                "Suffolk PEEL 2016",
                "",
                "Effectiveness",
                "",
                "How effective is the force at keeping people safe and reducing crime?",
                "",
                "Last updated 02/03/2017",
                "",
                "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?",
                "",
                "The constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe.",
                "",
                "Neighbourhood teams know their communities and",
                "work closely with partners.",
                "",
                "How effective is the force at investigating crime and reducing re-offending?",
                "",
                "Investigations are supervised well.",
                "",
                "Areas for improvement",
                "",
                "  • The force should improve its crime recording.",
                "",
                "  • The force should review how it allocates",
                "investigations."
            );
            var report = Reports.Parse(web);
            var plain = Reports.Parse(Plain);

            Assert.Equal(
                plain.Questions.Select(q => (q.Key, q.Grade, q.Findings.Select(f => f.Text).ToArray())),
                report.Questions.Select(q => (q.Key, q.Grade, q.Findings.Select(f => f.Text).ToArray())),
                new TupleComparer()
            );
            Assert.Equal(plain.AreasForImprovement.Select(a => a.Text), report.AreasForImprovement.Select(a => a.Text));
            Assert.Equal(new[] { "Skip to content" }, report.Preamble.Select(n => n.Text));
            Assert.Equal(new[] { "Last updated 02/03/2017" }, report.Notes.Select(n => n.Text));
            Assert.Equal(new System.DateTime(2017, 3, 2), report.LastUpdated);
            Assert.All(report.Notes.Concat(report.Preamble), n => Assert.Equal(FindingKind.Note, n.Kind));
            Assert.DoesNotContain(report.Diagnostics, d => d.Severity != PeelSeverity.Info);
        }

        [Fact]
        public void Every_pillar_is_read_by_its_name_in_any_case_and_spacing()
        {
            foreach (var pillar in System.Enum.GetValues(typeof(Pillar)).Cast<Pillar>())
            {
                var name = pillar.ToString();
                var spaced = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ");
                foreach (var written in new[] { name, name.ToUpperInvariant(), spaced.ToLowerInvariant() })
                {
                    var report = Reports.Parse($"Suffolk PEEL 2016\n{written}\nHow effective is the force at keeping people safe?\nThe force is good.");
                    Assert.Equal(pillar, report.Pillar);
                }
            }
            Assert.NotEqual(Pillar.Efficiency, Reports.Parse("Suffolk PEEL 2016\nEfficiencies\nHow efficient is the force?\nText.").Pillar);
        }

        [Fact]
        public void A_lower_case_line_after_a_blank_line_starts_a_new_paragraph()
        {
            var report = Reports.Parse(
                Reports.Report("How well does the force plan for the future?", "The force plans well.", "", "and this is a new paragraph.")
            );
            Assert.Equal(2, report.Questions[0].Findings.Count);
        }

        [Theory]
        [InlineData("Outstanding", Grade.Outstanding)]
        [InlineData("Good", Grade.Good)]
        [InlineData("Adequate", Grade.Adequate)]
        [InlineData("Requires improvement", Grade.RequiresImprovement)]
        [InlineData("Inadequate", Grade.Inadequate)]
        public void A_grade_word_alone_on_its_line_grades_its_section(string word, Grade grade)
        {
            var report = Reports.Parse(Reports.Report(word, "How well does the force plan for the future?", "", word, "", "The force plans well."));
            Assert.Equal(grade, report.Headline!.Grade);
            Assert.Equal(4, report.Headline.GradeLine);
            Assert.Equal(grade, report.Questions[0].Grade);
            Assert.Equal(7, report.Questions[0].GradeLine);
            Assert.Equal(word, report.Questions[0].Judgment!.Text);
        }

        [Theory]
        [InlineData("The constabulary is good at investigating crime.", Grade.Good)]
        [InlineData("The force requires improvement in investigating crime.", Grade.RequiresImprovement)]
        [InlineData("Suffolk Police remains outstanding at investigating crime.", Grade.Outstanding)]
        [InlineData("It plans well. Suffolk Constabulary is inadequate in how it investigates crime.", Grade.Inadequate)]
        [InlineData("Overall, the force is adequate at investigating crime.", Grade.Adequate)]
        [InlineData("Overall Suffolk Constabulary is judged to be good at investigating crime.", Grade.Good)]
        [InlineData("HMIC judges that the constabulary is good at investigating crime.", Grade.Good)]
        [InlineData("HMICFRS judges that Suffolk Constabulary requires improvement in investigating crime.", Grade.RequiresImprovement)]
        [InlineData("We found that the force is outstanding at investigating crime.", Grade.Outstanding)]
        [InlineData("HMIC found that Suffolk Police is inadequate at investigating crime.", Grade.Inadequate)]
        [InlineData("Suffolk Constabulary's approach to investigating crime and managing offenders is good.", Grade.Good)]
        [InlineData("The force’s approach to investigating crime requires improvement.", Grade.RequiresImprovement)]
        public void An_explicit_judgment_sentence_about_the_force_grades_the_question(string sentence, Grade grade)
        {
            var report = Reports.Parse(Reports.Report("How effective is the force at investigating crime?", sentence));
            Assert.Equal(grade, report.Questions[0].Grade);
            Assert.Equal(FindingKind.Judgment, report.Questions[0].Findings[0].Kind);
            Assert.DoesNotContain("PEEL009", Reports.Ids(report));
        }

        [Theory]
        [InlineData("Suffolk Constabulary has a good understanding of the threat.")]
        [InlineData("Suffolk Constabulary provides a good response to victims.")]
        [InlineData("The constabulary is making good use of its powers.")]
        [InlineData("HMIC found good evidence of the constabulary's work.")]
        [InlineData("The constabulary has made a good start.")]
        [InlineData("It is good at identifying those who are vulnerable.")]
        [InlineData("The force should ensure the plan, which requires improvement in places, is reviewed.")]
        [InlineData("HMIC judges that partners are good at sharing information with the force.")]
        [InlineData("We found that the force has a good understanding of demand.")]
        [InlineData("HMIC found that the force's plans are good at a strategic level.")]
        [InlineData("We found that officers in the force are good at investigating crime.")]
        [InlineData("HMIC found that the constabulary is not good at investigating crime.")]
        [InlineData("Overall the partnership is good at investigating crime.")]
        [InlineData("We found good evidence that the force is improving.")]
        [InlineData("Suffolk Constabulary's approach to investigating crime is good in places.")]
        [InlineData("The force's approach to investigating crime is good, but its supervision is weak.")]
        [InlineData("Partners' approach to investigating crime is good.")]
        [InlineData("The force's approach to investigating crime is not good.")]
        public void Look_alikes_are_not_grades(string sentence)
        {
            var report = Reports.Parse(Reports.Report("How effective is the force at investigating crime?", sentence));
            Assert.Null(report.Questions[0].Grade);
            Assert.Null(report.Questions[0].Judgment);
            Assert.Equal(FindingKind.Finding, report.Questions[0].Findings[0].Kind);
            Assert.Contains("PEEL009", Reports.Ids(report));
        }

        [Fact]
        public void A_headline_section_judgment_grades_the_headline_only_when_it_is_about_the_pillar()
        {
            var pillarLevel = Reports.Parse(Reports.Report("Overall, Suffolk Police remains good in its effectiveness at keeping people safe."));
            var questionLevel = Reports.Parse(Reports.Report("Suffolk Police is good at meeting current demand."));
            Assert.Equal(Grade.Good, pillarLevel.Headline!.Grade);
            Assert.Null(questionLevel.Headline!.Grade);
            Assert.Equal("Suffolk Police is good at meeting current demand.", questionLevel.Headline.Findings.Single().Text);
        }

        [Fact]
        public void The_2018_efficiency_wording_grades_the_pillar_and_an_approach_in_the_summary_grades_its_question()
        {
            static string efficiencyText(string summary) =>
                string.Join(
                    "\n",
                    "Suffolk PEEL 2018",
                    "Efficiency",
                    "How efficiently does the force operate and how sustainable are its services?",
                    summary,
                    "How well does the force meet current demands and use resources?",
                    "The force meets demand well."
                );
            var efficiency = Reports.Parse(efficiencyText("Suffolk Constabulary is good at operating efficiently and sustainably."));
            Assert.Equal(Grade.Good, efficiency.Headline!.Grade);
            Assert.Null(efficiency.Questions[0].Grade);
            var reported = Reports.Parse(
                efficiencyText("HMIC found that Suffolk Constabulary is good at working efficiently to keep people safe and reduce crime.")
            );
            Assert.Equal(Grade.Good, reported.Headline!.Grade);

            var summary = Reports.Parse(
                Reports.Report(
                    "Suffolk Constabulary's approach to investigating crime and managing offenders is good.",
                    "How effective is the force at investigating crime and managing offenders?",
                    "Investigations are supervised."
                )
            );
            Assert.Null(summary.Headline!.Grade);
            Assert.Equal(Grade.Good, summary.Questions[0].Grade);
            Assert.Equal(4, summary.Questions[0].GradeLine);

            // Operating efficiently is what only an efficiency report grades as a whole, and only in those words.
            var effectiveness = Reports.Parse(Reports.Report("Suffolk Constabulary is good at operating efficiently and sustainably."));
            Assert.Null(effectiveness.Headline!.Grade);
            var inPart = Reports.Parse(efficiencyText("Suffolk Constabulary is good at operating efficiently and sustainably in some teams."));
            Assert.Null(inPart.Headline!.Grade);
        }

        [Fact]
        public void Causes_of_concern_and_recommendations_are_their_own_lists()
        {
            var report = Reports.Parse(
                Reports.Report(
                    "How effective is the force at investigating crime?",
                    "Investigations are poor.",
                    "Cause of concern",
                    "- Supervision is weak.",
                    "Recommendations:",
                    "• Review supervision.",
                    "• Train supervisors."
                )
            );
            Assert.Equal(new[] { "Supervision is weak." }, report.CausesOfConcern.Select(c => c.Text));
            Assert.Equal(new[] { "Review supervision.", "Train supervisors." }, report.Recommendations.Select(c => c.Text));
            Assert.Equal("suffolk-2016-effectiveness/rec/2", report.Recommendations[1].Id);
        }

        [Fact]
        public void A_list_ends_at_the_next_paragraph_which_goes_back_to_its_question()
        {
            var report = Reports.Parse(
                Reports.Report(
                    "How well does the force plan for the future?",
                    "Areas for improvement",
                    "",
                    "  • The force should plan.",
                    "",
                    "The force is generally good at planning."
                )
            );
            Assert.Single(report.AreasForImprovement);
            Assert.Equal("The force is generally good at planning.", report.Questions[0].Findings.Single().Text);
        }

        [Fact]
        public void A_list_introduced_by_a_colon_ends_at_the_next_question()
        {
            var report = Reports.Parse(
                Reports.Report(
                    "How effective is the force at investigating crime?",
                    "It checks:",
                    "• files; and",
                    "• evidence.",
                    "How well does the force plan for the future?",
                    "• a stray item",
                    "It plans."
                )
            );
            Assert.Equal("It checks:\n• files; and\n• evidence.", report.Questions[0].Findings.Single().Text);
            Assert.Equal("It plans.", report.Questions[1].Findings.Single().Text);
            Assert.Equal("a stray item", report.Notes.Single().Text);
            Assert.Contains("PEEL010", Reports.Ids(report));
        }

        [Fact]
        public void Question_keys_are_short_unique_identifiers()
        {
            var report = Reports.Parse(
                Reports.Report(
                    "How effective is the force at investigating crime?",
                    "A.",
                    "How effective is the force at investigating crime, again?",
                    "B.",
                    "How well does the force plan for the future?",
                    "C.",
                    "To what extent does the force treat all of the people it serves with fairness and respect?",
                    "D.",
                    "How effective is the force at ¿?",
                    "E."
                )
            );
            Assert.Equal(
                new[] { "InvestigatingCrime", "InvestigatingCrime2", "PlanForFuture", "TreatAllOfPeopleItServesWith", "Question9" },
                report.Questions.Select(q => q.Key)
            );
        }

        [Fact]
        public void Question_numbers_are_the_question_sets_numbers_whatever_the_page_order()
        {
            // 2018 effectiveness: question 1 (preventing crime) carried over and left off the page; the rest keep their numbers.
            var carriedOver = Reports.Parse(
                Reports.Lines(
                    "Essex PEEL 2018",
                    "Effectiveness",
                    "How effective is the force at keeping people safe and reducing crime?",
                    "How effective is the force at tackling serious and organised crime?",
                    "A.",
                    "How effective is the force at investigating crime and reducing re-offending?",
                    "B.",
                    "How effective is the force at protecting vulnerable people and supporting victims?",
                    "C."
                )
            );
            Assert.Equal(
                new[] { ("SeriousAndOrganisedCrime", 4), ("InvestigatingCrime", 2), ("ProtectingVulnerablePeople", 3) },
                carriedOver.Questions.Select(q => (q.Key, q.Number))
            );
            Assert.Equal("essex-2018-effectiveness/q2/f1", carriedOver.Questions[1].Findings[0].Id);

            // Unknown, repeated or out-of-year questions are numbered after the set's questions (2016 effectiveness asks 5), in page order.
            var mixed = Reports.Parse(
                Reports.Report(
                    "How well does the force recruit volunteers?",
                    "A.",
                    "How effective is the force at investigating crime?",
                    "B.",
                    "How effective is the force at investigating crime, again?",
                    "C.",
                    "How effective is the force at preventing crime?",
                    "D."
                )
            );
            Assert.Equal(new[] { 6, 2, 7, 1 }, mixed.Questions.Select(q => q.Number));

            // 2014 efficiency, in the order its pages list it; 2018 efficiency's planning question is 2 with meeting demand left out.
            var efficiency2014 = Reports.Parse(
                Reports.Lines(
                    "Durham PEEL 2014",
                    "Efficiency",
                    "How well the force delivers value for money",
                    "To what extent is the force efficient?",
                    "A.",
                    "To what extent is the force taking steps to ensure a secure financial position for the short and long term?",
                    "B.",
                    "To what extent has the force got an affordable way of providing policing?",
                    "C."
                )
            );
            Assert.Equal(
                new[] { ("EfficientUseOfResources", 1), ("FinancialPosition", 2), ("AffordablePolicing", 3) },
                efficiency2014.Questions.Select(q => (q.Key, q.Number))
            );
            var efficiency2018 = Reports.Parse(
                Reports.Lines("Durham PEEL 2018", "Efficiency", "How efficiently does the force operate?", "How well does the force plan for the future?", "A.")
            );
            Assert.Equal(("PlanningForTheFuture", 2), (efficiency2018.Questions.Single().Key, efficiency2018.Questions.Single().Number));
        }
    }
}
