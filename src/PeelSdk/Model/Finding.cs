namespace PeelSdk
{
    /// <summary>One paragraph or list item of a report.</summary>
    /// <param name="Id">A stable id: report, section and position, e.g. <c>cheshire-2015-effectiveness/q1/f2</c>.</param>
    /// <param name="Kind">What the paragraph is.</param>
    /// <param name="Text">The exact text; a paragraph wrapped over several lines is joined with single spaces; a list item has no bullet.</param>
    /// <param name="Source">Where it stands in the report file.</param>
    public sealed record Finding(string Id, FindingKind Kind, string Text, SourceSpan Source)
    {
        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
