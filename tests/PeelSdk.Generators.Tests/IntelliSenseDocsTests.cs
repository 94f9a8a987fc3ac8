namespace PeelSdk.Generators.Tests
{
    /// <summary>What IntelliSense shows, read as the IDE reads it: the documentation comments of the generated symbols.</summary>
    public class IntelliSenseDocsTests
    {
        private static readonly GeneratorRun Seed = GeneratorHarness.Run(("seeds/cheshire-2015-effectiveness.peel.txt", GeneratorHarness.SeedText()));

        private static string Docs(string typeName, string member) =>
            Assert.Single(Seed.Output.GetTypeByMetadataName(typeName)!.GetMembers(member)).GetDocumentationCommentXml()!;

        [Fact]
        public void A_report_property_gives_its_headline_and_every_question_grade_with_its_line_and_first_finding()
        {
            var docs = Docs("PeelSdk.Reports.PeelReports+CheshireReports+Peel2015Reports", "Effectiveness");

            Assert.Contains("Cheshire PEEL 2015 Effectiveness: How effective is the force at keeping people safe and reducing crime?", docs);
            Assert.Contains("PreventingCrime: Grade: Outstanding, stated at line 5. 6 findings, the first: Cheshire Constabulary is outstanding", docs);
            Assert.Contains("ProtectingVulnerablePeople: Grade: Good, stated at line 20.", docs);
            Assert.Contains("InvestigatingCrime: Grade not stated.", docs);
            Assert.Contains("SeriousAndOrganisedCrime: Grade not stated.", docs);
            // A long first finding is cut at a word, with an ellipsis.
            Assert.Contains("ensuring that crimes are investigated…", docs);
        }

        [Fact]
        public void A_question_property_gives_the_wording_of_its_question_set()
        {
            var docs = Docs("PeelSdk.Reports.PeelReports+Shapes+Effectiveness2015Report", "PreventingCrime");

            Assert.Contains("Question 1: How effective is the force at preventing crime", docs);
            Assert.DoesNotContain("Cheshire", docs);
        }
    }
}
