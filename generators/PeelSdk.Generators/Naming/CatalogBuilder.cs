using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PeelSdk.Data;
using PeelSdk.Generators.Model;
using PeelSdk.Parsing;

namespace PeelSdk.Generators.Naming
{
    /// <summary>
    /// Decides, from the identities of all report files, which reports are generated and under which names:
    /// C# names are unique within their scope whatever the texts say; of two files that are the same report the
    /// one that holds most wins (PEEL005 on the other); report data is string constants up to a budget and
    /// UTF-8 data past it, or, before C# 11, the reports past it are left out (PEEL102 on the first).
    /// </summary>
    internal static class CatalogBuilder
    {
        public static CatalogModel Build(ImmutableArray<ReportIdentity> identities, GeneratorOptions options, EmitTarget target, DataBudget budget)
        {
            var ordered = identities.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
            var diagnostics = new List<LocatedDiagnostic>();
            if (options.InvalidNamespace != null)
            {
                diagnostics.Add(
                    new LocatedDiagnostic(
                        null,
                        new PeelDiagnostic(
                            PeelRules.InvalidNamespace,
                            string.Empty,
                            TextLocations.StartOfText,
                            new[] { options.InvalidNamespace, options.Namespace }
                        )
                    )
                );
            }
            if (options.InvalidStringDataLimit != null)
            {
                diagnostics.Add(
                    new LocatedDiagnostic(
                        null,
                        new PeelDiagnostic(
                            PeelRules.InvalidStringDataLimit,
                            string.Empty,
                            TextLocations.StartOfText,
                            new[]
                            {
                                options.InvalidStringDataLimit,
                                GeneratorOptions.MaxStringDataLimit.ToString(CultureInfo.InvariantCulture),
                                options.StringDataLimit.ToString(CultureInfo.InvariantCulture),
                            }
                        )
                    )
                );
            }

            var repeats = DuplicateReports.Find(
                ordered,
                i => i.Path,
                i => i.IsComplete ? (i.Force!.Slug, i.Year!.Value, i.Pillar!.Value) : null,
                i => i.Content
            );
            foreach (var (repeat, kept) in repeats)
            {
                var duplicate = DuplicateReports.Diagnostic(
                    repeat.DisplayPath,
                    repeat.Force!,
                    repeat.Year!.Value,
                    repeat.Pillar!.Value,
                    repeat.HeaderLocation,
                    kept.DisplayPath,
                    repeat.Content,
                    kept.Content
                );
                diagnostics.Add(new LocatedDiagnostic(repeat.Path, duplicate));
            }
            var skipped = new HashSet<string>(repeats.Select(r => r.Repeat.Path), StringComparer.Ordinal);
            var winners = ordered.Where(i => i.IsComplete && !skipped.Contains(i.Path)).ToList();
            var pastBudget = new HashSet<string>(budget.PastBudget, StringComparer.Ordinal);
            diagnostics.AddRange(budget.Diagnostics);
            if (!target.Utf8Available)
            {
                winners = winners.Where(w => !pastBudget.Contains(w.Path)).ToList();
            }

            var forceNames = new HashSet<string>(ReservedNames.Catalog.Concat(ReservedNames.Object), StringComparer.Ordinal);
            // Hint names must differ ignoring case (file systems); property names need only differ exactly.
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var slots = new Dictionary<string, ReportSlot>(StringComparer.Ordinal);
            var forces = new List<ForceSlot>();
            var index = new List<(string, string, int, Pillar, string, IReadOnlyList<GradedUnit>)>();
            foreach (var force in winners.GroupBy(i => i.Force!.Slug).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = force.First();
                var property = Identifiers.Unique(Identifiers.PascalCase(first.Force!.Name, int.MaxValue, Array.Empty<string>(), "Force"), forceNames);
                var typeName = Identifiers.Unique(property + "Reports", forceNames);
                var hintName = Identifiers.Unique("PeelReports." + property, hintNames) + ".g.cs";
                // A renamed force is documented under the name of its latest report.
                var fullName = force.OrderByDescending(i => i.Year).Select(i => i.Force!.FullName).FirstOrDefault(n => n != null);
                var yearNames = new HashSet<string>(ReservedNames.Force.Concat(ReservedNames.Object), StringComparer.Ordinal) { typeName };
                var forceStart = index.Count;
                var years = new List<YearSlot>();
                foreach (var year in force.GroupBy(i => i.Year!.Value).OrderBy(g => g.Key))
                {
                    var yearText = year.Key.ToString(CultureInfo.InvariantCulture);
                    var yearProperty = Identifiers.Unique("Peel" + yearText, yearNames);
                    var yearType = Identifiers.Unique("Peel" + yearText + "Reports", yearNames);
                    var reports = new List<ReportSlot>();
                    foreach (var report in year.OrderBy(i => i.Pillar!.Value))
                    {
                        var pillar = report.Pillar!.Value;
                        var member = MemberName(pillar);
                        var slot = new ReportSlot(
                            report.Path,
                            hintName,
                            index.Count - forceStart,
                            typeName,
                            yearType,
                            pillar,
                            member,
                            IsGenerated: true,
                            pastBudget.Contains(report.Path)
                        );
                        slots.Add(slot.Path, slot);
                        reports.Add(slot);
                        index.Add((first.Force.Name, first.Force.Slug, year.Key, pillar, report.DisplayPath, report.Units));
                    }
                    years.Add(new YearSlot(year.Key, yearProperty, yearType, ValueList<ReportSlot>.From(reports)));
                }
                forces.Add(new ForceSlot(property, typeName, new Force(first.Force.Name, fullName, first.Force.Slug), ValueList<YearSlot>.From(years)));
            }

            var allSlots = ordered.Select(i =>
                slots.TryGetValue(i.Path, out var slot)
                    ? slot
                    : new ReportSlot(i.Path, string.Empty, -1, string.Empty, string.Empty, default, string.Empty, IsGenerated: false, Utf8Data: false)
            );
            return new CatalogModel(
                new CatalogNames(options.Namespace, ValueList<ForceSlot>.From(forces), ValueList<ReportSlot>.From(allSlots), target),
                CatalogIndex.Encode(index),
                ValueList<LocatedDiagnostic>.From(diagnostics)
            );
        }

        /// <summary>A report's member on its year: the pillar's name, or <c>Inspection</c> for the integrated report
        /// (<c>PeelReports.Kent.Peel2023.Inspection</c>).</summary>
        public static string MemberName(Pillar pillar) => pillar == Pillar.Integrated ? "Inspection" : pillar.ToString();
    }
}
