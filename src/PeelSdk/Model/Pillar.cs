namespace PeelSdk
{
    /// <summary>The PEEL pillar a report assesses.</summary>
    public enum Pillar
    {
        /// <summary>Police effectiveness.</summary>
        Effectiveness,

        /// <summary>Police efficiency.</summary>
        Efficiency,

        /// <summary>Police legitimacy.</summary>
        Legitimacy,

        /// <summary>Police leadership.</summary>
        Leadership,
    }
}
