namespace PeelSdk
{
    /// <summary>A span of a text: character offset and length, and 1-based line and column of its start and end.</summary>
    /// <param name="Start">Offset of the first character.</param>
    /// <param name="Length">Number of characters.</param>
    /// <param name="Line">1-based line of the first character.</param>
    /// <param name="Column">1-based column of the first character.</param>
    /// <param name="EndLine">1-based line of the end.</param>
    /// <param name="EndColumn">1-based column just past the last character.</param>
    public sealed record TextLocation(int Start, int Length, int Line, int Column, int EndLine, int EndColumn);
}
