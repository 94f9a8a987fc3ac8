using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>One row of a grades table, or one area grade a news release states: the published grade of a question (or, for question 0 /
    /// <c>headline</c>, of the pillar).</summary>
    /// <param name="Force">The force's slug.</param>
    /// <param name="Year">The PEEL year.</param>
    /// <param name="Pillar">The pillar.</param>
    /// <param name="Question">The question's number, or its key; <c>0</c> or <c>headline</c> for the pillar.</param>
    /// <param name="Grade">The grade.</param>
    /// <param name="Line">The row's 1-based line in the table.</param>
    public sealed record GradeRow(string Force, int Year, Pillar Pillar, string Question, Grade Grade, int Line);

    /// <summary>How many areas a news release says a report grades at one grade ("'good' in four areas").</summary>
    /// <param name="Grade">The grade.</param>
    /// <param name="Areas">The number of areas.</param>
    public sealed record GradeCount(Grade Grade, int Areas);

    /// <summary>
    /// Official grades: a grades table (<c>*.peel-grades.csv</c>, columns <c>force,year,pillar,question,grade</c>) and its
    /// malformed rows, or the grades a news release states about its report's areas.
    /// </summary>
    public sealed record GradeTable
    {
        /// <summary>Creates a table.</summary>
        public GradeTable(string file, IEnumerable<GradeRow> rows, IEnumerable<PeelDiagnostic> diagnostics)
        {
            File = file;
            Rows = ValueList<GradeRow>.From(rows);
            Diagnostics = ValueList<PeelDiagnostic>.From(diagnostics);
        }

        /// <summary>A grades table or a news release.</summary>
        public GradeOrigin Origin { get; init; } = GradeOrigin.Table;

        /// <summary>A news release's counts of areas per grade, as it states them, in its order; empty for a table.</summary>
        public IReadOnlyList<GradeCount> Counts
        {
            get => counts;
            init => counts = ValueList<GradeCount>.From(value);
        }

        private readonly ValueList<GradeCount> counts = ValueList<GradeCount>.Empty;

        /// <summary>The line of the sentence that states <see cref="Counts"/>.</summary>
        public int CountsLine { get; init; }

        /// <summary>For a news release, the slug of the force whose report it is about (what <see cref="Counts"/> are checked against).</summary>
        public string? AboutForce { get; init; }

        /// <summary>For a news release, the year (the cycle's first) of the report it is about.</summary>
        public int? AboutYear { get; init; }

        /// <summary>The table file.</summary>
        public string File { get; }

        /// <summary>The well-formed rows.</summary>
        public IReadOnlyList<GradeRow> Rows { get; }

        /// <summary>PEEL017 for each malformed row.</summary>
        public IReadOnlyList<PeelDiagnostic> Diagnostics { get; }
    }
}
