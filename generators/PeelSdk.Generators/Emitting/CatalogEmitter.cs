using System.Globalization;
using System.Linq;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes <c>PeelReports</c>: the entry point, with <c>All</c> and a property per force, and the force and year
    /// classes that the report files add their members to.
    /// </summary>
    internal static class CatalogEmitter
    {
        public const string HintName = "PeelReports.g.cs";

        private const string Catalog = "global::PeelSdk.PeelCatalog";
        private const string Report = "global::PeelSdk.PeelReport";

        public static string Emit(CatalogModel catalog)
        {
            var reportCount = catalog.Forces.Sum(f => f.Years.Sum(y => y.Reports.Count));
            var writer = GeneratedCode.Start("the PEEL report files of this project");
            writer.Open("namespace " + catalog.Namespace)
                .Summary($"The PEEL reports of this project, typed: {reportCount} report(s) on {catalog.Forces.Count} force(s). Start from a force, e.g. PeelReports.Cheshire.Peel2015.Effectiveness, or query All.")
                .Line(GeneratedCode.Attribute)
                .Open("public static partial class PeelReports")
                .Summary("Every report, in force, year and pillar order, for LINQ queries. Reading it builds every report.")
                .Line($"public static {Catalog} All => s_all.Value;");

            foreach (var force in catalog.Forces) WriteForce(writer, force);

            // Declared after the forces: static initializers run in text order, and this one reads them.
            writer.Line()
                .Line($"private static readonly global::System.Lazy<{Catalog}> s_all = new global::System.Lazy<{Catalog}>(() => new {Catalog}(new {Report}[]")
                .Line("{").Indent();
            foreach (var force in catalog.Forces)
            {
                foreach (var year in force.Years)
                {
                    foreach (var report in year.Reports) writer.Line($"{force.PropertyName}.{year.PropertyName}.{report.PropertyName},");
                }
            }
            writer.Outdent().Line("}));")
                .Close().Close();
            return writer.ToString();
        }

        private static void WriteForce(CodeWriter writer, ForceSlot force)
        {
            var described = force.Force.FullName ?? force.Force.Name;
            writer.Line()
                .Summary($"{described}: {string.Join(", ", force.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)))}.")
                .Line($"public static {force.TypeName} {force.PropertyName} {{ get; }} = new {force.TypeName}();")
                .Line()
                .Summary($"The PEEL reports on {described}.")
                .Line(GeneratedCode.Attribute)
                .Open($"public sealed partial class {force.TypeName}")
                .Line($"internal {force.TypeName}()")
                .Line("{")
                .Line("}")
                .Line()
                .Summary("The short name used in report headers.")
                .Line("public string Name => " + CSharpLiterals.String(force.Force.Name) + ";")
                .Line()
                .Summary("The full name as the reports write it, or null if they never do.")
                .Line("public string? FullName => " + CSharpLiterals.NullableString(force.Force.FullName) + ";")
                .Line()
                .Summary("Lower-case, hyphenated short name.")
                .Line("public string Slug => " + CSharpLiterals.String(force.Force.Slug) + ";")
                .Line()
                .Summary($"Every report on {described}.")
                .Line($"public {Catalog} All => new {Catalog}(new {Report}[] {{ {string.Join(", ", force.Years.SelectMany(y => y.Reports.Select(r => $"{y.PropertyName}.{r.PropertyName}")))} }});");

            foreach (var year in force.Years)
            {
                var yearText = year.Year.ToString(CultureInfo.InvariantCulture);
                writer.Line()
                    .Summary($"{described}, PEEL {yearText}: {string.Join(", ", year.Reports.Select(r => r.PropertyName))}.")
                    .Line($"public {year.TypeName} {year.PropertyName} {{ get; }} = new {year.TypeName}();")
                    .Line()
                    .Summary($"The PEEL {yearText} reports on {described}.")
                    .Line(GeneratedCode.Attribute)
                    .Open($"public sealed partial class {year.TypeName}")
                    .Line($"internal {year.TypeName}()")
                    .Line("{")
                    .Line("}")
                    .Line()
                    .Summary($"Every PEEL {yearText} report on {described}.")
                    .Line($"public {Catalog} All => new {Catalog}(new {Report}[] {{ {string.Join(", ", year.Reports.Select(r => r.PropertyName))} }});")
                    .Close();
            }
            writer.Close();
        }
    }
}
