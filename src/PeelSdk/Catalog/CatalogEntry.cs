using System;
using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>A catalog's report, known by force, year and pillar before it is built, so finding one builds no other.</summary>
    internal sealed class CatalogEntry
    {
        private readonly Func<string, int, Pillar, PeelReport>? load;
        private PeelReport? report;

        public CatalogEntry(
            string forceName,
            string forceSlug,
            int year,
            Pillar pillar,
            string file,
            IReadOnlyList<GradedUnit> units,
            Func<string, int, Pillar, PeelReport> load
        )
        {
            ForceName = forceName;
            ForceSlug = forceSlug;
            Year = year;
            Pillar = pillar;
            File = file;
            Units = units;
            this.load = load;
        }

        public CatalogEntry(PeelReport report)
        {
            ForceName = report.Force.Name;
            ForceSlug = report.Force.Slug;
            Year = report.Year;
            Pillar = report.Pillar;
            File = report.SourceFile;
            Units = GradedUnit.Of(report.Headline, report.Questions, report.SourceFile);
            this.report = report;
        }

        public string ForceName { get; }

        public string ForceSlug { get; }

        public int Year { get; }

        public Pillar Pillar { get; }

        /// <summary>The report file.</summary>
        public string File { get; }

        /// <summary>The headline and questions with their grades: what grade queries read, so they build no report.</summary>
        public IReadOnlyList<GradedUnit> Units { get; }

        // A race builds nothing twice: generated loaders return each report's single instance.
        public PeelReport Report => report ??= load!(ForceSlug, Year, Pillar);

        /// <summary>True if <paramref name="name"/> is this report's force, by short name or slug, in any case.</summary>
        public bool IsForce(string name) =>
            string.Equals(ForceName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(ForceSlug, name, StringComparison.OrdinalIgnoreCase);
    }
}
