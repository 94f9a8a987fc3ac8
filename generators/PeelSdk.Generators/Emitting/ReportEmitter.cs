using PeelSdk.Data;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes a force's reports: for each, its property on the year type, typed as its question set's report type
    /// (<see cref="ShapeEmitter"/>), with docs that give the report's headline and every question's grade; a static
    /// field that holds it once built; and its data, decoded on first use.
    /// </summary>
    /// <remarks>
    /// Every member here is multiplied by thousands of reports, and the compiler's cost with it: no type per report, no
    /// attribute, no lambda (see SCALE-NOTES and bench/scale.sh). The file is marked <c>&lt;auto-generated/&gt;</c>, which
    /// analyzers and coverage tools honour.
    /// </remarks>
    internal static class ReportEmitter
    {
        /// <summary>A force's file: its reports, each in its year type, in catalog order.</summary>
        public static string Emit(ForceFileSpec file)
        {
            var first = file.Reports[0];
            var writer = GeneratedCode
                .Start("the report files each property below names", first.Target)
                .Open("namespace " + first.Namespace)
                .Open("partial class PeelReports")
                .Open("partial struct " + first.ForceTypeName);
            string? year = null;
            foreach (var spec in file.Reports)
            {
                if (spec.YearTypeName != year)
                {
                    if (year != null)
                    {
                        writer.Close().Line();
                    }

                    writer.Open("partial struct " + spec.YearTypeName);
                    year = spec.YearTypeName;
                }
                else
                {
                    writer.Line();
                }
                Write(writer, spec);
            }
            return writer.Close().Close().Close().Close().ToString();
        }

        private static void Write(CodeWriter writer, ReportSpec spec)
        {
            var type = ShapeEmitter.Reference(spec.Shape);
            var field = "s_" + char.ToLowerInvariant(spec.PropertyName[0]) + spec.PropertyName.Substring(1);
            var data = spec.PropertyName + "Data";
            // Built once, for all threads, on first use: the field is read without a lock and set under one.
            var build = spec.Utf8Data ? $"{type}.OnceUtf8(ref {field}, {data}.ToArray())" : $"{type}.Once(ref {field}, {data})";
            writer
                .Summary(spec.Summary)
                .Remarks(spec.Remarks)
                .Line($"public {type} {spec.PropertyName} => {field} ?? {build};")
                .Line()
                .Line($"private static {spec.Target.Nullable(type)} {field};")
                .Line()
                // A string constant costs the compiler nothing; past the budget, UTF-8 data has no size limit. The data
                // format escapes everything a literal could misread, so it goes in as it is.
                .Line(
                    spec.Utf8Data
                        ? ($"private static global::System.ReadOnlySpan<byte> {data} => \"", ReportData.ToAscii(spec.Data), "\"u8;")
                        : ($"private const string {data} = \"", spec.Data, "\";")
                );
        }
    }
}
