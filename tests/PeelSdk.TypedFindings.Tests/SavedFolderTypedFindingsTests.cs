using System.IO;
using System.Linq;
using PeelSdk.Reports;

namespace PeelSdk.TypedFindings.Tests
{
    /// <summary>
    /// tests/Fixtures/folder is a user's folder as saved while reading: two eras of reports, Kent's news release and a press copy
    /// of it, a landing page, a letter, a framework, a 2014 overview, a leadership page and a renamed force. Built into this
    /// project (with warnings as errors, so no PEEL005 and no warning), and read here through the typed API.
    /// </summary>
    public class SavedFolderTypedFindingsTests
    {
        private const string Folder = "../Fixtures/folder/";

        [Fact]
        public void Every_report_is_generated_and_no_other_page_is()
        {
            var generated = PeelReports
                .All.Where(r => r.SourceFile.StartsWith(Folder, System.StringComparison.Ordinal))
                .Select(r => Path.GetFileName(r.SourceFile));
            Assert.Equal(
                new[]
                {
                    "durham-2015-leadership.peel.txt",
                    "hampshire-2016-effectiveness.peel.txt",
                    "hampshire-2023-report.peel.txt",
                    "kent-2021-report.peel.txt",
                },
                generated.OrderBy(f => f, System.StringComparer.Ordinal)
            );
        }

        [Fact]
        public void The_release_grades_the_areas_the_report_states_no_grade_for()
        {
            var kent = PeelReports.Kent.Peel2021.Inspection;
            var release = new GradeSource(GradeOrigin.Release, Folder + "kent-2021-news.peel.txt", 9);
            Assert.Equal((Grade.RequiresImprovement, release), (kent.RespondingToThePublic.Grade!.Value, kent.RespondingToThePublic.GradeSource!));
            Assert.Equal((Grade.RequiresImprovement, release), (kent.ManagingOffenders.Grade!.Value, kent.ManagingOffenders.GradeSource!));
            Assert.Equal(Grade.Good, kent.TreatingThePublicFairly.Grade);
            Assert.Equal(new GradeSource(GradeOrigin.Release, Folder + "kent-2021-news.peel.txt", 15), kent.TreatingThePublicFairly.GradeSource);
            // What the report states itself is kept as stated.
            Assert.Equal(GradeOrigin.Stated, kent.RecordingCrimeData.GradeSource!.Origin);
            Assert.Equal(Grade.Outstanding, kent.RecordingCrimeData.Grade);
            Assert.Equal(GradeOrigin.Stated, kent.PreventingCrime.GradeSource!.Origin);
        }

        [Fact]
        public void An_area_only_the_release_grades_is_added_with_its_catalog_key_and_no_findings()
        {
            var investigating = PeelReports.Kent.Peel2021.Inspection.InvestigatingCrime;
            Assert.Equal("Investigating crime", investigating.Text);
            Assert.Equal(Grade.RequiresImprovement, investigating.Grade);
            Assert.Equal(GradeOrigin.Release, investigating.GradeSource!.Origin);
            Assert.Empty(investigating.Findings);
            // A grades table does the same for a pillar report.
            var vulnerable = PeelReports.Hampshire.Peel2016.Effectiveness.ProtectingVulnerablePeople;
            Assert.Equal((Grade.RequiresImprovement, GradeOrigin.Table), (vulnerable.Grade!.Value, vulnerable.GradeSource!.Origin));
        }

        [Fact]
        public void Look_alikes_in_the_release_grade_nothing()
        {
            // "good at recognising vulnerability", "its partners are outstanding at protecting vulnerable people", "Officers are good at
            // managing offenders", "needs to improve how it investigates crime", "Essex Police is outstanding at investigating crime".
            var kent = PeelReports.Kent.Peel2021.Inspection;
            Assert.Null(kent.FindQuestion("ProtectingVulnerablePeople"));
            Assert.Equal(Grade.RequiresImprovement, kent.ManagingOffenders.Grade);
            Assert.Equal(Grade.RequiresImprovement, kent.InvestigatingCrime.Grade);
            Assert.Equal(6, kent.Questions.Count(q => q.Grade != null));
        }

        [Fact]
        public void A_renamed_force_keeps_one_property_with_the_name_each_report_uses()
        {
            Assert.Equal("Hampshire Constabulary", PeelReports.Hampshire.Peel2016.Effectiveness.Force.FullName);
            Assert.Equal("Hampshire and Isle of Wight Constabulary", PeelReports.Hampshire.Peel2023.Inspection.Force.FullName);
            Assert.Equal("hampshire", PeelReports.Hampshire.Peel2023.Inspection.Force.Slug);
            Assert.Equal(Grade.Adequate, PeelReports.Hampshire.Peel2023.Inspection.InvestigatingCrime.Grade);
            Assert.Equal(new[] { 2016, 2023 }, PeelReports.Hampshire.All.Select(r => r.Year));
        }

        [Fact]
        public void A_leadership_page_headed_other_inspections_is_leadership()
        {
            var durham = PeelReports.Durham.Peel2015.Leadership;
            Assert.Equal(Pillar.Leadership, durham.Pillar);
            Assert.Equal("DevelopingLeadership", durham.DevelopingLeadership.Key);
        }
    }
}
