using System.Collections.Generic;
using System.Linq;
using PeelSdk.Parsing;

namespace PeelSdk.Tests.Parsing
{
    /// <summary>
    /// <see cref="JudgmentReader"/>: which sentences state a grade, and what each is about (the paragraph's own section, or a
    /// question the headline's summary names). Which grade is kept is <see cref="GradePrecedenceTests"/>' subject.
    /// </summary>
    public sealed class JudgmentReaderTests
    {
        private static readonly ParsedIdentity Kent2016 = new ParsedIdentity(ForceRegistry.Find("Kent", 2016), 2016, Pillar.Effectiveness, null, 0);

        private readonly List<string> reported = new List<string>();

        private List<(string? QuestionKey, GradeClaim Claim)> Stated(string text, bool inHeadline = false) =>
            JudgmentReader.StatedGrades(new Paragraph(new SourceLine(4, 0, text), 0), Kent2016, inHeadline, (rule, _, _) => reported.Add(rule.Id));

        [Theory]
        [InlineData("Kent Police is good at investigating crime.", Grade.Good)]
        [InlineData("The force requires improvement in how it investigates crime.", Grade.RequiresImprovement)]
        [InlineData("HMIC judges that the constabulary is outstanding at preventing crime.", Grade.Outstanding)]
        [InlineData("Overall, Kent Police remains inadequate at protecting vulnerable people.", Grade.Inadequate)]
        public void An_explicit_judgment_about_the_force_grades_its_own_section(string sentence, Grade grade)
        {
            var (key, claim) = Assert.Single(Stated(sentence));

            Assert.Null(key);
            Assert.Equal(grade, claim.Grade);
            Assert.Equal(4, claim.Line);
            Assert.Equal(GradeWords.InText(grade), sentence.Substring(claim.Location.Start, claim.Location.Length).ToLowerInvariant());
        }

        [Theory]
        [InlineData("Kent Police has a good understanding of demand.")]
        [InlineData("The force is making good use of its resources.")]
        [InlineData("Officers are good at recognising vulnerability.")]
        public void Looser_wording_is_no_grade(string sentence) => Assert.Empty(Stated(sentence));

        [Fact]
        public void A_judgment_about_another_force_grades_nothing_and_is_PEEL007()
        {
            Assert.Empty(Stated("Essex Police is good at investigating crime."));
            Assert.Equal(PeelRuleIds.JudgmentNamesOtherForce, Assert.Single(reported));
        }

        [Fact]
        public void In_the_headline_a_judgment_about_a_known_question_is_about_that_question_and_one_about_the_pillar_is_the_headlines()
        {
            var stated = Stated("Kent Police is good at investigating crime. The force is outstanding in its effectiveness.", inHeadline: true);

            Assert.Equal(new string?[] { "InvestigatingCrime", null }, stated.Select(s => s.QuestionKey));
            Assert.Equal(new[] { Grade.Good, Grade.Outstanding }, stated.Select(s => s.Claim.Grade));
        }

        [Fact]
        public void In_the_headline_a_judgment_about_something_else_grades_nothing()
        {
            Assert.Empty(Stated("Kent Police is good at answering letters.", inHeadline: true));
        }
    }
}
