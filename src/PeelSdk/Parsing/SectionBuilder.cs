using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>The headline or a core question (an area, in an integrated report) while its findings are being read.</summary>
    internal sealed class SectionBuilder
    {
        public SectionBuilder(int number, string key, string text, SourceLine line, string findingIdPrefix)
        {
            Number = number;
            Key = key;
            Text = text;
            Line = line;
            FindingIdPrefix = findingIdPrefix;
        }

        public int Number { get; }

        public string Key { get; }

        public string Text { get; }

        /// <summary>The question or area heading; for an area known only from the judgments table, its table line.</summary>
        public SourceLine Line { get; private set; }

        /// <summary>The area has a heading of its own in the text (not only a row of the judgments table).</summary>
        public bool HasHeading { get; private set; } = true;

        /// <summary>What the ids of this section's findings start with (<see cref="FindingIds.OfQuestion"/>).</summary>
        public string FindingIdPrefix { get; }

        public List<Finding> Findings { get; } = new List<Finding>();

        public Grade? Grade { get; private set; }

        public Finding? Judgment { get; private set; }

        public int? GradeLine { get; private set; }

        public TextLocation? GradeLocation { get; private set; }

        public bool IsUngraded { get; set; }

        public int? CarriedOverFrom { get; set; }

        public string NextFindingId => FindingIds.At(FindingIdPrefix, Findings.Count);

        /// <summary>An area named by the judgments table or the opening before its own heading is read.</summary>
        public static SectionBuilder Named(int number, string key, string text, SourceLine line, string findingIdPrefix) =>
            new SectionBuilder(number, key, text, line, findingIdPrefix) { HasHeading = false };

        /// <summary>The area's own heading: its findings follow it.</summary>
        public void OpenAt(SourceLine heading)
        {
            Line = heading;
            HasHeading = true;
        }

        /// <summary>Sets the grade <see cref="GradePrecedence"/> decided; nothing else calls it.</summary>
        public void SetGrade(GradeClaim claim, Finding judgment)
        {
            Grade = claim.Grade;
            Judgment = judgment;
            GradeLine = claim.Line;
            GradeLocation = claim.Location;
        }

        /// <summary>Replaces the last finding with a longer copy of it (a list it introduces); the judgment follows it.</summary>
        public void ExtendLastFinding(Finding extended)
        {
            var last = Findings.Count - 1;
            if (Judgment?.Id == Findings[last].Id)
            {
                Judgment = extended;
            }

            Findings[last] = extended;
        }

        public Question Build(string file) =>
            new Question(
                Number,
                Key,
                Text,
                new SourceSpan(file, Line.Number, Line.Number),
                Grade,
                GradeLine is int line ? new GradeSource(GradeOrigin.Stated, file, line, GradeLocation) : null,
                Judgment,
                Findings,
                IsUngraded,
                CarriedOverFrom
            );
    }
}
