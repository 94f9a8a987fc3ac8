using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>One row of a grades table: the published grade of a question (or, for question 0 / <c>headline</c>, of the pillar).</summary>
    /// <param name="Force">The force's slug.</param>
    /// <param name="Year">The PEEL year.</param>
    /// <param name="Pillar">The pillar.</param>
    /// <param name="Question">The question's number, or its key; <c>0</c> or <c>headline</c> for the pillar.</param>
    /// <param name="Grade">The grade.</param>
    /// <param name="Line">The row's 1-based line in the table.</param>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    sealed record GradeRow(string Force, int Year, Pillar Pillar, string Question, Grade Grade, int Line);

    /// <summary>A grades table (<c>*.peel-grades.csv</c>, columns <c>force,year,pillar,question,grade</c>) and its malformed rows.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    sealed record GradeTable
    {
        /// <summary>Creates a table.</summary>
        public GradeTable(string file, IEnumerable<GradeRow> rows, IEnumerable<PeelDiagnostic> diagnostics)
        {
            File = file;
            Rows = ValueList<GradeRow>.From(rows);
            Diagnostics = ValueList<PeelDiagnostic>.From(diagnostics);
        }

        /// <summary>The table file.</summary>
        public string File { get; }

        /// <summary>The well-formed rows.</summary>
        public IReadOnlyList<GradeRow> Rows { get; }

        /// <summary>PEEL017 for each malformed row.</summary>
        public IReadOnlyList<PeelDiagnostic> Diagnostics { get; }
    }
}
