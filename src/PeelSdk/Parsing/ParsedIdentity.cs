namespace PeelSdk.Parsing
{
    /// <summary>
    /// Who and what a report is about, as its header reader (<see cref="PillarHeaderReader"/> or
    /// <see cref="IntegratedIdentityReader"/>) found it, and where its body starts. Immutable: each part is decided once.
    /// </summary>
    /// <param name="Force">The force, or <see langword="null"/> when the text names none (PEEL001).</param>
    /// <param name="Year">The year, or an integrated report's cycle's first year.</param>
    /// <param name="Pillar">The pillar; <see cref="PeelSdk.Pillar.Integrated"/> for an integrated report.</param>
    /// <param name="HeaderLine">The header or title line, or the line that stands where it should.</param>
    /// <param name="BodyStart">The index of the body's first line.</param>
    internal sealed record ParsedIdentity(Force? Force, int? Year, Pillar? Pillar, SourceLine? HeaderLine, int BodyStart)
    {
        /// <summary>An integrated report (2021/22 onwards) whose force and cycle are known: its body is read as areas.</summary>
        public bool IsIntegrated => Pillar == PeelSdk.Pillar.Integrated;

        /// <summary>The prefix of every finding id of the report, e.g. <c>cheshire-2015-effectiveness</c> (<see cref="FindingIds"/>).</summary>
        public string IdPrefix => FindingIds.Report(Force, Year, Pillar);
    }
}
