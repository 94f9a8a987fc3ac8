namespace PeelSdk
{
    /// <summary>Where a grade comes from.</summary>
    public enum GradeOrigin
    {
        /// <summary>Stated in the report text: a judgment sentence or a grade word on its own line.</summary>
        Stated,

        /// <summary>Taken from a grades table (<c>*.peel-grades.csv</c>) because the text states none.</summary>
        Table,

        /// <summary>Taken from the inspectorate's news release about the report (a copy of it in the same folder) because the text states none.</summary>
        Release,
    }

    /// <summary>Where a question's grade was found.</summary>
    /// <param name="Origin">The text, a grades table or a news release.</param>
    /// <param name="File">The report file, the grades table or the news release.</param>
    /// <param name="Line">The 1-based line in that file.</param>
    /// <param name="Location">For a stated grade, the exact span of the grade words in the text.</param>
    public sealed record GradeSource(GradeOrigin Origin, string File, int Line, TextLocation? Location = null)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Origin} at {File}({Line})";
    }
}
