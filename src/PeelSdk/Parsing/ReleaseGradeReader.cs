using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Reads the grades a news release states about its report's areas: an official statement, applied to the report like a
    /// grades table (<see cref="GradePrecedence.Complete"/>). A sentence grades an area only when it names both the area and a
    /// grade: "… and 'requires improvement' in one area – investigating crime", "the areas requiring improvement include how
    /// the force responds to the public …", "The areas graded as 'inadequate' included …", "Kent Police is outstanding at
    /// recording crime". Counts alone grade nothing; they are kept to check the report against. Praise inside an area, other
    /// subjects (partners, officers, another force) and "needs to improve" without a grade word grade nothing.
    /// </summary>
    internal static class ReleaseGradeReader
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // "found the force was 'good' in six areas, 'adequate' in one area and 'requires improvement' in one area – investigating crime"
        private static readonly Regex CountsOpening = new Regex(
            @"\b(?:force|constabulary|service)\s+(?:was|is)\s+(?=(?:" + GradeWords.Pattern + @")\s+in\s+\w+\s+areas?\b)",
            Options
        );

        private static readonly Regex CountItem = new Regex(
            @"\G(?:\s*,?\s*(?:and\s+)?)(?<grade>" + GradeWords.Pattern + @")\s+in\s+(?<count>\w+)\s+areas?\b(?:\s*[–—-]\s*(?<named>[^,.;]+))?",
            Options
        );

        // "the areas requiring improvement include …", "The areas graded as 'inadequate' included …", "The inadequate areas included …"
        private static readonly Regex AreaList = new Regex(
            @"\bareas?\s+(?:(?<ri>requiring\s+improvement|that\s+require[sd]?\s+improvement)|(?:that\s+)?(?:were\s+|was\s+)?(?:graded|rated|judged|as"
                + @"sessed|found)\s+(?:as\s+|to\s+be\s+)?(?<grade>"
                + GradeWords.Pattern
                + @"))\s+(?:include[sd]?|are|were|was|is)\s+(?<list>[^.;]+)"
                + @"|\b(?<grade>outstanding|good|adequate|inadequate)\s+areas?\s+(?:include[sd]?|are|were)\s+(?<list>[^.;]+)",
            Options
        );

        // "Kent Police is outstanding at recording crime", "the constabulary was good at using police powers …",
        // "The force requires improvement in investigating crime": the subject must be the release's force.
        private static readonly Regex Statement = new Regex(
            JudgmentReader.ForceSubject
                + @"\s+"
                + @"(?:(?:is|was|remains)\s+(?<grade>outstanding|good|adequate|inadequate)|(?<grade>requires\s+improvement|required\s+improvement))\s"
                + @"+(?:at|in)\s+(?<clause>[^.;]+)",
            RegexOptions.CultureInvariant
        );

        // What a grade is about ends where the sentence turns to another judgment.
        private static readonly Regex ClauseEnd = new Regex(
            @",?\s+\b(?:but|however|although|while|whereas|though|needs?|must|should|yet)\b|\b(?:" + GradeWords.Pattern + @")\b",
            Options
        );

        /// <summary>What a release states: its area grades (rows of <paramref name="force"/>'s integrated report of <paramref name="year"/>) and its
        /// counts.</summary>
        public static GradeTable Read(IReadOnlyList<SourceLine> lines, string file, Force force, int year, List<PeelDiagnostic> diagnostics)
        {
            var rows = new List<GradeRow>();
            var counts = new List<GradeCount>();
            var countsLine = 0;
            foreach (var paragraph in Paragraphs(lines))
            {
                // Quotes around grade words ('good') and speech become spaces, so offsets still map to the file.
                var text = Unquote(paragraph.Text);
                foreach (var (start, end) in Sentences(text))
                {
                    var sentence = text.Substring(start, end - start);
                    var opening = CountsOpening.Match(sentence);
                    if (opening.Success && counts.Count == 0)
                    {
                        countsLine = paragraph.LineAt(start + opening.Index);
                        ReadCounts(sentence, opening.Index + opening.Length, (grade, words, count, named) =>
                        {
                            counts.Add(new GradeCount(grade, count));
                            if (named.Success)
                            {
                                Grade(named.Value, start + named.Index, grade, start + words.Index, count);
                            }
                        });
                    }
                    foreach (Match list in AreaList.Matches(sentence))
                    {
                        var words = list.Groups["ri"].Success ? list.Groups["ri"] : list.Groups["grade"];
                        var grade = list.Groups["ri"].Success ? PeelSdk.Grade.RequiresImprovement : ParseGrade(words.Value);
                        Grade(list.Groups["list"].Value, start + list.Groups["list"].Index, grade, start + words.Index, null);
                    }
                    foreach (Match statement in Statement.Matches(sentence))
                    {
                        var subject = statement.Groups["subject"].Value;
                        var isForce =
                            subject.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                            || subject.StartsWith("this ", StringComparison.OrdinalIgnoreCase)
                            || ForceRegistry.Find(subject)?.Slug == force.Slug;
                        if (!isForce)
                        {
                            continue;
                        }

                        var clause = statement.Groups["clause"];
                        var cut = ClauseEnd.Match(clause.Value);
                        var about = cut.Success ? clause.Value.Substring(0, cut.Index) : clause.Value;
                        var words = statement.Groups["grade"];
                        Grade(about, start + clause.Index, ParseGrade(words.Value.Replace("required", "requires")), start + words.Index, null);
                    }
                }

                // The areas a phrase names, each graded once (the first statement wins); named counts must name that many areas.
                void Grade(string phrase, int phraseIndex, Grade grade, int gradeIndex, int? expected)
                {
                    var named = AreasNamed(phrase, year);
                    if (expected is int count && named.Count != count)
                    {
                        return;
                    }

                    foreach (var (area, offset, length, inCycle) in named)
                    {
                        var at = paragraph.LocationOf(phraseIndex + offset, length);
                        if (!inCycle)
                        {
                            diagnostics.Add(
                                new PeelDiagnostic(
                                    PeelRules.UnknownOfficialQuestion,
                                    file,
                                    at,
                                    new[] { "This news release", area.Text, PeelCycles.NameOf(year), "the sentence grades nothing there" }
                                )
                            );
                            continue;
                        }
                        if (rows.Any(r => r.Question == area.Key))
                        {
                            continue;
                        }

                        rows.Add(new GradeRow(force.Slug, year, Pillar.Integrated, area.Key, grade, paragraph.LineAt(gradeIndex)));
                    }
                }
            }
            return new GradeTable(file, rows, Array.Empty<PeelDiagnostic>())
            {
                Origin = GradeOrigin.Release,
                Counts = counts,
                CountsLine = countsLine,
                AboutForce = force.Slug,
                AboutYear = year,
            };
        }

        /// <summary>The count list after "the force was": each grade, its count, and any areas named after a dash.</summary>
        private static void ReadCounts(string sentence, int from, Action<Grade, Group, int, Group> item)
        {
            for (var match = CountItem.Match(sentence, from); match.Success; match = CountItem.Match(sentence, match.Index + match.Length))
            {
                if (IntegratedPatterns.Count(match.Groups["count"].Value) is not int count)
                {
                    return;
                }

                item(ParseGrade(match.Groups["grade"].Value), match.Groups["grade"], count, match.Groups["named"]);
            }
        }

        /// <summary>The catalog's integrated areas a phrase names, each with where it is named and whether <paramref name="year"/>'s cycle has it.</summary>
        private static List<(KnownQuestion Area, int Offset, int Length, bool InCycle)> AreasNamed(string phrase, int year)
        {
            var lower = phrase.ToLowerInvariant();
            var found = new List<(KnownQuestion, int, int, bool)>();
            foreach (var area in QuestionCatalog.All.Where(q => q.Pillar == Pillar.Integrated))
            {
                var first = area
                    .Phrases.Select(p => (At: lower.IndexOf(p, StringComparison.Ordinal), p.Length))
                    .Where(m => m.At >= 0)
                    .OrderBy(m => m.At)
                    .FirstOrDefault();
                if (first.Length > 0)
                {
                    found.Add((area, first.At, first.Length, area.IsAskedIn(year)));
                }
            }
            return found.OrderBy(f => f.Item2).ToList();
        }

        // The patterns capture grade words only, so every capture parses.
        private static Grade ParseGrade(string words) => GradeWords.TryParse(words, out var grade) ? grade : PeelSdk.Grade.RequiresImprovement;

        private static IEnumerable<Paragraph> Paragraphs(IReadOnlyList<SourceLine> lines)
        {
            Paragraph? paragraph = null;
            foreach (var line in lines)
            {
                if (line.IsBlank)
                {
                    if (paragraph != null)
                    {
                        yield return paragraph;
                    }

                    paragraph = null;
                }
                else if (paragraph is null)
                {
                    paragraph = new Paragraph(line, 0);
                }
                else
                {
                    paragraph.Append(line, 0);
                }
            }
            if (paragraph != null)
            {
                yield return paragraph;
            }
        }

        /// <summary>Quotation marks become spaces, apostrophes inside words stay ("Kent Police’s").</summary>
        private static string Unquote(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                if (c is '“' or '”' or '"' or '‘')
                {
                    chars[i] = ' ';
                }
                else if (c is '’' or '\'' && !(i > 0 && char.IsLetter(chars[i - 1]) && i + 1 < chars.Length && char.IsLetter(chars[i + 1])))
                {
                    chars[i] = ' ';
                }
            }
            return new string(chars);
        }

        /// <summary>Sentence spans: a sentence ends at '.', '!' or '?' followed by white space.</summary>
        private static IEnumerable<(int Start, int End)> Sentences(string text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                {
                    yield return (start, i + 1);
                    start = i + 1;
                }
            }
            if (start < text.Length)
            {
                yield return (start, text.Length);
            }
        }
    }
}
