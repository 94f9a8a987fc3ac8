namespace PeelSdk.Parsing
{
    /// <summary>Where a part of a report's identity was read from (PEEL021 names it for an integrated report unless it is the title).</summary>
    internal enum IdentitySource
    {
        /// <summary>Not read: the text does not say.</summary>
        None,

        /// <summary>A pillar report's header, "&lt;Force&gt; PEEL &lt;year&gt;".</summary>
        Header,

        /// <summary>An integrated report's title.</summary>
        Title,

        /// <summary>An integrated report's opening sentence ("Our inspection assessed how good Kent Police is …").</summary>
        Opening,

        /// <summary>A line naming the cycle ("PEEL 2023–2025") or its framework.</summary>
        CycleLine,

        /// <summary>The file's name ("kent-2023-report.peel.txt").</summary>
        FileName,

        /// <summary>A page that is not a report, by its own phrases (<see cref="DocumentClassifier"/>).</summary>
        Page,
    }

    /// <summary>
    /// Who and what a report is about, as its header reader (<see cref="PillarHeaderReader"/> or
    /// <see cref="IntegratedIdentityReader"/>) found it, and where its body starts. Immutable: each part is decided once.
    /// </summary>
    /// <param name="Force">The force, or <see langword="null"/> when the text names none (PEEL001).</param>
    /// <param name="Year">The year, or an integrated report's cycle's first year.</param>
    /// <param name="Pillar">The pillar; <see cref="PeelSdk.Pillar.Integrated"/> for an integrated report.</param>
    /// <param name="HeaderLine">The header or title line, or the line that stands where it should.</param>
    /// <param name="BodyStart">The index of the body's first line.</param>
    /// <param name="ForceFrom">Where the force was read from.</param>
    /// <param name="YearFrom">Where the year or cycle was read from.</param>
    internal sealed record ParsedIdentity(
        Force? Force,
        int? Year,
        Pillar? Pillar,
        SourceLine? HeaderLine,
        int BodyStart,
        IdentitySource ForceFrom = IdentitySource.None,
        IdentitySource YearFrom = IdentitySource.None
    )
    {
        /// <summary>An integrated report (2021/22 onwards) whose force and cycle are known: its body is read as areas.</summary>
        public bool IsIntegrated => Pillar == PeelSdk.Pillar.Integrated;

        /// <summary>The prefix of every finding id of the report, e.g. <c>cheshire-2015-effectiveness</c> (<see cref="FindingIds"/>).</summary>
        /// <remarks>Made once: every section and list item of the report starts its ids with it.</remarks>
        public string IdPrefix { get; } = FindingIds.Report(Force, Year, Pillar);
    }
}
