using PeelSdk.Parsing;

namespace PeelSdk.Generators.Model
{
    /// <summary>What the catalog needs to know of one report: which report it is, where its file is, and its grades.</summary>
    /// <param name="Path">The full path of the file.</param>
    /// <param name="DisplayPath">The path shown to users (relative to the project where possible).</param>
    /// <param name="Force">The force, or <see langword="null"/> if the header is broken.</param>
    /// <param name="Year">The year, or <see langword="null"/>.</param>
    /// <param name="Pillar">The pillar, or <see langword="null"/>.</param>
    /// <param name="HeaderLocation">Where the header stands in the file, for PEEL005.</param>
    /// <param name="Units">The headline and questions with their grades, for the catalog index (grade queries decode no report).</param>
    internal sealed record ReportIdentity(
        string Path,
        string DisplayPath,
        Force? Force,
        int? Year,
        Pillar? Pillar,
        TextLocation? HeaderLocation,
        ValueList<GradedUnit> Units
    )
    {
        /// <summary>True if the report can be typed: force, year, pillar and headline are all known.</summary>
        public bool IsComplete { get; init; }

        /// <summary>What the report holds: of two copies of one report, the one that holds more is kept (PEEL005).</summary>
        public ReportContent Content { get; init; }

        /// <summary>Reads the identity of a parsed report.</summary>
        public static ReportIdentity Of(ReportFile file) =>
            new ReportIdentity(
                file.Path,
                file.Report.File,
                file.Report.Force,
                file.Report.Year,
                file.Report.Pillar,
                file.HeaderInFile,
                GradedUnit.Of(file.Report.Headline, file.Report.Questions, file.Report.File)
            )
            {
                IsComplete = file.Report.IsComplete,
                Content = ReportContent.Of(file.Report),
            };
    }
}
