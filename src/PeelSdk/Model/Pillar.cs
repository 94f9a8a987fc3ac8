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

        /// <summary>The "Other inspections" page published beside the pillars in 2015 and 2016.</summary>
        OtherInspections,

        /// <summary>The integrated PEEL inspection from 2021 (cycles 2021/22, 2023–25, 2025–27): one report per force and cycle, grading areas of
        /// policing.</summary>
        Integrated,
    }
}
