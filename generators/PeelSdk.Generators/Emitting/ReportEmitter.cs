using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PeelSdk.Generators.Model;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Writes one report's file: its class (derived from <c>PeelReport</c>, built lazily on first use) with a
    /// property per question, and its property on the year class.
    /// </summary>
    internal static class ReportEmitter
    {
        private const string Runtime = "global::PeelSdk.";

        // Members a question property must not hide. Generated helpers all contain '_', which keys never do.
        private static readonly string[] InheritedMembers =
        {
            "Force", "Year", "Pillar", "Headline", "Questions", "AreasForImprovement", "CausesOfConcern", "Recommendations",
            "Notes", "SourceFile", "FindQuestion", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        };

        public static string Emit(ReportSourceModel model)
        {
            var report = model.Report;
            var slot = model.Slot;
            var title = $"{report.Force!.Name} PEEL {report.Year} {report.Pillar}";
            var writer = GeneratedCode.Start(report.File);
            writer.Open("namespace " + model.Namespace)
                .Open("partial class PeelReports")
                .Open("partial class " + slot.ForceTypeName)
                .Open("partial class " + slot.YearTypeName)
                .Summary($"{title}: {report.Headline!.Text}")
                .Line($"public {slot.TypeName} {slot.PropertyName} => {slot.TypeName}.s_instance.Value;")
                .Line();

            writer.Summary($"{title}: {report.Headline.Text} ({Grade(report.Headline)})")
                .Line("/// <remarks>From " + CSharpLiterals.DocText(report.File) + ".</remarks>")
                .Line(GeneratedCode.Attribute)
                .Open($"public sealed class {slot.TypeName} : {Runtime}PeelReport")
                .Line($"internal static readonly global::System.Lazy<{slot.TypeName}> s_instance = new global::System.Lazy<{slot.TypeName}>(() => new {slot.TypeName}());")
                .Line()
                .Line("private const string Source_File = " + CSharpLiterals.String(report.File) + ";")
                .Line();
            WriteConstructor(writer, slot.TypeName, report);
            WriteQuestionProperties(writer, slot.TypeName, report.Questions);
            WriteQuestionBuilder(writer, report.Headline);
            foreach (var question in report.Questions) WriteQuestionBuilder(writer, question);
            writer.Close().Close().Close().Close().Close();
            return writer.ToString();
        }

        private static void WriteConstructor(CodeWriter writer, string typeName, ParsedReport report)
        {
            writer.Line($"private {typeName}()").Indent().Line(": base(").Indent()
                .Line($"new {Runtime}Force({CSharpLiterals.String(report.Force!.Name)}, {CSharpLiterals.NullableString(report.Force.FullName)}, {CSharpLiterals.String(report.Force.Slug)}),")
                .Line(report.Year!.Value.ToString(CultureInfo.InvariantCulture) + ",")
                .Line($"{Runtime}Pillar.{report.Pillar},")
                .Line("Build_Question0(),");
            if (report.Questions.Count == 0)
            {
                writer.Line($"global::System.Array.Empty<{Runtime}Question>(),");
            }
            else
            {
                writer.Line($"new {Runtime}Question[]").Line("{").Indent();
                foreach (var question in report.Questions) writer.Line($"Build_Question{question.Number.ToString(CultureInfo.InvariantCulture)}(),");
                writer.Outdent().Line("},");
            }
            foreach (var list in new[] { report.AreasForImprovement, report.CausesOfConcern, report.Recommendations, report.Notes })
            {
                WriteFindings(writer, list, ",");
            }
            writer.Line("Source_File,")
                .Line((report.LastUpdated is DateTime date ? $"new global::System.DateTime({date.Year}, {date.Month}, {date.Day})" : "null") + ",");
            WriteFindings(writer, report.Preamble, ")");
            writer.Outdent().Outdent().Line("{").Line("}");
        }

        private static void WriteQuestionProperties(CodeWriter writer, string typeName, IReadOnlyList<Question> questions)
        {
            var taken = new HashSet<string>(InheritedMembers, System.StringComparer.Ordinal) { typeName };
            for (var i = 0; i < questions.Count; i++)
            {
                var question = questions[i];
                var name = taken.Add(question.Key) ? question.Key : PeelSdk.Parsing.Identifiers.Unique(question.Key + "Question", taken);
                writer.Line()
                    .Summary($"Question {question.Number}: {question.Text}")
                    .Line("/// <remarks>")
                    .Line("/// " + CSharpLiterals.DocText($"{Grade(question)}. {question.Findings.Count} finding(s):"))
                    .Line("/// <list type=\"number\">");
                foreach (var finding in question.Findings) writer.Line("/// <item><description>" + CSharpLiterals.DocText(finding.Text) + "</description></item>");
                writer.Line("/// </list>")
                    .Line("/// </remarks>")
                    .Line($"public {Runtime}Question {name} => Questions[{i.ToString(CultureInfo.InvariantCulture)}];");
            }
        }

        private static void WriteQuestionBuilder(CodeWriter writer, Question question)
        {
            var judgement = question.Judgement is null ? -1 : question.Findings.ToList().FindIndex(f => f.Id == question.Judgement.Id);
            writer.Line()
                .Open($"private static {Runtime}Question Build_Question{question.Number.ToString(CultureInfo.InvariantCulture)}()")
                .Line("var findings =").Indent();
            WriteFindings(writer, question.Findings, ";");
            writer.Outdent();
            writer.Line($"return new {Runtime}Question(").Indent()
                .Line(question.Number.ToString(CultureInfo.InvariantCulture) + ",")
                .Line(CSharpLiterals.String(question.Key) + ",")
                .Line(CSharpLiterals.String(question.Text) + ",")
                .Line(Span(question.Source) + ",")
                .Line((question.Grade is null ? "null" : $"{Runtime}Grade.{question.Grade}") + ",")
                .Line(GradeSource(question.GradeSource) + ",")
                .Line(JudgementExpression(question, judgement) + ",")
                .Line("findings,")
                .Line((question.IsUngraded ? "true" : "false") + ",")
                .Line((question.CarriedOverFrom is int year ? year.ToString(CultureInfo.InvariantCulture) : "null") + ");").Outdent()
                .Close();
        }

        /// <summary>An array expression of findings followed by <paramref name="end"/> (',' or ';').</summary>
        private static void WriteFindings(CodeWriter writer, IReadOnlyList<Finding> findings, string end)
        {
            if (findings.Count == 0)
            {
                writer.Line($"global::System.Array.Empty<{Runtime}Finding>(){end}");
                return;
            }
            writer.Line($"new {Runtime}Finding[]").Line("{").Indent();
            foreach (var finding in findings)
            {
                writer.Line(FindingExpression(finding) + ",");
            }
            writer.Outdent().Line("}" + end);
        }

        // The judgement is usually one of the question's findings; a grade stated in the headline's summary is not.
        private static string JudgementExpression(Question question, int index) =>
            question.Judgement is null ? "null"
            : index >= 0 ? $"findings[{index.ToString(CultureInfo.InvariantCulture)}]"
            : FindingExpression(question.Judgement);

        private static string FindingExpression(Finding finding) =>
            $"new {Runtime}Finding({CSharpLiterals.String(finding.Id)}, {Runtime}FindingKind.{finding.Kind}, {CSharpLiterals.String(finding.Text)}, {Span(finding.Source)})";

        private static string GradeSource(GradeSource? source) =>
            source is null
                ? "null"
                : $"new {Runtime}GradeSource({Runtime}GradeOrigin.{source.Origin}, {(source.Origin == GradeOrigin.Stated ? "Source_File" : CSharpLiterals.String(source.File))}, {Number(source.Line)}, {Location(source.Location)})";

        private static string Location(TextLocation? at) =>
            at is null
                ? "null"
                : $"new {Runtime}TextLocation({Number(at.Start)}, {Number(at.Length)}, {Number(at.Line)}, {Number(at.Column)}, {Number(at.EndLine)}, {Number(at.EndColumn)})";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Span(SourceSpan span) =>
            $"new {Runtime}SourceSpan(Source_File, {span.Line.ToString(CultureInfo.InvariantCulture)}, {span.EndLine.ToString(CultureInfo.InvariantCulture)})";

        private static string Grade(Question question) =>
            question.Grade is null ? (question.IsUngraded ? "Ungraded" : "Grade not stated") : $"Grade: {question.Grade} ({question.GradeSource})";
    }
}
