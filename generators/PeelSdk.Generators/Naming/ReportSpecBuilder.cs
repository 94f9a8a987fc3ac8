using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PeelSdk.Generators.Model;
using PeelSdk.Parsing;

namespace PeelSdk.Generators.Naming
{
    /// <summary>
    /// The naming step of one report: from its parsed model and its slot in the catalog, the spec the emitter writes,
    /// with a unique property name per question and doc text capped in length (IntelliSense shows the question,
    /// its grade and its first finding; the data holds everything).
    /// </summary>
    internal static class ReportSpecBuilder
    {
        /// <summary>Longest question or headline text in a doc comment, in characters.</summary>
        public const int MaxQuestionDoc = 200;

        /// <summary>Longest finding text in a doc comment, in characters.</summary>
        public const int MaxFindingDoc = 120;

        public static ReportSpec? Build(ReportFile file, CatalogModel catalog)
        {
            if (!catalog.Target.RuntimeReferenced || file.Data is null)
            {
                return null;
            }

            if (!(catalog.FindSlot(file.Path) is { IsGenerated: true } slot))
            {
                return null;
            }

            var report = file.Report;
            var taken = new HashSet<string>(ReservedNames.Report.Concat(ReservedNames.Object), StringComparer.Ordinal) { slot.TypeName };
            var questions = report.Questions.Select(
                (question, index) =>
                    new QuestionSpec(
                        PropertyName(question, taken),
                        index,
                        $"Question {Number(question.Number)}: {Cap(question.Text, MaxQuestionDoc)}",
                        Remarks(question)
                    )
            );
            var title =
                report.Pillar == Pillar.Integrated
                    ? $"{report.Force!.Name} PEEL {PeelCycles.NameOf(report.Year!.Value)} inspection"
                    : $"{report.Force!.Name} PEEL {report.Year!.Value.ToString(CultureInfo.InvariantCulture)} {report.Pillar}";
            var summary = $"{title}: {Cap(report.Headline!.Text, MaxQuestionDoc)} {GradeText(report.Headline)}.";
            return new ReportSpec(
                slot.HintName,
                slot.Position,
                catalog.Namespace,
                slot.ForceTypeName,
                slot.YearTypeName,
                slot.PropertyName,
                slot.TypeName,
                title,
                summary,
                report.File,
                ValueList<QuestionSpec>.From(questions),
                file.Data,
                slot.Utf8Data,
                catalog.Target
            );
        }

        /// <summary>The generated reports grouped into their forces' files, in hint-name order, each by year and pillar.</summary>
        public static ImmutableArray<ForceFileSpec> ForceFiles(ImmutableArray<ReportSpec?> specs) =>
            specs
                .Where(spec => spec is not null)
                .Select(spec => spec!)
                .GroupBy(spec => spec.HintName, StringComparer.Ordinal)
                .OrderBy(force => force.Key, StringComparer.Ordinal)
                .Select(force => new ForceFileSpec(force.Key, ValueList<ReportSpec>.From(force.OrderBy(spec => spec.Position))))
                .ToImmutableArray();

        /// <summary>The question's key, or the key with a <c>Question</c> suffix where a member already has that name.</summary>
        private static string PropertyName(Question question, ISet<string> taken)
        {
            var name = IsIdentifier(question.Key) ? question.Key : "Question" + Number(question.Number);
            return Identifiers.Unique(taken.Contains(name) ? name + "Question" : name, taken);
        }

        private static string Remarks(Question question)
        {
            var findings = question.Findings.Count.ToString(CultureInfo.InvariantCulture) + (question.Findings.Count == 1 ? " finding" : " findings");
            return question.Findings.Count == 0
                ? $"{GradeText(question)}. No findings."
                : $"{GradeText(question)}. {findings}, the first: {Cap(question.Findings[0].Text, MaxFindingDoc)}";
        }

        private static string GradeText(Question question) =>
            question switch
            {
                { Grade: Grade grade, GradeSource: { Origin: not GradeOrigin.Stated } source } =>
                    $"Grade: {grade}, from {source.File} line {Number(source.Line)}",
                { Grade: Grade grade, GradeSource: { } source } => $"Grade: {grade}, stated at line {Number(source.Line)}",
                { Grade: Grade grade } => $"Grade: {grade}",
                { IsUngraded: true } => "Ungraded",
                _ => "Grade not stated",
            };

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary><paramref name="text"/>, cut at a word before <paramref name="max"/> characters with an ellipsis.</summary>
        public static string Cap(string text, int max)
        {
            if (text.Length <= max)
            {
                return text;
            }

            var cut = text.LastIndexOf(' ', max - 1);
            if (cut < max / 2)
            {
                cut = max - 1;
            }

            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return text.Substring(0, cut).TrimEnd() + "…";
        }

        // Keys are ASCII words starting with a capital, so never a keyword; checked all the same, as a name must compile.
        private static bool IsIdentifier(string key) => SyntaxFacts.IsValidIdentifier(key) && SyntaxFacts.GetKeywordKind(key) == SyntaxKind.None;
    }
}
