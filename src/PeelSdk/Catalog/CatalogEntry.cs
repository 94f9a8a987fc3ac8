using System;

namespace PeelSdk
{
    /// <summary>A catalog's report, known by force, year and pillar before it is built, so finding one builds no other.</summary>
    internal sealed class CatalogEntry
    {
        private readonly Func<string, int, Pillar, PeelReport>? load;
        private PeelReport? report;

        public CatalogEntry(string forceName, string forceSlug, int year, Pillar pillar, Func<string, int, Pillar, PeelReport> load)
        {
            ForceName = forceName;
            ForceSlug = forceSlug;
            Year = year;
            Pillar = pillar;
            this.load = load;
        }

        public CatalogEntry(PeelReport report)
        {
            ForceName = report.Force.Name;
            ForceSlug = report.Force.Slug;
            Year = report.Year;
            Pillar = report.Pillar;
            this.report = report;
        }

        public string ForceName { get; }

        public string ForceSlug { get; }

        public int Year { get; }

        public Pillar Pillar { get; }

        // A race builds nothing twice: generated loaders return each report's single instance.
        public PeelReport Report => report ??= load!(ForceSlug, Year, Pillar);

        /// <summary>True if <paramref name="name"/> is this report's force, by short name or slug, in any case.</summary>
        public bool IsForce(string name) =>
            string.Equals(ForceName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(ForceSlug, name, StringComparison.OrdinalIgnoreCase);
    }
}
