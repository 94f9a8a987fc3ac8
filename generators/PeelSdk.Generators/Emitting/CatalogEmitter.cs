using System.Globalization;
using System.Linq;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes <c>PeelReports</c>: the entry point, with <c>All</c> and a property per force, whose type is in the force's
    /// own file (<see cref="ForceEmitter"/>). <c>All</c> is built from an index of the reports and builds each on first
    /// use, so finding one decodes no other.
    /// </summary>
    internal static class CatalogEmitter
    {
        public const string HintName = "PeelReports.g.cs";

        private const string Catalog = GeneratedCode.Runtime + "PeelCatalog";
        private const string Pillar = GeneratedCode.Runtime + "Pillar";

        public static string Emit(CatalogModel model)
        {
            var catalog = model.Names;
            var target = catalog.Target;
            var reportCount = catalog.Forces.Sum(f => f.Years.Sum(y => y.Reports.Count));
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
                .Line("private const string Index = " + CSharpLiterals.String(model.Index) + ";")
                .Line()
                // By force, then by year and pillar in the force's own switch: one switch of thousands of cases costs the compiler seconds.
                .Switch(
                    $"private static {GeneratedCode.Runtime}PeelReport Load(string force, int year, {Pillar} pillar)",
                    "force",
                    catalog.Forces.Select(f => (CSharpLiterals.String(f.Force.Slug), $"{f.TypeName}.Load(year, pillar)"))
                );

            foreach (var force in catalog.Forces)
            {
                WriteForce(writer, force);
            }

            return writer.Close().Close().ToString();
        }

        private static void WriteForce(CodeWriter writer, ForceSlot force)
        {
            writer
                .Line()
                .Summary($"{force.Force.FullName ?? force.Force.Name}: {string.Join(", ", force.Years.Select(y => Number(y.Year)))}.")
                .Line($"public static {force.TypeName} {force.PropertyName} => default({force.TypeName});");
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
