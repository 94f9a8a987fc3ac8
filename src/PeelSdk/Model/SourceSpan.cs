namespace PeelSdk
{
    /// <summary>Where a piece of a report stands in its text file (lines are 1-based and inclusive).</summary>
    /// <param name="File">The report file, relative to the project that compiled it where possible.</param>
    /// <param name="Line">The first line.</param>
    /// <param name="EndLine">The last line (equal to <paramref name="Line"/> for a one-line item).</param>
    public sealed record SourceSpan(string File, int Line, int EndLine)
    {
        /// <inheritdoc />
        public override string ToString() => Line == EndLine ? $"{File}({Line})" : $"{File}({Line}-{EndLine})";
    }
}
