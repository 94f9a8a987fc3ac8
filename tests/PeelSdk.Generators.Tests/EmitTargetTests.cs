using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PeelSdk.Generators.Tests
{
    /// <summary>
    /// The generated code follows the consumer: its C# version (annotations from C# 8, UTF-8 data from C# 11), the
    /// string budget (PEEL102 where it cannot be met), and gives the same bytes for every checkout of the same reports.
    /// </summary>
    public class EmitTargetTests
    {
        private const string SeedPath = "seeds/cheshire-2015-effectiveness.peel.txt";
        private const string SeedHint = "PeelReports.Cheshire.g.cs";
        private static readonly CSharpParseOptions CSharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        private static readonly CSharpParseOptions Latest = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        private static readonly Dictionary<string, string> AllUtf8 = new Dictionary<string, string> { ["build_property.PeelStringDataLimit"] = "0" };

        // A consumer written in C# 7.3, as a .NET Framework or netstandard2.0 library is by default.
        private const string CSharp73User =
            "/// <summary>Use.</summary>\npublic static class Use { /// <summary>Describe.</summary>\npublic static string Describe() { var q = "
            + "PeelSdk.Reports.PeelReports.Cheshire.Peel2015.Effectiveness.PreventingCrime; var full = "
            + "PeelSdk.Reports.PeelReports.Cheshire.FullName; return q.Grade + \" \" + full + \" \" + PeelSdk.Reports.PeelReports.All.Count; } }";

        [Fact]
        public void CSharp_7_3_gets_code_without_nullable_syntax_that_compiles_cleanly()
        {
            var run = GeneratorHarness.Run(CSharp73, new[] { (SeedPath, GeneratorHarness.SeedText()) }, sources: CSharp73User);
            Assert.Empty(run.CompilationProblems);
            // Compiling cleanly as C# 7.3 already rules out '?' annotations; the directive would be an error too.
            Assert.All(run.Sources, source => Assert.DoesNotContain("#nullable", source.SourceText.ToString()));
            Assert.Contains(".Once(ref s_reports[0], \"peel2|", run.Source(SeedHint));
            Assert.Equal("Outstanding Cheshire Constabulary 1", Describe(run));
        }

        [Fact]
        public void In_a_nullable_enabled_consumer_generated_code_has_annotations_but_no_nullable_flow_analysis()
        {
            var run = GeneratorHarness.Run(Latest, new[] { (SeedPath, GeneratorHarness.SeedText()) });
            Assert.Equal(NullableContextOptions.Enable, run.Output.Options.NullableContextOptions);
            Assert.Empty(run.CompilationProblems);

            // Whether the compiler runs nullable flow analysis over a span is not public API; this is the method it
            // asks. Run over thousands of generated classes, that analysis costs seconds of every build.
            var analysisEnabledIn = typeof(CSharpCompilation).GetMethod(
                "IsNullableAnalysisEnabledIn",
                BindingFlags.NonPublic | BindingFlags.Instance,
                null,
                new[] { typeof(CSharpSyntaxTree), typeof(TextSpan) },
                null
            )!;
            foreach (var source in run.Sources)
            {
                var tree = run.Output.SyntaxTrees.Single(t => t.FilePath == source.SyntaxTree.FilePath);
                var model = run.Output.GetSemanticModel(tree);
                Assert.True(model.GetNullableContext(tree.Length).AnnotationsEnabled(), $"no nullable annotations in {source.HintName}");
                var members = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().ToList();
                Assert.NotEmpty(members);
                foreach (var member in members)
                {
                    Assert.False(
                        (bool)analysisEnabledIn.Invoke(run.Output, new object[] { tree, member.Span })!,
                        $"nullable flow analysis runs over {member.Identifier} in {source.HintName}"
                    );
                }
            }
        }

        [Fact]
        public void CSharp_11_past_the_string_budget_gets_UTF8_data_that_reads_the_same()
        {
            var utf8 = GeneratorHarness.Run(Latest, new[] { (SeedPath, GeneratorHarness.SeedText()) }, AllUtf8, sources: CSharp73User);
            var strings = GeneratorHarness.Run(Latest, new[] { (SeedPath, GeneratorHarness.SeedText()) }, sources: CSharp73User);
            Assert.Empty(utf8.CompilationProblems);
            Snapshot.Match("PillarReport.Utf8", utf8.Source(SeedHint));
            Assert.Contains(".Once(ref s_reports[0], \"", strings.Source(SeedHint));

            PeelReport Load(GeneratorRun run) =>
                Assert.Single((PeelCatalog)run.Load().GetType("PeelSdk.Reports.PeelReports")!.GetProperty("All")!.GetValue(null)!);
            var fromUtf8 = Load(utf8);
            var fromStrings = Load(strings);
            Assert.Equal(fromStrings.Questions, fromUtf8.Questions);
            Assert.Equal(fromStrings.Headline, fromUtf8.Headline);
            Assert.Equal(fromStrings.AreasForImprovement, fromUtf8.AreasForImprovement);
            Assert.Equal(PeelParser.Parse(GeneratorHarness.SeedText(), SeedPath).Questions, fromUtf8.Questions);
        }

        [Fact]
        public void Before_CSharp_11_reports_past_the_string_budget_are_PEEL102_and_the_rest_still_compiles()
        {
            var run = GeneratorHarness.Run(
                CSharp73,
                new[]
                {
                    ("b/second.peel.txt", "\nBeta PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                    ("a/first.peel.txt", "Alpha PEEL 2016\nEffectiveness\nHow effective is the force?\nWell."),
                },
                AllUtf8
            );

            var budget = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL102");
            Assert.Equal(DiagnosticSeverity.Error, budget.Severity);
            var span = budget.Location.GetLineSpan();
            Assert.Equal(
                (GeneratorHarness.ProjectDir + "a/first.peel.txt", 0, 0, 0, 15),
                (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character)
            );
            Assert.StartsWith("This report and 1 more are not generated: ", budget.GetMessage());
            Assert.Contains("C# 7.3 has no UTF-8 literals", budget.GetMessage());
            Assert.Contains("<LangVersion>11</LangVersion>", budget.GetMessage());
            Assert.Equal(new[] { "PeelReports.g.cs" }, run.Sources.Select(s => s.HintName));
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData("12MB")]
        [InlineData("15")]
        [InlineData("-1")]
        public void A_bad_string_data_limit_is_PEEL103_and_the_default_is_used(string value)
        {
            var run = GeneratorHarness.Run(
                Latest,
                new[] { (SeedPath, GeneratorHarness.SeedText()) },
                new Dictionary<string, string> { ["build_property.PeelStringDataLimit"] = value }
            );
            var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PEEL103");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal($"PeelStringDataLimit '{value}' is not a whole number of megabytes from 0 to 14; 12 is used instead", warning.GetMessage());
            Assert.Contains(".Once(ref s_reports[0], \"", run.Source(SeedHint));
        }

        [Fact]
        public void LF_CRLF_and_CR_checkouts_in_any_order_give_byte_identical_sources_and_diagnostics_in_the_file_as_it_is()
        {
            var reports = Fixtures().ToList();
            Assert.True(reports.Count > 30, $"only {reports.Count} fixtures");

            string Sources(GeneratorRun run) =>
                string.Join("\n=====\n", run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
            var lf = GeneratorHarness.Run(Latest, reports.Select(r => (r.Path, Lines(r.Text, "\n"))));
            var crlf = GeneratorHarness.Run(Latest, reports.Select(r => (r.Path, Lines(r.Text, "\r\n"))).Reverse());
            var cr = GeneratorHarness.Run(Latest, reports.Select(r => (r.Path, "\uFEFF" + Lines(r.Text, "\r"))).OrderBy(r => r.Item2.Length));
            Assert.Equal(Sources(lf), Sources(crlf));
            Assert.Equal(Sources(lf), Sources(cr));
            Assert.Empty(crlf.CompilationProblems);

            // Diagnostics keep their lines and columns, and their spans are offsets in the file as the compiler has it.
            static IEnumerable<(string, string, LinePositionSpan)> Located(GeneratorRun run) =>
                run
                    .GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().Span))
                    .OrderBy(x => x.ToString(), StringComparer.Ordinal);
            Assert.Equal(Located(lf), Located(crlf));
            Assert.Equal(Located(lf), Located(cr));
            var texts = reports.ToDictionary(r => GeneratorHarness.ProjectDir + r.Path, r => Lines(r.Text, "\r\n"));
            var located = crlf.GeneratorDiagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile).ToList();
            Assert.True(located.Count > 30, $"only {located.Count} diagnostics");
            foreach (var diagnostic in located)
            {
                var text = SourceText.From(texts[diagnostic.Location.GetLineSpan().Path]);
                Assert.Equal(text.Lines.GetTextSpan(diagnostic.Location.GetLineSpan().Span), diagnostic.Location.SourceSpan);
            }
        }

        [Fact]
        public void No_question_property_hides_or_clashes_with_a_member_of_the_report_class()
        {
            // Every member name a report class has: inherited from PeelReport and object, and declared by the generator.
            var sample = GeneratorHarness
                .Run(Latest, new[] { (SeedPath, GeneratorHarness.SeedText()) })
                .Load()
                .GetType("PeelSdk.Reports.PeelReports+Shapes+Effectiveness2015Report")!;
            const BindingFlags Every =
                BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;
            var questionProperties = new HashSet<string>(sample.GetProperties().Where(p => p.PropertyType == typeof(Question)).Select(p => p.Name));
            var names = typeof(PeelReport)
                .GetMembers(Every)
                .Where(VisibleToDerivedClasses)
                .Concat(sample.GetMembers(Every | BindingFlags.DeclaredOnly).Where(m => !questionProperties.Contains(m.Name)))
                .Where(m =>
                    !m.Name.Contains('.', StringComparison.Ordinal)
                    && !m.Name.StartsWith("get_", StringComparison.Ordinal)
                    && !m.Name.StartsWith("<", StringComparison.Ordinal)
                )
                .Select(m => m.Name)
                .Distinct()
                .ToList();
            Assert.Contains("QuestionAt", names);
            Assert.Contains("MemberwiseClone", names);
            Assert.Contains("Once", names);

            // A question whose key is each of those names, e.g. "How effective is the force at question at?" -> QuestionAt.
            var questions = names.Select(name => $"How effective is the force at {Words(name)}?");
            var text = string.Join(
                "\n",
                new[] { "Cheshire PEEL 2015", "Effectiveness", "How effective is the force at keeping people safe?" }.Concat(
                    questions.SelectMany(q => new[] { q, "A finding." })
                )
            );
            var run = GeneratorHarness.Run(Latest, new[] { (SeedPath, text) });
            Assert.Empty(run.CompilationProblems);

            var report = Assert.Single((PeelCatalog)run.Load().GetType("PeelSdk.Reports.PeelReports")!.GetProperty("All")!.GetValue(null)!);
            // Every name became a key as it is ("Headline" is the headline's own key, so the parser numbers that one).
            Assert.Equal(names.Where(n => n != "Headline"), report.Questions.Select(q => q.Key).Where(k => k != "Headline2"));
            var properties = report
                .GetType()
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(Question))
                .ToList();
            Assert.Equal(names.Count, properties.Count);
            Assert.All(properties, p => Assert.DoesNotContain(p.Name, names));
            Assert.DoesNotContain(report.GetType().Name, properties.Select(p => p.Name));
            Assert.Equal(report.Questions, properties.Select(p => (Question)p.GetValue(report)!).OrderBy(q => q.Number));
        }

        private static bool VisibleToDerivedClasses(MemberInfo member) =>
            member switch
            {
                MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                PropertyInfo property => property.GetMethod is { } getter && VisibleToDerivedClasses(getter),
                EventInfo e => e.AddMethod is { } add && VisibleToDerivedClasses(add),
                Type type => type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem,
                _ => true,
            };

        private static string Words(string name) =>
            string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

        private static string Lines(string text, string lineEnd) =>
            text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", lineEnd, StringComparison.Ordinal);

        private static string Describe(GeneratorRun run) => (string)run.Load().GetType("Use")!.GetMethod("Describe")!.Invoke(null, null)!;

        private static IEnumerable<(string Path, string Text)> Fixtures([CallerFilePath] string thisFile = "")
        {
            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, ".."));
            yield return (SeedPath, GeneratorHarness.SeedText());
            foreach (var folder in new[] { "layouts", "diagnostics" })
            {
                foreach (var file in Directory.GetFiles(Path.Combine(root, "Fixtures", folder)).OrderBy(f => f, StringComparer.Ordinal))
                {
                    // Undecodable bytes are read as U+FFFD, as the compiler does.
                    yield return ($"{folder}/{Path.GetFileName(file)}", File.ReadAllText(file));
                }
            }
        }
    }
}
