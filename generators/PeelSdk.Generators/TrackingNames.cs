namespace PeelSdk.Generators
{
    /// <summary>Names of the pipeline steps, so tests can check which ran and which were cached.</summary>
    public static class TrackingNames
    {
        /// <summary>Project options reduced to <see cref="Model.GeneratorOptions"/>.</summary>
        public const string Options = nameof(Options);

        /// <summary>One parsed report per report file.</summary>
        public const string ParsedReports = nameof(ParsedReports);

        /// <summary>One parsed grades table per <c>*.peel-grades.csv</c>.</summary>
        public const string GradeTables = nameof(GradeTables);

        /// <summary>Each parsed report with the grades tables applied.</summary>
        public const string GradedReports = nameof(GradedReports);

        /// <summary>Each report's identity (force, year, pillar), the only part the catalog needs.</summary>
        public const string Identities = nameof(Identities);

        /// <summary>Names and hint names assigned to every report.</summary>
        public const string Catalog = nameof(Catalog);

        /// <summary>Whether the compilation references the runtime library.</summary>
        public const string RuntimeReference = nameof(RuntimeReference);

        /// <summary>What each report's generated file is made from.</summary>
        public const string ReportSources = nameof(ReportSources);

        /// <summary>Each report file's diagnostics.</summary>
        public const string FileDiagnostics = nameof(FileDiagnostics);
    }
}
