using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>The headline or a core question while its findings are being read.</summary>
    internal sealed class SectionBuilder
    {
        public SectionBuilder(int number, string key, string text, SourceLine line, string idPrefix)
        {
            Number = number;
            Key = key;
            Text = text;
            Line = line;
            IdPrefix = idPrefix;
        }

        public int Number { get; }

        public string Key { get; }

        public string Text { get; }

        /// <summary>The question or area heading; for an area known only from the judgments table, its table line.</summary>
        public SourceLine Line { get; private set; }

        /// <summary>The area has a heading of its own in the text (not only a row of the judgments table).</summary>
        public bool HasHeading { get; private set; } = true;

        /// <summary>The grade the judgments table gives the area, and the row that gives it.</summary>
        public (Grade Grade, int Line, TextLocation Location, Finding Row)? TableGrade { get; set; }

        /// <summary>Prefix of the ids of this section's findings, e.g. <c>cheshire-2015-effectiveness/q1</c>.</summary>
        public string IdPrefix { get; }

        public List<Finding> Findings { get; } = new List<Finding>();

        public Grade? Grade { get; private set; }

        public Finding? Judgment { get; private set; }

        public int? GradeLine { get; private set; }

        public TextLocation? GradeLocation { get; private set; }

        public bool IsUngraded { get; set; }

        public int? CarriedOverFrom { get; set; }

        public string NextFindingId => IdPrefix + "/f" + (Findings.Count + 1);

        /// <summary>An area named by the judgments table or the opening before its own heading is read.</summary>
        public static SectionBuilder Named(int number, string key, string text, SourceLine line, string idPrefix) =>
            new SectionBuilder(number, key, text, line, idPrefix) { HasHeading = false };

        /// <summary>The area's own heading: its findings follow it.</summary>
        public void OpenAt(SourceLine heading)
        {
            Line = heading;
            HasHeading = true;
        }

        public void SetGrade(Grade grade, Finding judgment, int line, TextLocation location)
        {
            Grade = grade;
            Judgment = judgment;
            GradeLine = line;
            GradeLocation = location;
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
