using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PeelSdk.Generators.Model;
using PeelSdk.Parsing;

namespace PeelSdk.Generators.Catalog
{
    /// <summary>
    /// Decides, from the identities of all report files, which reports are generated and under which names:
    /// C# names are unique within their scope whatever the texts say, and of two files that are the same report the
    /// first in ordinal path order wins (PEEL005 on the other).
    /// </summary>
    internal static class CatalogBuilder
    {
        // Members of the generated classes that a derived name must not take.
        private static readonly string[] PeelReportsMembers = { "PeelReports", "All" };
        private static readonly string[] ForceMembers = { "All", "Name", "FullName", "Slug" };

        public static CatalogModel Build(ImmutableArray<ReportIdentity> identities, GeneratorOptions options)
        {
            var ordered = identities.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
            var hintNames = HintNames.Assign(ordered.Select(i => i.Path).ToList());
            var diagnostics = new List<LocatedDiagnostic>();
            if (options.InvalidNamespace != null)
            {
                diagnostics.Add(new LocatedDiagnostic(null, new PeelDiagnostic(PeelRules.InvalidNamespace, string.Empty, TextLocations.StartOfText, new[] { options.InvalidNamespace, options.Namespace })));
            }

            var repeats = DuplicateReports.Find(ordered, i => i.Path, i => i.IsComplete ? (i.Force!.Slug, i.Year!.Value, i.Pillar!.Value) : null);
            foreach (var (repeat, first) in repeats)
            {
                var duplicate = DuplicateReports.Diagnostic(repeat.DisplayPath, repeat.Force!, repeat.Year!.Value, repeat.Pillar!.Value, repeat.HeaderLocation, first.DisplayPath);
                diagnostics.Add(new LocatedDiagnostic(repeat.Path, duplicate));
            }
            var skipped = new HashSet<string>(repeats.Select(r => r.Repeat.Path), StringComparer.Ordinal);
            var winners = ordered.Where(i => i.IsComplete && !skipped.Contains(i.Path)).ToList();

            var forceNames = new HashSet<string>(PeelReportsMembers, StringComparer.Ordinal);
            var slots = new Dictionary<string, ReportSlot>(StringComparer.Ordinal);
            var forces = new List<ForceSlot>();
            foreach (var force in winners.GroupBy(i => i.Force!.Slug).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = force.OrderBy(i => i.Path, StringComparer.Ordinal).First();
                var property = Identifiers.Unique(Identifiers.PascalCase(first.Force!.Name, int.MaxValue, Array.Empty<string>(), "Force"), forceNames);
                var typeName = Identifiers.Unique(property + "Reports", forceNames);
                var fullName = force.OrderBy(i => i.Path, StringComparer.Ordinal).Select(i => i.Force!.FullName).FirstOrDefault(n => n != null);
                var yearNames = new HashSet<string>(ForceMembers, StringComparer.Ordinal) { typeName };
                var years = new List<YearSlot>();
                foreach (var year in force.GroupBy(i => i.Year!.Value).OrderBy(g => g.Key))
                {
                    var yearText = year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var yearProperty = Identifiers.Unique("Peel" + yearText, yearNames);
                    var yearType = Identifiers.Unique("Peel" + yearText + "Reports", yearNames);
                    var reports = year
                        .OrderBy(i => i.Pillar!.Value)
                        .Select(i => new ReportSlot(i.Path, hintNames[i.Path], typeName, yearType, i.Pillar!.Value.ToString(), i.Pillar!.Value + "Report", IsGenerated: true))
                        .ToList();
                    foreach (var slot in reports) slots.Add(slot.Path, slot);
                    years.Add(new YearSlot(year.Key, yearProperty, yearType, ValueList<ReportSlot>.From(reports)));
                }
                forces.Add(new ForceSlot(property, typeName, new Force(first.Force.Name, fullName, first.Force.Slug), ValueList<YearSlot>.From(years)));
            }

            var allSlots = ordered.Select(i => slots.TryGetValue(i.Path, out var slot)
                ? slot
                : new ReportSlot(i.Path, hintNames[i.Path], string.Empty, string.Empty, string.Empty, string.Empty, IsGenerated: false));
            return new CatalogModel(options.Namespace, ValueList<ForceSlot>.From(forces), ValueList<ReportSlot>.From(allSlots), ValueList<LocatedDiagnostic>.From(diagnostics));
        }
    }
}
