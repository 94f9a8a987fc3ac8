using PeelSdk.Parsing;

namespace PeelSdk.Tests
{
    /// <summary>What each kind of body line is taken for, and the order in which the tests apply.</summary>
    public class LineClassifierTests
    {
        private static ClassifiedLine Classify(string content, bool continuesParagraph = false, bool beforeHeadline = false) =>
            LineClassifier.Classify(new SourceLine(7, 0, content), continuesParagraph, beforeHeadline);

        [Theory]
        [InlineData("   ", "Blank")]
        [InlineData("Skip to content", "Chrome")]
        [InlineData("Ungraded", "Ungraded")]
        [InlineData("Areas for improvement", "ListHeading")]
        [InlineData("• Review supervision.", "ListItem")]
        [InlineData("Requires improvement", "GradeWord")]
        [InlineData("How effective is the force at investigating crime?", "Section")]
        [InlineData("The force investigates crime well.", "Text")]
        public void A_line_outside_a_paragraph_is_taken_for_its_kind(string content, string kind) => Assert.Equal(kind, Classify(content).Kind.ToString());

        [Fact]
        public void A_lower_case_line_right_after_a_paragraph_continues_it_and_nothing_else_does()
        {
            Assert.Equal(LineKind.Continuation, Classify("and works closely with partners.", continuesParagraph: true).Kind);
            Assert.Equal(LineKind.Text, Classify("and works closely with partners.").Kind);
            Assert.Equal(LineKind.Section, Classify("How effective is the force at investigating crime?", continuesParagraph: true).Kind);
        }

        [Fact]
        public void Before_the_headline_only_the_headline_starts_a_section()
        {
            Assert.Equal(LineKind.Section, Classify("How effective is the force at keeping people safe and reducing crime?", beforeHeadline: true).Kind);
            Assert.Equal(LineKind.Text, Classify("Investigating crime", beforeHeadline: true).Kind);
        }

        [Theory]
        [InlineData("Overall summary", "Section")]
        [InlineData("Investigating crime", "Section")]
        [InlineData("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Section")]
        [InlineData("How good is the force at leadership and force management?", "Section")]
        [InlineData("The force is good at investigating crime against vulnerable people", "Text")]
        [InlineData("Investigating crime 12", "Text")]
        [InlineData("Investigating crime in the force area.", "Text")]
        [InlineData("Our judgments", "Heading")]
        [InlineData("Important changes to PEEL", "NoteHeading")]
        [InlineData("HM Inspector’s summary", "NoteHeading")]
        [InlineData("PEEL 2023–2025", "NoteHeading")]
        [InlineData("Innovative practice", "ListHeading")]
        [InlineData("Adequate", "GradeWord")]
        public void An_integrated_report_line_is_taken_for_its_kind(string content, string kind) =>
            Assert.Equal(
                kind,
                LineClassifier.Classify(new SourceLine(7, 0, content), continuesParagraph: false, beforeHeadline: false, integratedYear: 2023).Kind.ToString()
            );

        [Fact]
        public void Kinds_carry_what_they_need()
        {
            Assert.Equal(ListKind.AreasForImprovement, Classify("Areas for improvement").List);
            Assert.Equal(2, Classify("• Review supervision.").TextOffset);
            Assert.Equal(Grade.RequiresImprovement, Classify("Requires improvement").Grade);
        }
    }
}
