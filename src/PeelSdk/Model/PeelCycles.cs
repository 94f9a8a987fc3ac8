using System.Globalization;

namespace PeelSdk
{
    /// <summary>PEEL inspection cycles: yearly to 2018, then the integrated cycles 2021/22, 2023–25 and 2025–27.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    static class PeelCycles
    {
        /// <summary>The first year graded on the five-tier scale.</summary>
        public const int FirstFiveTierYear = 2021;

        /// <summary>The cycle a report of <paramref name="year"/> (a cycle's first year) belongs to: "2015", "2021/22", "2023–25", "2025–27".</summary>
        public static string NameOf(int year) => year switch
        {
            2021 or 2022 => "2021/22",
            2023 or 2024 => "2023–25",
            2025 or 2026 => "2025–27",
            _ => year.ToString(CultureInfo.InvariantCulture),
        };

        /// <summary>The scale grades of <paramref name="year"/> are given on.</summary>
        public static GradeScale ScaleOf(int year) => year >= FirstFiveTierYear ? GradeScale.FiveTier : GradeScale.FourTier;
    }
}
