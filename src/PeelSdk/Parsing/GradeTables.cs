using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>Reads grades tables (<see cref="GradePrecedence.Complete"/> applies them); shared by the generator and <c>peel</c>.</summary>
    internal static class GradeTables
    {
        private const string Header = "force,year,pillar,question,grade";

        /// <summary>Reads a table; a malformed row is PEEL017 at that row, never an exception.</summary>
        public static GradeTable Parse(string text, string file)
        {
            var rows = new List<GradeRow>();
            var diagnostics = new List<PeelDiagnostic>();
            foreach (var line in SourceLine.Split(text))
            {
                var trimmed = line.Trimmed;
                if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                if (string.Equals(trimmed.Replace(" ", string.Empty), Header, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var problem = TryRow(trimmed, line.Number, out var row);
                if (row is null)
                {
                    diagnostics.Add(new PeelDiagnostic(PeelRules.InvalidGradeRow, file, TextLocations.OfContent(line), new[] { problem! }));
                    continue;
                }
                rows.Add(row);
                if (!IsCatalogQuestion(row))
                {
                    diagnostics.Add(
                        new PeelDiagnostic(
                            PeelRules.UnknownOfficialQuestion,
                            file,
                            TextLocations.OfContent(line),
                            new[]
                            {
                                "This row",
                                row.Question,
                                $"{PeelCycles.NameOf(row.Year)} {row.Pillar}",
                                "it grades only a report whose own text has a question with that key",
                            }
                        )
                    );
                }
            }
            return new GradeTable(file, rows, diagnostics);
        }

        private static string? TryRow(string text, int lineNumber, out GradeRow? row)
        {
            row = null;
            var fields = text.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (fields.Length != 5)
            {
                return $"it has {fields.Length} fields, not 5";
            }

            var force = ForceRegistry.Find(fields[0]);
            if (force is null)
            {
                return $"'{fields[0]}' is not one of the 43 forces";
            }

            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return $"'{fields[1]}' is not a year";
            }

            if (!LinePatterns.TryPillar(fields[2], out var pillar))
            {
                return $"'{fields[2]}' is not a pillar";
            }

            var question = fields[3];
            var isNumber = int.TryParse(question, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!isNumber && !Identifiers.IsKey(question))
            {
                return $"'{question}' is neither a question number nor a key";
            }

            if (!GradeWords.TryParse(fields[4], out var grade) && !Enum.TryParse(fields[4], ignoreCase: true, out grade))
            {
                return $"'{fields[4]}' is not a grade";
            }

            row = new GradeRow(force.Slug, year, pillar, question, grade, lineNumber);
            return null;
        }

        /// <summary>A row naming a question by number (or the headline) is checked against the report; one naming a key, against the year's catalog.</summary>
        private static bool IsCatalogQuestion(GradeRow row) =>
            int.TryParse(row.Question, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || string.Equals(row.Question, "headline", StringComparison.OrdinalIgnoreCase)
            || QuestionCatalog.Find(row.Question, row.Pillar, row.Year) != null;

        /// <summary>
        /// The question a row names by its number in the year's question set or by its key: its index in
        /// <paramref name="questions"/>, -1 for the headline (<c>0</c> or <c>headline</c>), <see langword="null"/> if the report has no such question.
        /// </summary>
        public static int? QuestionIndex(string question, IReadOnlyList<Question> questions)
        {
            if (question == "0" || string.Equals(question, "headline", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            var isNumber = int.TryParse(question, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
            for (var i = 0; i < questions.Count; i++)
            {
                if (isNumber ? questions[i].Number == number : questions[i].Key == question)
                {
                    return i;
                }
            }
            return null;
        }
    }
}
