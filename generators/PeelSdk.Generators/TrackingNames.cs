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

        /// <summary>The grades each news release among the texts states about its report.</summary>
        public const string ReleaseGrades = nameof(ReleaseGrades);

        /// <summary>Each parsed report with the grades tables and news releases applied, and its data.</summary>
        public const string GradedReports = nameof(GradedReports);

        /// <summary>Each report's identity (force, year, pillar), the only part the catalog needs.</summary>
        public const string Identities = nameof(Identities);

        /// <summary>Each report's data size, the only part the string budget needs.</summary>
        public const string DataSizes = nameof(DataSizes);

        /// <summary>Which reports' data is past the string budget, and PEEL102.</summary>
        public const string DataBudget = nameof(DataBudget);

        /// <summary>Names and hint names assigned to every report.</summary>
        public const string Catalog = nameof(Catalog);

        /// <summary>The catalog's names without its index: what each report's spec depends on.</summary>
        public const string Names = nameof(Names);

        /// <summary>What the consumer's compilation allows: C# version, <c>ReadOnlySpan&lt;T&gt;</c>, the runtime library.</summary>
        public const string Target = nameof(Target);

        /// <summary>Each report's spec: final member names, capped doc text and its data.</summary>
        public const string ReportSpecs = nameof(ReportSpecs);

        /// <summary>Each force's generated file: its reports' specs.</summary>
        public const string ForceFiles = nameof(ForceFiles);

        /// <summary>The report types, one per question set, from every report's spec.</summary>
        public const string Shapes = nameof(Shapes);

        /// <summary>Each report file's diagnostics.</summary>
        public const string FileDiagnostics = nameof(FileDiagnostics);
    }
}
