using System.Collections.Generic;
using System.Globalization;

namespace PeelSdk
{
    /// <summary>One grade of a force's history for one key (<see cref="PeelCatalog.History"/>).</summary>
    /// <param name="Force">The force's short name.</param>
    /// <param name="Year">The PEEL year (an integrated report's cycle's first year).</param>
    /// <param name="Cycle">The cycle: "2016", "2021/22", "2023–25".</param>
    /// <param name="Pillar">The report's pillar.</param>
    /// <param name="Number">The question's number (0 for the headline).</param>
    /// <param name="Key">The question's key.</param>
    /// <param name="Grade">The grade, or <see langword="null"/> where none is stated.</param>
    /// <param name="GradeScale">The scale the grade was given on.</param>
    /// <param name="Source">Where the grade is stated (report line, or grades table row), or <see langword="null"/>.</param>
    /// <param name="ScaleChanged">
    /// True where this grade is on another scale than the one before it (four tiers to 2019, five from 2021): HMICFRS says
    /// the two are not directly comparable, so a move from good to adequate need not mean worse performance.
    /// </param>
    public sealed record GradeHistoryItem(
        string Force,
        int Year,
        string Cycle,
        Pillar Pillar,
        int Number,
        string Key,
        Grade? Grade,
        GradeScale GradeScale,
        SourceSpan? Source,
        bool ScaleChanged
    )
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{Force} {Cycle} {Pillar} {Key}: {(Grade is Grade grade ? grade.ToString() : "no grade")} "
            + $"({GradeScale}{(ScaleChanged ? ", not comparable with the grade before" : string.Empty)}){(Source is null ? string.Empty : " at " + Source)}";
    }

    /// <summary>A column of a <see cref="GradeMatrix"/>: a pillar's headline or a question (area) key.</summary>
    public sealed record GradeColumn(Pillar Pillar, string Key)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Pillar}/{Key}";
    }

    /// <summary>One force's grade for one column of a <see cref="GradeMatrix"/>.</summary>
    public sealed record GradeCell(string Force, GradeColumn Column, int Number, Grade? Grade, SourceSpan? Source)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Force} {Column}: {(Grade is Grade grade ? grade.ToString() : "no grade")}";
    }

    /// <summary>
    /// The grades of one year or cycle as a force × question matrix (<see cref="PeelCatalog.Grades(int)"/>): rows are forces,
    /// columns each pillar's headline and questions, in pillar and question order.
    /// </summary>
    public sealed record GradeMatrix(
        int Year,
        string Cycle,
        GradeScale GradeScale,
        IReadOnlyList<string> Forces,
        IReadOnlyList<GradeColumn> Columns,
        IReadOnlyList<GradeCell> Cells
    )
    {
        /// <summary>The grade of <paramref name="force"/> (short name, any case) in <paramref name="column"/>, or <see langword="null"/>.</summary>
        public Grade? this[string force, GradeColumn column]
        {
            get
            {
                foreach (var cell in Cells)
                {
                    if (cell.Column == column && string.Equals(cell.Force, force, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return cell.Grade;
                    }
                }
                return null;
            }
        }

        /// <inheritdoc />
        public override string ToString() =>
            $"PEEL {Cycle}: {Forces.Count.ToString(CultureInfo.InvariantCulture)} force(s) × {Columns.Count.ToString(CultureInfo.InvariantCulture)} "
            + $"column(s), {Cells.Count.ToString(CultureInfo.InvariantCulture)} cell(s)";
    }

    /// <summary>How a grade moved between two years (<see cref="PeelCatalog.Compare"/>).</summary>
    public enum GradeChange
    {
        /// <summary>A better grade.</summary>
        Up,

        /// <summary>A worse grade.</summary>
        Down,

        /// <summary>The same grade on the same scale.</summary>
        Same,

        /// <summary>A grade is missing on one side, or the two are on different scales (four tiers against five).</summary>
        NotComparable,
    }

    /// <summary>One key's grade in two years and how it moved.</summary>
    public sealed record GradeComparison(GradeColumn Column, int FromYear, Grade? From, int ToYear, Grade? To, GradeChange Change)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{Column}: {(From?.ToString() ?? "no grade")} ({FromYear.ToString(CultureInfo.InvariantCulture)}) → {(To?.ToString() ?? "no grade")} "
            + $"({ToYear.ToString(CultureInfo.InvariantCulture)}): {Change}";
    }

    /// <summary>A finding whose text contains a searched phrase (<see cref="PeelCatalog.Search"/>).</summary>
    /// <param name="Report">The report.</param>
    /// <param name="Question">The question or area the finding is under; <see langword="null"/> for list items and notes.</param>
    /// <param name="Finding">The finding; its <see cref="Finding.Source"/> is the file and lines.</param>
    public sealed record SearchHit(PeelReport Report, Question? Question, Finding Finding)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Report} {(Question is null ? "list" : Question.Key)}: {Finding.Text} ({Finding.Source})";
    }
}
