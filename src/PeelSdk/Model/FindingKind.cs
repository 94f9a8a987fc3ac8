namespace PeelSdk
{
    /// <summary>What a paragraph of a report is.</summary>
    public enum FindingKind
    {
        /// <summary>The paragraph that states the graded judgment of its question.</summary>
        Judgment,

        /// <summary>An inspectors' finding.</summary>
        Finding,

        /// <summary>Text kept for completeness that is not a finding: page chrome, text outside any section.</summary>
        Note,

        /// <summary>An example of innovative or promising practice that an integrated report highlights.</summary>
        Practice,
    }
}
