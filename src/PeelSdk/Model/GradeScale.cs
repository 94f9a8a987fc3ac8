namespace PeelSdk
{
    /// <summary>
    /// The scale a grade was given on. HMICFRS moved from four tiers to five in 2021 (adding <see cref="Grade.Adequate"/>) and
    /// says grades of the two scales are not directly comparable: a fall from good to adequate need not mean worse performance.
    /// </summary>
    public enum GradeScale
    {
        /// <summary>PEEL 2014–2019: outstanding, good, requires improvement, inadequate.</summary>
        FourTier,

        /// <summary>PEEL from 2021: outstanding, good, adequate, requires improvement, inadequate.</summary>
        FiveTier,
    }
}
