using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PeelSdk.Parsing
{
    /// <summary>Reads grades tables and applies them to parsed reports; shared by the generator and <c>peel</c>.</summary>
    internal static class GradeTables
    {
        /// <summary>The name ending of a grades table.</summary>
        public const string Extension = ".peel-grades.csv";

        private const string Header = "force,year,pillar,question,grade";

        /// <summary>Reads a table; a malformed row is PEEL017 at that row, never an exception.</summary>
        public static GradeTable Parse(string text, string file)
        {
            var rows = new List<GradeRow>();
            var diagnostics = new List<PeelDiagnostic>();
            foreach (var line in SourceLine.Split(text))
            {
                var trimmed = line.Trimmed;
                if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal)) continue;
                if (string.Equals(trimmed.Replace(" ", string.Empty), Header, StringComparison.OrdinalIgnoreCase)) continue;
                var problem = TryRow(trimmed, line.Number, out var row);
                if (row != null) rows.Add(row);
                else diagnostics.Add(new PeelDiagnostic(PeelRules.InvalidGradeRow, file, TextLocations.OfContent(line), new[] { problem! }));
            }
            return new GradeTable(file, rows, diagnostics);
        }

        private static string? TryRow(string text, int lineNumber, out GradeRow? row)
        {
            row = null;
            var fields = text.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (fields.Length != 5) return $"it has {fields.Length} fields, not 5";
            var force = ForceRegistry.Find(fields[0]);
            if (force is null) return $"'{fields[0]}' is not one of the 43 forces";
            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return $"'{fields[1]}' is not a year";
            if (!LinePatterns.TryPillar(fields[2], out var pillar)) return $"'{fields[2]}' is not a pillar";
            var question = fields[3];
            var isNumber = int.TryParse(question, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!isNumber && !Identifiers.IsKey(question)) return $"'{question}' is neither a question number nor a key";
            if (!Grades.TryParse(fields[4], out var grade) && !Enum.TryParse(fields[4], ignoreCase: true, out grade)) return $"'{fields[4]}' is not a grade";
            row = new GradeRow(force.Slug, year, pillar, question, grade, lineNumber);
            return null;
        }

        /// <summary>
        /// Gives each question the text states no grade for its grade from the tables (source <see cref="GradeOrigin.Table"/>);
        /// where the text states a different one, the stated grade is kept and PEEL014 names the table row.
        /// </summary>
        public static ParsedReport Apply(ParsedReport report, IEnumerable<GradeTable> tables)
        {
            if (report.Force is null || report.Year is null || report.Pillar is null || report.Headline is null) return report;
            var rows = tables.SelectMany(t => t.Rows.Select(r => (Table: t, Row: r)))
                .Where(x => x.Row.Force == report.Force.Slug && x.Row.Year == report.Year && x.Row.Pillar == report.Pillar)
                .ToList();
            if (rows.Count == 0) return report;

            var headline = report.Headline;
            var questions = report.Questions.ToList();
            var added = new List<PeelDiagnostic>();
            var graded = new HashSet<int>();
            foreach (var (table, row) in rows)
            {
                // A row names its question by its number in the year's question set (0: the headline) or by its key.
                var isHeadline = row.Question == "0" || string.Equals(row.Question, "headline", StringComparison.OrdinalIgnoreCase);
                var index = isHeadline
                    ? -1
                    : int.TryParse(row.Question, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? questions.FindIndex(q => q.Number == number) : questions.FindIndex(q => q.Key == row.Question);
                if (index < 0 && !isHeadline) continue;
                var question = isHeadline ? headline : questions[index];
                if (question.IsUngraded) continue;
                if (question.Grade is null)
                {
                    var updated = question.WithGrade(row.Grade, new GradeSource(GradeOrigin.Table, table.File, row.Line), null);
                    if (index < 0) headline = updated;
                    else questions[index] = updated;
                    graded.Add(question.Source.Line);
                }
                else if (question.Grade != row.Grade && question.GradeSource?.Location is TextLocation stated)
                {
                    added.Add(new PeelDiagnostic(
                        PeelRules.GradeDisagreesWithTable,
                        report.File,
                        stated,
                        new[] { Grades.ToWords(question.Grade.Value), table.File, row.Line.ToString(CultureInfo.InvariantCulture), Grades.ToWords(row.Grade) }));
                }
            }

            // A question graded by a table no longer "states no graded judgement" in a way that leaves it without a grade.
            var diagnostics = report.Diagnostics.Where(d => !(d.Id == PeelRuleIds.NoGradeStated && graded.Contains(d.Location.Line))).Concat(added);
            return report.With(headline, questions, diagnostics);
        }
    }
}
