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

        internal PeelCatalog(IEnumerable<CatalogEntry> entries)
        {
            this.entries = entries.ToArray();
            // Generated catalogs come in order; a sort only where needed, stable, and without LINQ's ordering
            // machinery, whose generic code costs milliseconds to compile on a catalog's first use.
            if (!IsOrdered(this.entries)) this.entries = SortStable(this.entries);
        }

        /// <inheritdoc />
        public PeelReport this[int index] => entries[index].Report;

        /// <inheritdoc />
        public int Count => entries.Length;

        /// <summary>The report of this force (short name or slug, any case), year and pillar, or <see langword="null"/>.</summary>
        public PeelReport? Find(string force, int year, Pillar pillar)
        {
            foreach (var entry in entries)
            {
                if (entry.Year == year && entry.Pillar == pillar && entry.IsForce(force)) return entry.Report;
            }
            return null;
        }

        /// <summary>Every report of one force (short name or slug, any case).</summary>
        public IEnumerable<PeelReport> ForForce(string force)
        {
            foreach (var entry in entries)
            {
                if (entry.IsForce(force)) yield return entry.Report;
            }
        }

        /// <summary>Every core question of every report, with its report.</summary>
        public IEnumerable<(PeelReport Report, Question Question)> Questions =>
            this.SelectMany(r => r.Questions.Select(q => (r, q)));

        /// <inheritdoc />
        public IEnumerator<PeelReport> GetEnumerator() => entries.Select(e => e.Report).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static int Compare(CatalogEntry x, CatalogEntry y)
        {
            var order = string.CompareOrdinal(x.ForceSlug, y.ForceSlug);
            if (order == 0) order = x.Year.CompareTo(y.Year);
            return order != 0 ? order : ((int)x.Pillar).CompareTo((int)y.Pillar);
        }

        private static bool IsOrdered(CatalogEntry[] entries)
        {
            for (var i = 1; i < entries.Length; i++)
            {
                if (Compare(entries[i - 1], entries[i]) > 0) return false;
            }
            return true;
        }

        private static CatalogEntry[] SortStable(CatalogEntry[] entries)
        {
            var positions = new int[entries.Length];
            for (var i = 0; i < positions.Length; i++) positions[i] = i;
            Array.Sort(positions, (x, y) => Compare(entries[x], entries[y]) is var order && order != 0 ? order : x.CompareTo(y));
            var sorted = new CatalogEntry[entries.Length];
            for (var i = 0; i < sorted.Length; i++) sorted[i] = entries[positions[i]];
            return sorted;
        }

        /// <summary>The <paramref name="count"/> reports from <paramref name="start"/>, still unbuilt.</summary>
        internal PeelCatalog Range(int start, int count) => new PeelCatalog(new ArraySegment<CatalogEntry>(entries, start, count));
    }
}
