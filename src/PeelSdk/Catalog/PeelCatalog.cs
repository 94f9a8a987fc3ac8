using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>A set of reports to query with LINQ, in force, year, pillar order. The generated <c>PeelReports.All</c> is one.</summary>
    public sealed class PeelCatalog : IReadOnlyList<PeelReport>
    {
        private readonly PeelReport[] reports;

        /// <summary>Creates a catalog of <paramref name="reports"/>.</summary>
        public PeelCatalog(IEnumerable<PeelReport> reports) =>
            this.reports = reports
                .OrderBy(r => r.Force.Slug, StringComparer.Ordinal)
                .ThenBy(r => r.Year)
                .ThenBy(r => r.Pillar)
                .ToArray();

        /// <inheritdoc />
        public PeelReport this[int index] => reports[index];

        /// <inheritdoc />
        public int Count => reports.Length;

        /// <summary>The report of this force (short name or slug, any case), year and pillar, or <see langword="null"/>.</summary>
        public PeelReport? Find(string force, int year, Pillar pillar) =>
            reports.FirstOrDefault(r => r.Year == year && r.Pillar == pillar && IsForce(r.Force, force));

        /// <summary>Every report of one force (short name or slug, any case).</summary>
        public IEnumerable<PeelReport> ForForce(string force) => reports.Where(r => IsForce(r.Force, force));

        /// <summary>Every core question of every report, with its report.</summary>
        public IEnumerable<(PeelReport Report, Question Question)> Questions =>
            reports.SelectMany(r => r.Questions.Select(q => (r, q)));

        /// <inheritdoc />
        public IEnumerator<PeelReport> GetEnumerator() => ((IEnumerable<PeelReport>)reports).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static bool IsForce(Force candidate, string name) =>
            string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.Slug, name, StringComparison.OrdinalIgnoreCase);
    }
}
