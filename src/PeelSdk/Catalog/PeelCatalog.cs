using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>
    /// A set of reports to query with LINQ, in force, year, pillar order. The generated <c>PeelReports.All</c> is one:
    /// its reports are built on first use, so <see cref="Find"/> and <see cref="ForForce"/> build only what they return.
    /// </summary>
    public sealed class PeelCatalog : IReadOnlyList<PeelReport>
    {
        private readonly CatalogEntry[] entries;

        /// <summary>Creates a catalog of <paramref name="reports"/>.</summary>
        public PeelCatalog(IEnumerable<PeelReport> reports)
            : this(reports.Select(r => new CatalogEntry(r)))
        {
        }

        internal PeelCatalog(IEnumerable<CatalogEntry> entries) =>
            this.entries = entries
                .OrderBy(e => e.ForceSlug, StringComparer.Ordinal)
                .ThenBy(e => e.Year)
                .ThenBy(e => e.Pillar)
                .ToArray();

        /// <inheritdoc />
        public PeelReport this[int index] => entries[index].Report;

        /// <inheritdoc />
        public int Count => entries.Length;

        /// <summary>The report of this force (short name or slug, any case), year and pillar, or <see langword="null"/>.</summary>
        public PeelReport? Find(string force, int year, Pillar pillar) =>
            entries.FirstOrDefault(e => e.Year == year && e.Pillar == pillar && e.IsForce(force))?.Report;

        /// <summary>Every report of one force (short name or slug, any case).</summary>
        public IEnumerable<PeelReport> ForForce(string force) => entries.Where(e => e.IsForce(force)).Select(e => e.Report);

        /// <summary>Every core question of every report, with its report.</summary>
        public IEnumerable<(PeelReport Report, Question Question)> Questions =>
            this.SelectMany(r => r.Questions.Select(q => (r, q)));

        /// <inheritdoc />
        public IEnumerator<PeelReport> GetEnumerator() => entries.Select(e => e.Report).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The <paramref name="count"/> reports from <paramref name="start"/>, still unbuilt.</summary>
        internal PeelCatalog Range(int start, int count) => new PeelCatalog(new ArraySegment<CatalogEntry>(entries, start, count));
    }
}
