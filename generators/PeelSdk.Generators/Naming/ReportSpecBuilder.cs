using System;
using System.Collections.Concurrent;
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

        public static ReportSpec? Build(ReportFile file, CatalogNames catalog)
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
            var title =
                report.Pillar == Pillar.Integrated
                    ? $"{report.Force!.Name} PEEL {PeelCycles.NameOf(report.Year!.Value)} inspection"
                    : $"{report.Force!.Name} PEEL {report.Year!.Value.ToString(CultureInfo.InvariantCulture)} {report.Pillar}";
            var summary = $"{title}: {Cap(report.Headline!.Text, MaxQuestionDoc)} {GradeText(report.Headline)}.";
            var shape = Shape(report, slot.PropertyName);
            var remarks = string.Join(" ", shape.Questions.Select(property => $"{property.PropertyName}: {Remarks(report.Questions[property.Index])}"));
            return new ReportSpec(
                slot.HintName,
                slot.Position,
                catalog.Namespace,
                slot.ForceTypeName,
                slot.YearTypeName,
                report.Year!.Value,
                slot.Pillar,
                slot.PropertyName,
                $"{summary} From {report.File}.",
                remarks,
                shape,
                file.Data,
                slot.Utf8Data,
                catalog.Target
            );
        }

        /// <summary>
        /// The report type of <paramref name="report"/>: its questions' properties with the question set's wording (the catalog's
        /// for a known question, the report's own otherwise), named after the set. Reports of one set get equal shapes, so
        /// they share one type; the name depends on nothing but the shape, never on other reports or file order.
        /// </summary>
        private static ShapeSpec Shape(ParsedReport report, string member)
        {
            var pillar = report.Pillar!.Value;
            var year = report.Year!.Value;
            var taken = new HashSet<string>(ReservedNames.Report.Concat(ReservedNames.Object), StringComparer.Ordinal);
            var questions = report
                .Questions.Select(
                    (question, index) =>
                        new QuestionSpec(
                            PropertyName(question, taken),
                            index,
                            $"Question {Number(question.Number)}: {Cap(Wording(question, pillar, year), MaxQuestionDoc)}"
                        )
                )
                .ToList();
            var cycle = pillar == Pillar.Integrated ? PeelCycles.NameOf(year) : Number(year);
            var name = member + Number(year) + "Report";
            if (!questions.Select(q => q.PropertyName).SequenceEqual(QuestionSetKeys(pillar, year), StringComparer.Ordinal))
            {
                var signature = string.Join("\n", questions.Select(q => q.PropertyName + "\t" + q.Summary));
                name += "_" + Fnv1a(pillar + "\n" + Number(year) + "\n" + signature).ToString("X8", CultureInfo.InvariantCulture);
            }
            // A member may not share its type's name; the type's name is the shape's own, so the member gives way.
            var clash = questions.FindIndex(q => q.PropertyName == name);
            if (clash >= 0)
            {
                questions[clash] = questions[clash] with { PropertyName = Identifiers.Unique(name + "Question", taken) };
            }

            var described = pillar == Pillar.Integrated ? "integrated" : pillar.ToString();
            var keys = string.Join(", ", questions.Select(q => q.PropertyName));
            return new ShapeSpec(name, $"A PEEL {cycle} {described} report with the questions {keys}.", ValueList<QuestionSpec>.From(questions));
        }

        /// <summary>A question as its set words it: the catalog's wording for a known question, the report's own otherwise.</summary>
        private static string Wording(Question question, Pillar pillar, int year) => QuestionCatalog.Find(question.Key, pillar, year)?.Text ?? question.Text;

        /// <summary>The catalog's question set of a pillar and year, in its order: the keys of a report that has every question.</summary>
        /// <remarks>Made once per pillar and year, from the catalog alone, not once per report.</remarks>
        private static string[] QuestionSetKeys(Pillar pillar, int year) =>
            QuestionSets.GetOrAdd((pillar, year), static set =>
                QuestionCatalog
                    .All.Where(q => q.Pillar == set.Pillar && q.IsAskedIn(set.Year))
                    .OrderBy(q => QuestionCatalog.FrameworkNumber(q, set.Year) ?? int.MaxValue)
                    .Select(q => q.Key)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray()
            );

        private static readonly ConcurrentDictionary<(Pillar Pillar, int Year), string[]> QuestionSets =
            new ConcurrentDictionary<(Pillar Pillar, int Year), string[]>();

        /// <summary>FNV-1a over UTF-16 code units: a stable hash (string.GetHashCode differs between processes).</summary>
        private static uint Fnv1a(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }
            return hash;
        }

        /// <summary>The generated reports grouped into their forces' files, in hint-name order, each by year and pillar.</summary>
        public static ImmutableArray<ForceFileSpec> ForceFiles(ImmutableArray<ReportSpec?> specs, CatalogNames catalog)
        {
            var forces = catalog.Forces.ToDictionary(force => force.TypeName, StringComparer.Ordinal);
            return specs
                .Where(spec => spec is not null)
                .Select(spec => spec!)
                .GroupBy(spec => spec.HintName, StringComparer.Ordinal)
                .OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new ForceFileSpec(
                    file.Key,
                    catalog.Namespace,
                    forces[file.First().ForceTypeName],
                    ValueList<ReportSpec>.From(file.OrderBy(spec => spec.Position)),
                    catalog.Target
                ))
                .ToImmutableArray();
        }

        /// <summary>Every shape the generated reports use, once, by name; <see langword="null"/> when no report is generated.</summary>
        public static ShapeFileSpec? ShapeFile(ImmutableArray<ReportSpec?> specs)
        {
            var generated = specs.Where(spec => spec is not null).Select(spec => spec!).ToList();
            if (generated.Count == 0)
            {
                return null;
            }

            var shapes = generated.Select(spec => spec.Shape).Distinct().OrderBy(shape => shape.TypeName, StringComparer.Ordinal);
            return new ShapeFileSpec(generated[0].Namespace, ValueList<ShapeSpec>.From(shapes), generated[0].Target);
        }

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
