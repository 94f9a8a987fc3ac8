namespace PeelSdk
{
    /// <summary>
    /// The names of the pillars, as their enum spells them, without reflection (<c>Enum.ToString</c> and <c>Enum.GetValues</c>
    /// cost every report measurably): the parser reads pillar lines with them and finding ids are made of them.
    /// </summary>
    internal static class PillarNames
    {
        // In enum order.
        private static readonly string[] Names = { "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "OtherInspections", "Integrated" };

        public static int Count => Names.Length;

        /// <summary>The name of <paramref name="pillar"/>, e.g. <c>OtherInspections</c>.</summary>
        public static string Of(Pillar pillar) => Names[(int)pillar];
    }
}
