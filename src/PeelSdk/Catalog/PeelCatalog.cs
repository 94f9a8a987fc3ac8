using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
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
            : this(reports.Select(r => new CatalogEntry(r))) { }

        internal PeelCatalog(IEnumerable<CatalogEntry> entries)
        {
            this.entries = entries.ToArray();
            // Generated catalogs come in order; a sort only where needed, stable, and without LINQ's ordering
            // machinery, whose generic code costs milliseconds to compile on a catalog's first use.
            if (!IsOrdered(this.entries))
            {
                this.entries = SortStable(this.entries);
            }
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
                if (entry.Year == year && entry.Pillar == pillar && entry.IsForce(force))
                {
                    return entry.Report;
                }
            }
            return null;
        }

        /// <summary>Every report of one force (short name or slug, any case).</summary>
        public IEnumerable<PeelReport> ForForce(string force)
        {
            foreach (var entry in entries)
            {
                if (entry.IsForce(force))
                {
                    yield return entry.Report;
                }
            }
        }

        /// <summary>Every core question of every report, with its report.</summary>
        public IEnumerable<(PeelReport Report, Question Question)> Questions => this.SelectMany(r => r.Questions.Select(q => (r, q)));

        /// <summary>
        /// One force's grades for one question or area key (any case) across every report of the catalog, oldest first:
        /// key <c>InvestigatingCrime</c> spans 2014–2025. An item on another scale than the one before it says so
        /// (<see cref="GradeHistoryItem.ScaleChanged"/>). Reads the catalog's index: decodes no report. Empty for an unknown force or key.
        /// </summary>
        public IReadOnlyList<GradeHistoryItem> History(string force, string key)
        {
            var items = new List<GradeHistoryItem>();
            foreach (var entry in entries)
            {
                if (!entry.IsForce(force))
                {
                    continue;
                }

                foreach (var unit in entry.Units)
                {
                    if (!string.Equals(unit.Key, key, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var scale = PeelCycles.ScaleOf(entry.Year);
                    var changed = items.Count > 0 && items[items.Count - 1].GradeScale != scale;
                    items.Add(
                        new GradeHistoryItem(
                            entry.ForceName,
                            entry.Year,
                            PeelCycles.NameOf(entry.Year),
                            entry.Pillar,
                            unit.Number,
                            unit.Key,
                            unit.Grade,
                            scale,
                            SourceOf(entry, unit),
                            changed
                        )
                    );
                }
            }
            return items;
        }

        /// <summary>The force × question matrix of one year (an integrated cycle by its first year). Decodes no report.</summary>
        public GradeMatrix Grades(int year) => Matrix(year, entry => entry.Year == year);

        /// <summary>The force × area matrix of one cycle ("2021/22", "2023–25" or "2023-25"; "2016" for a year). Decodes no report.</summary>
        public GradeMatrix Grades(string cycle) => PeelCycles.TryParse(cycle, out var year) ? Grades(year) : Matrix(0, _ => false);

        /// <summary>
        /// Each key's grade for <paramref name="force"/> in <paramref name="fromYear"/> and <paramref name="toYear"/>, and whether it
        /// went up, down, stayed the same or cannot be compared (a grade missing, or four tiers against five). Keys are matched
        /// across pillars (2016 effectiveness <c>InvestigatingCrime</c> against the 2023 area); headlines within their pillar. Decodes no report.
        /// </summary>
        public IReadOnlyList<GradeComparison> Compare(string force, int fromYear, int toYear)
        {
            var from = Units(force, fromYear);
            var to = Units(force, toYear);
            var comparisons = new List<GradeComparison>();
            foreach (var identity in from.Keys.Concat(to.Keys).Distinct())
            {
                from.TryGetValue(identity, out var before);
                to.TryGetValue(identity, out var after);
                var column = after.Column ?? before.Column!;
                var change =
                    before.Grade is Grade was && after.Grade is Grade now && PeelCycles.ScaleOf(fromYear) == PeelCycles.ScaleOf(toYear)
                        ? (
                            now < was ? GradeChange.Up
                            : now > was ? GradeChange.Down
                            : GradeChange.Same
                        )
                        : GradeChange.NotComparable;
                comparisons.Add(new GradeComparison(column, fromYear, before.Grade, toYear, after.Grade, change));
            }
            return comparisons;
        }

        /// <summary>
        /// Every finding, list item and note whose text contains <paramref name="text"/>, ignoring case and accents ("Cafe"
        /// finds "café"), with its report and question. Reads the findings, so it builds every report it looks at.
        /// </summary>
        public IEnumerable<SearchHit> Search(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                yield break;
            }

            foreach (var report in this)
            {
                foreach (var question in new[] { report.Headline }.Concat(report.Questions))
                {
                    foreach (var finding in question.Findings)
                    {
                        if (Contains(finding.Text, text))
                        {
                            yield return new SearchHit(report, question, finding);
                        }
                    }
                }
                foreach (var finding in report.AreasForImprovement.Concat(report.CausesOfConcern).Concat(report.Recommendations).Concat(report.Notes))
                {
                    if (Contains(finding.Text, text))
                    {
                        yield return new SearchHit(report, null, finding);
                    }
                }
            }
        }

        private static bool Contains(string text, string phrase) =>
            CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, phrase, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

        private GradeMatrix Matrix(int year, Func<CatalogEntry, bool> included)
        {
            var forces = new List<string>();
            var cells = new List<GradeCell>();
            var columns = new List<(GradeColumn Column, int Number)>();
            foreach (var entry in entries)
            {
                if (!included(entry))
                {
                    continue;
                }

                if (!forces.Contains(entry.ForceName))
                {
                    forces.Add(entry.ForceName);
                }

                foreach (var unit in entry.Units)
                {
                    var column = new GradeColumn(entry.Pillar, unit.Key);
                    if (!columns.Exists(c => c.Column == column))
                    {
                        columns.Add((column, unit.Number));
                    }

                    cells.Add(new GradeCell(entry.ForceName, column, unit.Number, unit.Grade, SourceOf(entry, unit)));
                }
            }
            var ordered = columns
                .OrderBy(c => c.Column.Pillar)
                .ThenBy(c => c.Number)
                .ThenBy(c => c.Column.Key, StringComparer.Ordinal)
                .Select(c => c.Column)
                .ToList();
            return new GradeMatrix(year, year == 0 ? string.Empty : PeelCycles.NameOf(year), PeelCycles.ScaleOf(year), forces, ordered, cells);
        }

        /// <summary>A force's graded units of one year, by what <see cref="Compare"/> matches across years: the key, or pillar and key for a
        /// headline.</summary>
        private Dictionary<string, (GradeColumn? Column, Grade? Grade)> Units(string force, int year)
        {
            var units = new Dictionary<string, (GradeColumn?, Grade?)>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry.Year != year || !entry.IsForce(force))
                {
                    continue;
                }

                foreach (var unit in entry.Units)
                {
                    var identity = unit.Number == 0 ? entry.Pillar + "/" + unit.Key : unit.Key;
                    if (!units.ContainsKey(identity))
                    {
                        units.Add(identity, (new GradeColumn(entry.Pillar, unit.Key), unit.Grade));
                    }
                }
            }
            return units;
        }

        private static SourceSpan? SourceOf(CatalogEntry entry, GradedUnit unit) =>
            unit.Line is int line ? new SourceSpan(unit.SourceFile ?? entry.File, line, line) : null;

        /// <inheritdoc />
        public IEnumerator<PeelReport> GetEnumerator() => entries.Select(e => e.Report).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static int CatalogOrder(CatalogEntry x, CatalogEntry y)
        {
            var order = string.CompareOrdinal(x.ForceSlug, y.ForceSlug);
            if (order == 0)
            {
                order = x.Year.CompareTo(y.Year);
            }

            return order != 0 ? order : ((int)x.Pillar).CompareTo((int)y.Pillar);
        }

        private static bool IsOrdered(CatalogEntry[] entries)
        {
            for (var i = 1; i < entries.Length; i++)
            {
                if (CatalogOrder(entries[i - 1], entries[i]) > 0)
                {
                    return false;
                }
            }
            return true;
        }

        private static CatalogEntry[] SortStable(CatalogEntry[] entries)
        {
            var positions = new int[entries.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }

            Array.Sort(positions, (x, y) => CatalogOrder(entries[x], entries[y]) is var order && order != 0 ? order : x.CompareTo(y));
            var sorted = new CatalogEntry[entries.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = entries[positions[i]];
            }

            return sorted;
        }

        /// <summary>The reports on a force (as <see cref="ForForce"/> matches it), of one year or all, still unbuilt.</summary>
        internal PeelCatalog Of(string force, int? year) => new PeelCatalog(entries.Where(e => e.IsForce(force) && (year is null || e.Year == year)));
    }
}
