namespace PeelSdk
{
    /// <summary>A graded judgment, as HMIC/HMICFRS states it ("adequate" is used from 2021).</summary>
    public enum Grade
    {
        /// <summary>Outstanding.</summary>
        Outstanding,

        /// <summary>Good.</summary>
        Good,

        /// <summary>Adequate (from 2021).</summary>
        Adequate,

        /// <summary>Requires improvement.</summary>
        RequiresImprovement,

        /// <summary>Inadequate.</summary>
        Inadequate,
    }
}
