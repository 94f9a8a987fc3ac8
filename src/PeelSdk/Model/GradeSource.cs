namespace PeelSdk
{
    /// <summary>Where a grade comes from.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    enum GradeOrigin
    {
        /// <summary>Stated in the report text: a judgement sentence or a grade word on its own line.</summary>
        Stated,

        /// <summary>Taken from a grades table (<c>*.peel-grades.csv</c>) because the text states none.</summary>
        Table,
    }

    /// <summary>Where a question's grade was found.</summary>
    /// <param name="Origin">The text or a grades table.</param>
    /// <param name="File">The report file or the grades table.</param>
    /// <param name="Line">The 1-based line in that file.</param>
    /// <param name="Location">For a stated grade, the exact span of the grade words in the text.</param>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    sealed record GradeSource(GradeOrigin Origin, string File, int Line, TextLocation? Location = null)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Origin} at {File}({Line})";
    }
}
