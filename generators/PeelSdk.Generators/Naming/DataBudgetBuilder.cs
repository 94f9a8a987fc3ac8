using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PeelSdk.Generators.Model;
using PeelSdk.Parsing;

namespace PeelSdk.Generators.Naming
{
    /// <summary>
    /// Decides which reports' data goes past the string budget, in ordinal path order: those are UTF-8 data where the
    /// C# version allows, else not generated, with PEEL102 on the first. (A duplicate's data counts too: the budget
    /// errs on the safe side.)
    /// </summary>
    internal static class DataBudgetBuilder
    {
        public static DataBudget Build(ImmutableArray<DataSize> sizes, GeneratorOptions options, EmitTarget target)
        {
            var reports = sizes.Where(s => s.Length > 0).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
            long used = 0;
            var fitting = reports.TakeWhile(r => (used += r.Length) <= options.StringDataBudget).Count();
            var past = ValueList<string>.From(reports.Skip(fitting).Select(r => r.Path));
            if (past.Count == 0 || target.Utf8Available)
            {
                return new DataBudget(past, ValueList<LocatedDiagnostic>.Empty);
            }

            var first = reports[fitting];
            var megabytes = reports.Sum(r => (long)r.Length) * 2 / (1024.0 * 1024.0);
            var tooLarge = new PeelDiagnostic(
                PeelRules.TextNeedsUtf8Data,
                first.DisplayPath,
                first.HeaderLocation ?? TextLocations.StartOfText,
                new[]
                {
                    (past.Count - 1).ToString(CultureInfo.InvariantCulture),
                    megabytes.ToString("0.0", CultureInfo.InvariantCulture),
                    options.StringDataLimit.ToString(CultureInfo.InvariantCulture),
                    target.LanguageVersion,
                }
            );
            return new DataBudget(past, ValueList<LocatedDiagnostic>.From(new[] { new LocatedDiagnostic(first.Path, tooLarge) }));
        }
    }
}
