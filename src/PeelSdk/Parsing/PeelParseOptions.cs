namespace PeelSdk
{
    /// <summary>What the parser needs to know beyond the text.</summary>
    /// <param name="CurrentYear">
    /// This year, for PEEL012 (a year after next year is suspicious). The parser reads no clock: the generator gets
    /// it from the <c>PeelCurrentYear</c> MSBuild property and <c>peel</c> from the system clock; <see langword="null"/>
    /// checks only that the year is not before 2014.
    /// </param>
    public sealed record PeelParseOptions(int? CurrentYear = null)
    {
        /// <summary>No current year: only the lower bound of PEEL012 is checked.</summary>
        public static PeelParseOptions Default { get; } = new PeelParseOptions();
    }
}
