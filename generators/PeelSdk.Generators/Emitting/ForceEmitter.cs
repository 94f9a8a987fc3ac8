using System.Globalization;
using System.Linq;
using PeelSdk.Data;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes a force's file: the force's type with its year types, each declared once, and on them a property per
    /// report, typed as its question set's report type (<see cref="ShapeEmitter"/>), with docs that give the report's
    /// headline and every question's grade. The force keeps its reports in one array, built once each on first use from
    /// data in one switch.
    /// </summary>
    /// <remarks>
    /// Every member here is multiplied by thousands of reports, and the compiler's cost with it: a report costs one
    /// property and one case; no type, field, constant, attribute or lambda of its own (see SCALE-NOTES and
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
                // The catalog finds a report by year and pillar in an array of keys: an array of numbers is one blob of data
                // to the compiler, where a switch case per report cost it a statement to bind and emit apiece.
                .Line($"private static readonly int[] s_keys = {{ {string.Join(", ", file.Reports.Select(Key))} }};")
                .Line()
                .Line(
                    $"internal static {Report} Load(int year, {GeneratedCode.Runtime}Pillar pillar) => "
                        + "Report(global::System.Array.IndexOf(s_keys, year * 8 + (int)pillar));"
                )
                .Line()
                // Read without a lock, set once under the shape's lock.
                .Line($"private static {Report} Report(int position) => s_reports[position] ?? Build(position);")
                .Line()
                .Switch($"private static {Report} Build(int position)", "position", file.Reports.Select(spec => (Number(spec.Position), Build(spec))))
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
                    var type = ShapeEmitter.Reference(spec.Shape);
                    writer
                        .Line()
                        .Summary(spec.Summary)
                        .Remarks(spec.Remarks)
                        .Line($"public {type} {spec.PropertyName} => ({type})Report({Number(spec.Position)});");
                }
                writer.Close();
            }
            return writer.Close().Close().Close().ToString();
        }

        /// <summary>
        /// The case that builds a report from its data: a string constant costs the compiler nothing; past the budget,
        /// UTF-8 data has no size limit. The data format escapes everything a literal could misread, so it goes in as it is.
        /// </summary>
        private static (string, string, string) Build(ReportSpec spec)
        {
            var once = $"{ShapeEmitter.Reference(spec.Shape)}.Once{(spec.Utf8Data ? "Utf8" : "")}(ref s_reports[{Number(spec.Position)}], \"";
            return spec.Utf8Data ? (once, ReportData.ToAscii(spec.Data), "\"u8.ToArray())") : (once, spec.Data, "\")");
        }

        /// <summary>A report's key among its force's: year and pillar in one number, in the order of its position.</summary>
        private static string Key(ReportSpec spec) => Number((spec.Year * 8) + (int)spec.Pillar);

        private static string Of(ForceSlot force, int? year) =>
            $"{GeneratedCode.Generated}.Of(PeelReports.All, {CSharpLiterals.String(force.Force.Slug)}{(year is int y ? ", " + Number(y) : "")})";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
