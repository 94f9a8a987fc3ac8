using System.Linq;
using PeelSdk.Parsing;

namespace PeelSdk.Tests.Parsing
{
    /// <summary>
    /// The header readers: each returns an immutable <see cref="ParsedIdentity"/> (force, year, pillar, header line, body start)
    /// and puts what it keeps (preamble, notes, structure lines, diagnostics) in the output, never in shared state.
    /// </summary>
    public sealed class IdentityReaderTests
    {
        private static (ParsedIdentity? Identity, ReadOutput Output) Integrated(string text, string file = "report.peel.txt")
        {
            var output = new ReadOutput(new ReportText(text, file, new PeelParseOptions(2026)));
            return (IntegratedIdentityReader.Read(output.Source, output), output);
        }

        private static (ParsedIdentity Identity, ReadOutput Output) Pillar(string text)
        {
            var output = new ReadOutput(new ReportText(text, "report.peel.txt", new PeelParseOptions(2026)));
            return (PillarHeaderReader.Read(output.Source, output), output);
        }

        [Fact]
        public void A_pillar_header_gives_force_year_and_pillar_and_keeps_what_stands_before_it_as_preamble()
        {
            var (identity, output) = Pillar(Reports.Lines("Skip to content", "Kent PEEL 2016", "Effectiveness", "How effective is the force at …?"));

            Assert.Equal("Kent", identity.Force!.Name);
            Assert.Equal(2016, identity.Year);
            Assert.Equal(PeelSdk.Pillar.Effectiveness, identity.Pillar);
            Assert.Equal(2, identity.HeaderLine!.Value.Number);
            Assert.Equal(3, identity.BodyStart);
            Assert.False(identity.IsIntegrated);
            Assert.Equal("kent-2016-effectiveness", identity.IdPrefix);
            Assert.Equal((IdentitySource.Header, IdentitySource.Header), (identity.ForceFrom, identity.YearFrom));
            Assert.Equal(new[] { 2, 3 }, output.StructureLines);
            Assert.Equal("Skip to content", Assert.Single(output.Preamble).Text);
            Assert.Empty(output.Diagnostics);
        }

        [Fact]
        public void A_page_that_names_no_pillar_takes_the_one_its_headline_implies_with_PEEL016()
        {
            var (identity, output) = Pillar(Reports.Lines("Kent PEEL 2017", "How legitimate is the force at protecting the public?"));

            Assert.Equal(PeelSdk.Pillar.Legitimacy, identity.Pillar);
            Assert.Equal(1, identity.BodyStart);
            Assert.Equal(PeelRuleIds.PillarInferred, Assert.Single(output.Diagnostics).Id);
        }

        [Fact]
        public void Without_a_header_there_is_no_force_and_PEEL001_blames_the_line_where_it_should_stand()
        {
            var (identity, output) = Pillar(Reports.Lines("Kent report", "Effectiveness", "How effective is the force at …?"));

            Assert.Null(identity.Force);
            Assert.Null(identity.Year);
            Assert.Equal("report", identity.IdPrefix);
            Assert.Equal(1, identity.HeaderLine!.Value.Number);
            Assert.Equal(PeelRuleIds.InvalidHeader, output.Diagnostics.First().Id);
        }

        [Fact]
        public void A_pillar_report_is_not_read_as_integrated()
        {
            var (identity, output) = Integrated(Reports.Lines("Kent PEEL 2016", "Effectiveness"));

            Assert.Null(identity);
            Assert.Empty(output.Diagnostics);
            Assert.Empty(output.StructureLines);
        }

        [Fact]
        public void An_integrated_title_gives_force_and_cycle_and_the_body_starts_after_it()
        {
            var (identity, output) = Integrated(
                Reports.Lines("PEEL 2023–25", "Police effectiveness, efficiency and legitimacy", "An inspection of Kent Police", "Overall summary")
            );

            Assert.Equal("Kent", identity!.Force!.Name);
            Assert.Equal(2023, identity.Year);
            Assert.True(identity.IsIntegrated);
            Assert.Equal((IdentitySource.Title, IdentitySource.Title), (identity.ForceFrom, identity.YearFrom));
            Assert.Equal(3, identity.BodyStart);
            Assert.Equal(new[] { 1, 2, 3 }, output.StructureLines);
            Assert.Empty(output.Diagnostics);
        }

        [Fact]
        public void An_opening_without_a_title_takes_the_force_from_its_sentence_and_the_cycle_from_the_file_name_with_PEEL021()
        {
            var (identity, output) = Integrated(
                Reports.Lines("Overall summary", "Our inspection assessed how good Kent Police is in four areas of policing."),
                "kent-2023-report.peel.txt"
            );

            Assert.Equal("Kent", identity!.Force!.Name);
            Assert.Equal(2023, identity.Year);
            Assert.Equal((IdentitySource.Opening, IdentitySource.FileName), (identity.ForceFrom, identity.YearFrom));
            var inferred = Assert.Single(output.Diagnostics);
            Assert.Equal(PeelRuleIds.IdentityInferred, inferred.Id);
            Assert.Contains("from the file name", inferred.Message);
        }

        [Fact]
        public void An_integrated_report_with_no_cycle_anywhere_has_no_force_and_an_unknown_force_is_still_named()
        {
            var (identity, output) = Integrated(
                Reports.Lines("Overall summary", "Our inspection assessed how good Kentish Police is in four areas of policing.")
            );

            Assert.Null(identity!.Force);
            Assert.Null(identity.Year);
            Assert.False(identity.IsIntegrated);
            Assert.Equal(new[] { PeelRuleIds.UnknownForce, PeelRuleIds.InvalidHeader }, output.Diagnostics.Select(d => d.Id));
        }
    }
}
