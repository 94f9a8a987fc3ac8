namespace PeelSdk.Generators.Naming
{
    /// <summary>
    /// Names a generated member must not take, so that no generated member hides an inherited one (CS0108) or
    /// clashes with a generated helper. The tests derive the inherited ones by reflection and check these lists hold them.
    /// </summary>
    internal static class ReservedNames
    {
        /// <summary>Members every class has from <see cref="object"/>.</summary>
        public static readonly string[] Object = { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

        /// <summary>Members of <c>PeelSdk.PeelReport</c>, and the helper each generated report type declares.</summary>
        public static readonly string[] Report =
        {
            "Force",
            "Year",
            "Pillar",
            "Headline",
            "Questions",
            "AreasForImprovement",
            "CausesOfConcern",
            "Recommendations",
            "Notes",
            "LastUpdated",
            "Preamble",
            "SourceFile",
            "FindQuestion",
            "QuestionAt",
            "Cycle",
            "GradeScale",
            "AreasAssessed",
            "AreasGraded",
            "Once",
            "OnceUtf8",
            "Building",
        };

        /// <summary>Members of the generated <c>PeelReports</c> class besides the forces.</summary>
        public static readonly string[] Catalog = { "PeelReports", "All", "Index", "Load", "s_all", "Shapes" };

        /// <summary>Members of a generated force struct besides its years.</summary>
        public static readonly string[] Force = { "All", "Name", "FullName", "Slug", "Load" };
    }
}
