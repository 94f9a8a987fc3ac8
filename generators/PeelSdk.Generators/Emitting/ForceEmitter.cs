using System.Globalization;
using System.Linq;
using PeelSdk.Data;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes a force's file: the force's type with its year types, each declared once, and on them a property per
    /// report, typed as its question set's report type (<see cref="ShapeEmitter"/>), with docs that give the report's
    /// headline and every question's grade. The force keeps its reports in one array, each built on first use from the data
    /// in its property.
    /// </summary>
    /// <remarks>
    /// Every member here is multiplied by thousands of reports, and the compiler's cost with it: a report costs one
    /// property and one case of the catalog's switch; no type, field, constant, attribute or lambda of its own (see SCALE-NOTES and
    /// bench/README.md). The force and year types hold no instance state, so they are empty structs: getting to a
    /// report costs no allocation. The file is marked <c>&lt;auto-generated/&gt;</c>, which analyzers honour.
    /// </remarks>
    internal static class ForceEmitter
    {
        private const string Catalog = GeneratedCode.Runtime + "PeelCatalog";
        private const string Report = GeneratedCode.Runtime + "PeelReport";

        public static string Emit(ForceFileSpec file)
        {
            var force = file.Force;
            var target = file.Target;
            var described = force.Force.FullName ?? force.Force.Name;
            var writer = GeneratedCode
                .Start("the report files each property below names", target)
                .Open("namespace " + file.Namespace)
                .Open("partial class PeelReports")
                .Summary($"The PEEL reports on {described}.")
                .Line(GeneratedCode.Attribute)
                .Open($"public readonly struct {force.TypeName}")
                .Line($"private static readonly {target.Nullable(Report)}[] s_reports = new {target.Nullable(Report)}[{Number(file.Reports.Count)}];")
                .Line()
                // One switch on year and pillar together, for the catalog: a method per year type would cost the compiler a method per year.
                .Switch(
                    $"internal static {Report} Load(int year, {GeneratedCode.Runtime}Pillar pillar)",
                    $"year * {Number(PillarsPerYear)} + (int)pillar",
                    file.Reports.Select(spec => (Key(spec), $"default({spec.YearTypeName}).{spec.PropertyName}"))
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
                .Line($"public {Catalog} All => {Of(force, null)};");

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
                    .Open($"public readonly struct {year.TypeName}")
                    .Summary($"Every PEEL {yearText} report on {described}.")
                    .Line($"public {Catalog} All => {Of(force, year.Year)};");
                foreach (var spec in file.Reports.Where(spec => spec.YearTypeName == year.TypeName))
                {
                    writer.Line().Summary(spec.Summary).Remarks(spec.Remarks).Line(Property(spec));
                }
                writer.Close();
            }
            return writer.Close().Close().Close().ToString();
        }

        /// <summary>
        /// A report's property: its report, built on first use from its data and kept in its force's array (read without a
        /// lock, set once under the shape's), so a first use compiles and decodes this report and no other. A string literal
        /// is the cheapest data for the compiler (about 20 ms a MB; bench/README.md); past the budget, UTF-8 data has no size
        /// limit. The data format escapes everything a literal could misread, so it goes in as it is.
        /// </summary>
        private static (string, string, string) Property(ReportSpec spec)
        {
            var type = ShapeEmitter.Reference(spec.Shape);
            var slot = $"s_reports[{Number(spec.Position)}]";
            var start = $"public {type} {spec.PropertyName} => ({type})({slot} ?? {type}.Once{(spec.Utf8Data ? "Utf8" : "")}(ref {slot}, \"";
            return spec.Utf8Data ? (start, ReportData.ToAscii(spec.Data), "\"u8.ToArray()));") : (start, spec.Data, "\"));");
        }

        /// <summary>A report's case in its force's <c>Load</c>: year and pillar in one number.</summary>
        private static string Key(ReportSpec spec) => Number((spec.Year * PillarsPerYear) + (int)spec.Pillar);

        // Room for every Pillar value (five), so that year and pillar make one number without overlapping.
        private const int PillarsPerYear = 8;

        private static string Of(ForceSlot force, int? year) =>
            $"{GeneratedCode.Generated}.Of(PeelReports.All, {CSharpLiterals.String(force.Force.Slug)}{(year is int y ? ", " + Number(y) : "")})";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
