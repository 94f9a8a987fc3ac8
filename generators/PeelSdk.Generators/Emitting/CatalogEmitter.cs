using System.Globalization;
using System.Linq;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes <c>PeelReports</c>: the entry point, with <c>All</c> and a property per force, and the force and year
    /// types that the report files add their members to. Those two hold no state, so they are empty structs: getting
    /// to a report costs no allocation, no type initialiser and no constructor to compile at first use. <c>All</c> is
    /// built from an index of the reports and builds each on first use, so finding one decodes no other.
    /// </summary>
    internal static class CatalogEmitter
    {
        public const string HintName = "PeelReports.g.cs";

        private const string Catalog = GeneratedCode.Runtime + "PeelCatalog";
        private const string Pillar = GeneratedCode.Runtime + "Pillar";

        public static string Emit(CatalogModel catalog)
        {
            var target = catalog.Target;
            var reportCount = catalog.Forces.Sum(f => f.Count);
            var writer = GeneratedCode
                .Start("the PEEL report files of this project", target)
                .Open("namespace " + catalog.Namespace)
                .Summary(
                    $"The PEEL reports of this project, typed: {reportCount} report(s) on {catalog.Forces.Count} force(s). Start from a force, e.g. "
                        + $"PeelReports.Cheshire.Peel2015.Effectiveness, or query All."
                )
                .Line(GeneratedCode.Attribute)
                .Open("public static partial class PeelReports")
                .Line($"private static {target.Nullable(Catalog)} s_all;")
                .Line()
                .Summary(
                    "Every report, in force, year and pillar order, for LINQ queries. Each report is decoded on first use, so Find decodes only what "
                        + "it returns."
                )
                .Line(
                    $"public static {Catalog} All => s_all ?? {GeneratedCode.Generated}.Initialize(ref s_all, {GeneratedCode.Generated}.Catalog(Index, Load));"
                )
                .Line()
                .Line("private const string Index = " + CSharpLiterals.String(catalog.Index) + ";")
                .Line()
                .Dispatch(
                    "private static",
                    "string force, int year, " + Pillar + " pillar",
                    "force",
                    catalog.Forces.Select(f => (CSharpLiterals.String(f.Force.Slug), $"{f.TypeName}.Load(year, pillar)"))
                );

            foreach (var force in catalog.Forces)
            {
                WriteForce(writer, force, target);
            }

            return writer.Close().Close().ToString();
        }

        private static void WriteForce(CodeWriter writer, ForceSlot force, EmitTarget target)
        {
            var described = force.Force.FullName ?? force.Force.Name;
            writer
                .Line()
                .Summary($"{described}: {string.Join(", ", force.Years.Select(y => Number(y.Year)))}.")
                .Line($"public static {force.TypeName} {force.PropertyName} => default({force.TypeName});")
                .Line()
                .Summary($"The PEEL reports on {described}.")
                .Line(GeneratedCode.Attribute)
                .Open($"public readonly partial struct {force.TypeName}")
                // One switch on year and pillar together: a method per year type would cost the compiler a method per year.
                .Dispatch(
                    "internal static",
                    "int year, " + Pillar + " pillar",
                    "year * 8 + (int)pillar",
                    force.Years.SelectMany(y => y.Reports.Select(r => (Number((y.Year * 8) + (int)r.Pillar), $"default({y.TypeName}).{r.PropertyName}")))
                )
                .Line()
                .Summary("The short name used in report headers.")
                .Line("public string Name => " + CSharpLiterals.String(force.Force.Name) + ";")
                .Line()
                .Summary("The full name as the reports write it, or null if they never do.")
                .Line(
                    $"public {target.Nullable("string")} FullName => "
                        + (force.Force.FullName is null ? "null" : CSharpLiterals.String(force.Force.FullName))
                        + ";"
                )
                .Line()
                .Summary("Lower-case, hyphenated short name.")
                .Line("public string Slug => " + CSharpLiterals.String(force.Force.Slug) + ";")
                .Line()
                .Summary($"Every report on {described}.")
                .Line($"public {Catalog} All => {Range(force.Start, force.Count)};");

            foreach (var year in force.Years)
            {
                var yearText = Number(year.Year);
                writer
                    .Line()
                    .Summary($"{described}, PEEL {yearText}: {string.Join(", ", year.Reports.Select(r => r.PropertyName))}.")
                    .Line($"public {year.TypeName} {year.PropertyName} => default({year.TypeName});")
                    .Line()
                    .Summary($"The PEEL {yearText} reports on {described}.")
                    .Line(GeneratedCode.Attribute)
                    .Open($"public readonly partial struct {year.TypeName}")
                    .Summary($"Every PEEL {yearText} report on {described}.")
                    .Line($"public {Catalog} All => {Range(year.Start, year.Reports.Count)};")
                    .Close();
            }
            writer.Close();
        }

        /// <summary>
        /// A <c>Load</c> method that picks a report by one part of its identity and hands the rest down: force, then year
        /// and pillar, so each switch is small (one switch of thousands of cases costs the compiler seconds).
        /// </summary>
        private static CodeWriter Dispatch(
            this CodeWriter writer,
            string modifiers,
            string parameters,
            string on,
            System.Collections.Generic.IEnumerable<(string Label, string Result)> cases
        )
        {
            writer.Open($"{modifiers} {GeneratedCode.Runtime}PeelReport Load({parameters})").Open($"switch ({on})");
            foreach (var (label, result) in cases)
            {
                writer.Line($"case {label}: return {result};");
            }

            return writer.Line("default: throw new global::System.ArgumentOutOfRangeException();").Close().Close();
        }

        private static string Range(int start, int count) => $"{GeneratedCode.Generated}.Range(PeelReports.All, {Number(start)}, {Number(count)})";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
