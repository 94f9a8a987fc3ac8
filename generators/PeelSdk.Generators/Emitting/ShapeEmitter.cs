using System.Globalization;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes the report types, one per question set (<see cref="ShapeSpec"/>), nested in <c>PeelReports.Shapes</c>: a
    /// class derived from <c>PeelReport</c> with a property per question and the set's wording as its docs. Reports of the
    /// same set share one, so the types the compiler binds do not grow with the reports.
    /// </summary>
    internal static class ShapeEmitter
    {
        public const string HintName = "PeelReports.Shapes.g.cs";

        private const string Report = GeneratedCode.Runtime + "PeelReport";

        /// <summary>The nested class that holds the report types (a name no force can take: see <c>ReservedNames.Catalog</c>).</summary>
        public const string Container = "Shapes";

        /// <summary>How a report's property names its type, from inside <c>PeelReports</c>.</summary>
        public static string Reference(ShapeSpec shape) => Container + "." + shape.TypeName;

        public static string Emit(ShapeFileSpec file)
        {
            var writer = GeneratedCode
                .Start("the PEEL report files of this project", file.Target)
                .Open("namespace " + file.Namespace)
                .Open("partial class PeelReports")
                .Summary("The report types: one per question set, shared by every report that asks it.")
                .Line(GeneratedCode.Attribute)
                .Open("public static class " + Container);
            var first = true;
            foreach (var shape in file.Shapes)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                Write(writer, shape, file);
            }
            return writer.Close().Close().Close().ToString();
        }

        private static void Write(CodeWriter writer, ShapeSpec shape, ShapeFileSpec file)
        {
            writer
                .Summary(shape.Summary)
                .Open($"public sealed class {shape.TypeName} : {Report}")
                .Line($"private {shape.TypeName}({Report} decoded) : base(decoded) {{ }}")
                .Line()
                // Each shape builds its own reports, without generics or delegates: a generic helper called with a method
                // group from every report property cost the compiler about 1.4 s at 1,720 reports (bench/README.md).
                .Line("private static readonly object Building = new object();");
            Once(writer, shape, file.Target, "Once", "string", "Decode");
            Once(writer, shape, file.Target, "OnceUtf8", "byte[]", "DecodeUtf8");
            foreach (var question in shape.Questions)
            {
                writer
                    .Line()
                    .Summary(question.Summary)
                    .Line(
                        $"public {GeneratedCode.Runtime}Question {question.PropertyName} => "
                            + $"QuestionAt({question.Index.ToString(CultureInfo.InvariantCulture)});"
                    );
            }
            writer.Close();
        }

        /// <summary>A shape's builder for one form of data: the report at <c>location</c>, decoded and set once, under the shape's lock.</summary>
        private static void Once(CodeWriter writer, ShapeSpec shape, EmitTarget target, string method, string dataType, string decode)
        {
            writer
                .Line()
                .Open($"internal static {Report} {method}(ref {target.Nullable(Report)} location, {dataType} data)")
                .Open("lock (Building)")
                .Line($"return location ?? (location = new {shape.TypeName}({GeneratedCode.Generated}.{decode}(data)));")
                .Close()
                .Close();
        }
    }
}
