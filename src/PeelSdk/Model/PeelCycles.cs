using System.Globalization;

namespace PeelSdk
{
    /// <summary>PEEL inspection cycles: yearly to 2018, then the integrated cycles 2021/22, 2023–25 and 2025–27.</summary>
    public static class PeelCycles
    {
        /// <summary>The first year graded on the five-tier scale.</summary>
        public const int FirstFiveTierYear = 2021;

        /// <summary>The cycle a report of <paramref name="year"/> (a cycle's first year) belongs to: "2015", "2021/22", "2023–25", "2025–27".</summary>
        public static string NameOf(int year) =>
            year switch
            {
                2021 or 2022 => "2021/22",
                2023 or 2024 => "2023–25",
                2025 or 2026 => "2025–27",
                _ => year.ToString(CultureInfo.InvariantCulture),
            };

        /// <summary>
        /// The first year of the year or cycle <paramref name="text"/> names: "2016", "2021/22", "2023–25", "2023-25" or "2023–2025"
        /// (any of a cycle's years, such as "2022", names its cycle). False for anything else.
        /// </summary>
        public static bool TryParse(string text, out int year)
        {
            var parts = text.Trim().Split('/', '–', '—', '-');
            year = 0;
            if (
                parts.Length > 2
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || first < 1000
                || first > 9999
            )
            {
                return false;
            }

            if (parts.Length == 2)
            {
                var endText = parts[1].Trim();
                if (!int.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var end) || (endText.Length != 2 && endText.Length != 4))
                {
                    return false;
                }

                var endYear = endText.Length == 2 ? first / 100 * 100 + end : end;
                if (endYear <= first || NameOf(first) != NameOf(endYear - 1) && NameOf(first) != NameOf(endYear))
                {
                    return false;
                }
            }
            year = FirstYearOf(first);
            return true;
        }

        /// <summary>The first year of the cycle <paramref name="year"/> is in (the year itself before 2021).</summary>
        public static int FirstYearOf(int year) => year >= FirstFiveTierYear && year % 2 == 0 ? year - 1 : year;

        /// <summary>The scale grades of <paramref name="year"/> are given on.</summary>
        public static GradeScale ScaleOf(int year) => year >= FirstFiveTierYear ? GradeScale.FiveTier : GradeScale.FourTier;
    }
}
