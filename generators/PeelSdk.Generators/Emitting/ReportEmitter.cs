using System.Globalization;
using PeelSdk.Data;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes a force's reports: for each, a thin typed class derived from <c>PeelReport</c> (a property per question,
    /// with docs) over the report's data, decoded on first use; and its property on the year type.
    /// </summary>
    /// <remarks>
    /// Every member here is multiplied by thousands of reports, and the compiler's cost with it: no attribute, no
    /// lazy wrapper, no lambda, no interface indexer (see SCALE-NOTES and bench/scale.sh). The file is marked
    /// <c>&lt;auto-generated/&gt;</c>, which analyzers and coverage tools honour.
    /// </remarks>
    internal static class ReportEmitter
    {
        /// <summary>A force's file: its reports, each nested in its year type, in catalog order.</summary>
        public static string Emit(ForceFileSpec file)
        {
            var first = file.Reports[0];
            var writer = GeneratedCode
                .Start("the report files each class below names", first.Target)
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
            writer
                .Summary(spec.Summary)
                .Line($"public {spec.TypeName} {spec.PropertyName} => {spec.TypeName}.Instance;")
                .Line()
                .Summary($"{spec.Title}, from {spec.SourceFile}.")
                .Open($"public sealed class {spec.TypeName} : {GeneratedCode.Runtime}PeelReport")
                .Line($"private {spec.TypeName}() : base({GeneratedCode.Generated}.{(spec.Utf8Data ? "DecodeUtf8(Data.ToArray())" : "Decode(Data)")}) {{ }}")
                .Line()
                // With no static constructor the runtime builds (and decodes) it on first use, once, for all threads.
                .Line($"internal static readonly {spec.TypeName} Instance = new {spec.TypeName}();");

            foreach (var question in spec.Questions)
            {
                writer
                    .Line()
                    .Summary(question.Summary)
                    .Remarks(question.Remarks)
                    .Line(
                        $"public {GeneratedCode.Runtime}Question {question.PropertyName} => "
                            + $"QuestionAt({question.Index.ToString(CultureInfo.InvariantCulture)});"
                    );
            }

            // A string constant costs the compiler nothing; past the budget, UTF-8 data has no size limit. The data
            // format escapes everything a literal could misread, so it goes in as it is.
            writer
                .Line()
                .Line(
                    spec.Utf8Data
                        ? ("private static global::System.ReadOnlySpan<byte> Data => \"", ReportData.ToAscii(spec.Data), "\"u8;")
                        : ("private const string Data = \"", spec.Data, "\";")
                )
                .Close();
        }
    }
}
