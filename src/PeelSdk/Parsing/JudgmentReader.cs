using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// A graded judgment found in a paragraph; offsets are into the paragraph's joined text, and the clause is
    /// what the grade is about: the rest of the sentence after the grade ("at investigating crime.").
    /// </summary>
    internal readonly record struct Judgment(
        Grade Grade,
        int GradeIndex,
        int GradeLength,
        string Subject,
        int SubjectIndex,
        bool IsAboutReportForce,
        string Sentence,
        string Clause
    );

    /// <summary>
    /// Finds explicit graded judgments: a sentence whose subject is a force ("Cheshire Constabulary",
    /// "The constabulary", "The force") followed by "is|remains &lt;grade&gt; at|in …" or "requires improvement at|in …",
    /// also when the sentence reports it ("HMIC judges that …", "We found that …") or opens with "Overall"; and
    /// "&lt;force&gt;'s approach to &lt;clause&gt; is &lt;grade&gt;." with the grade ending the sentence.
    /// Anything looser ("has a good understanding", "is making good use") is not a grade: a wrong grade is worse than none.
    /// </summary>
    internal static class JudgmentReader
    {
        /// <summary>
        /// The grades <paramref name="read"/> states, each with the key of the question it is about, or <see langword="null"/> for
        /// the paragraph's own section. A judgment about another force is PEEL007 and grades nothing. In the headline's summary
        /// a judgment naming the pillar ("… in its effectiveness") grades the pillar; one about a known question ("… at
        /// investigating crime") grades that question; "… keeping people safe" with no question of its own grades the pillar;
        /// anything else grades nothing. Which of them a question keeps is <see cref="GradePrecedence"/>'s to decide.
        /// </summary>
        public static List<(string? QuestionKey, GradeClaim Claim)> StatedGrades(
            Paragraph read,
            ParsedIdentity identity,
            bool inHeadline,
            Action<PeelRule, TextLocation, string[]> report
        )
        {
            var stated = new List<(string?, GradeClaim)>();
            foreach (var judgment in Find(read.Text, identity.Force))
            {
                if (!judgment.IsAboutReportForce)
                {
                    var force = identity.Force?.FullName ?? identity.Force?.Name ?? "the force in its header";
                    report(
                        PeelRules.JudgmentNamesOtherForce,
                        read.LocationOf(judgment.SubjectIndex, judgment.Subject.Length),
                        new[] { judgment.Subject, force }
                    );
                    continue;
                }

                var claim = new GradeClaim(judgment.Grade, read.LineAt(judgment.GradeIndex), read.LocationOf(judgment.GradeIndex, judgment.GradeLength));
                if (inHeadline && !MentionsPillar(judgment.Sentence, identity.Pillar))
                {
                    if (QuestionCatalog.Match(judgment.Clause, identity.Pillar, identity.Year) is { } about)
                    {
                        stated.Add((about.Key, claim));
                        continue;
                    }

                    if (!LinePatterns.IsPillarWideClause(judgment.Clause, identity.Pillar))
                    {
                        continue;
                    }
                }

                stated.Add((null, claim));
            }
            return stated;
        }

        private static bool MentionsPillar(string sentence, Pillar? pillar) =>
            pillar is Pillar named && sentence.IndexOf(named.ToString(), StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// A force as the subject of a judgment: "The constabulary", "The force", "This force", or a name ending in
        /// "Constabulary", "Police Service" or "Police" with no such word before its end (so "… of Kent Police Kent Police is",
        /// a title run into the next sentence, is no subject). Shared with the news releases' reader.
        /// </summary>
        internal const string ForceSubject =
            @"(?<subject>\b(?:[Tt]he|[Tt]his)\s+(?:constabulary|force)|\b(?!(?:Constabulary|Police)\b)[A-Z][\w'’&-]*(?:\s+(?:and|of|upon|(?!(?:Consta"
            + @"bulary|Police)\b)[A-Z][\w'’&-]*))*?\s+(?:Constabulary|Police\s+Service|Police))";

        // The grades after "is" or "remains", and the one that is a verb of its own.
        private const string GradeAdjective = @"(?<grade>outstanding|good|adequate|inadequate)";
        private const string RequiresImprovement = @"(?<grade>requires\s+improvement)";

        // "requires improvement" is a verb ("The force requires improvement in …"); the other grades follow "is" or "remains".
        // The statement may be reported ("HMIC judges that …", "HMIC found that …", "We found that …") and may open
        // with "Overall" (with or without a comma); what follows must still be the force and its grade.
        private static readonly Regex Statement = new Regex(
            @"\G(?:(?:HMIC(?:FRS)?\s+(?:judges|found)|We\s+found)\s+that\s+)?(?:Overall,?\s+)?"
                + ForceSubject
                + @"\s+(?:"
                + @"(?:(?:is|remains)\s+(?:judged\s+to\s+be\s+|assessed\s+as\s+)?|has\s+been\s+(?:assessed|judged)\s+(?:as|to\s+be)\s+)"
                + GradeAdjective
                + "|"
                + RequiresImprovement
                + @")\s+(?:at|in)\b",
            RegexOptions.CultureInvariant
        );

        // "Suffolk Constabulary's approach to investigating crime is good." The grade ends the sentence, so "is good in
        // places" or "is good but …" is no judgment; the clause (what the grade is about) comes before the grade.
        private static readonly Regex Approach = new Regex(
            @"\G(?:Overall,?\s+)?"
                + ForceSubject
                + @"(?:'s|’s)\s+approach\s+to\s+(?<clause>[^.!?]+?)\s+(?:"
                + @"(?:is|remains)\s+"
                + GradeAdjective
                + "|"
                + RequiresImprovement
                + @")\s*[.!]",
            RegexOptions.CultureInvariant
        );

        // Every judgment names a grade; most findings name none, and a substring test is far cheaper than the regex.
        private static readonly string[] GradeStems = { "outstanding", "good", "adequate", "requires" };

        public static List<Judgment> Find(string paragraph, Force? force)
        {
            var found = new List<Judgment>();
            if (!NamesAGrade(paragraph, 0, paragraph.Length))
            {
                return found;
            }

            var starts = SentenceStarts(paragraph);
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : paragraph.Length;
                if (!NamesAGrade(paragraph, starts[i], end))
                {
                    continue;
                }

                var match = Statement.Match(paragraph, starts[i]);
                if (!match.Success)
                {
                    match = Approach.Match(paragraph, starts[i]);
                }

                if (!match.Success)
                {
                    continue;
                }

                var grade = match.Groups["grade"];
                if (!GradeWords.TryParse(grade.Value, out var value))
                {
                    continue;
                }

                var subject = match.Groups["subject"];
                var clause = match.Groups["clause"];
                found.Add(
                    new Judgment(
                        value,
                        grade.Index,
                        grade.Length,
                        subject.Value,
                        subject.Index,
                        IsReportForce(subject.Value, force),
                        paragraph.Substring(starts[i], end - starts[i]).TrimEnd(),
                        clause.Success ? clause.Value : paragraph.Substring(grade.Index + grade.Length, end - grade.Index - grade.Length).Trim()
                    )
                );
            }
            return found;
        }

        private static bool NamesAGrade(string text, int start, int end)
        {
            foreach (var stem in GradeStems)
            {
                var at = text.IndexOf(stem, start, end - start, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Where sentences start: after '.', '!' or '?' (and a closing quote or bracket), white space, then a capital or an opening quote.</summary>
        private static List<int> SentenceStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '.' && text[i] != '!' && text[i] != '?')
                {
                    continue;
                }

                var next = i + 1;
                if (next < text.Length && "\"'’”)".IndexOf(text[next]) >= 0)
                {
                    next++;
                }

                var start = next;
                while (start < text.Length && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                if (start > next && start < text.Length && (char.IsUpper(text[start]) || "\"'‘“".IndexOf(text[start]) >= 0))
                {
                    starts.Add(start);
                }
            }
            return starts;
        }

        private static bool IsReportForce(string subject, Force? force)
        {
            // Without a header the force is unknown, so a named force cannot be told apart from it.
            if (force is null)
            {
                return true;
            }
            // "The constabulary", "The force", "This force": the report's own force.
            if (subject.StartsWith("The ", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("This ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return (ForceRegistry.Find(subject)?.Slug ?? ForceRegistry.KeyOf(subject)) == force.Slug;
        }
    }
}
