using System;
using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>One PEEL report: a force's assessment under one pillar in one year.</summary>
    /// <remarks>The generator derives a class from this one for every report in a compilation, with a property per question.</remarks>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    class PeelReport
    {
        /// <summary>Creates a report.</summary>
        public PeelReport(
            Force force,
            int year,
            Pillar pillar,
            Question headline,
            IEnumerable<Question> questions,
            IEnumerable<Finding> areasForImprovement,
            IEnumerable<Finding> causesOfConcern,
            IEnumerable<Finding> recommendations,
            IEnumerable<Finding> notes,
            string sourceFile,
            DateTime? lastUpdated = null,
            IEnumerable<Finding>? preamble = null)
        {
            LastUpdated = lastUpdated;
            Preamble = ValueList<Finding>.From(preamble);
            Force = force;
            Year = year;
            Pillar = pillar;
            Headline = headline;
            Questions = ValueList<Question>.From(questions);
            AreasForImprovement = ValueList<Finding>.From(areasForImprovement);
            CausesOfConcern = ValueList<Finding>.From(causesOfConcern);
            Recommendations = ValueList<Finding>.From(recommendations);
            Notes = ValueList<Finding>.From(notes);
            SourceFile = sourceFile;
        }

        /// <summary>Creates a report with the content of <paramref name="report"/>: each generated report class passes its decoded data here.</summary>
        protected PeelReport(PeelReport report)
        {
            Force = report.Force;
            Year = report.Year;
            Pillar = report.Pillar;
            Headline = report.Headline;
            Questions = report.Questions;
            AreasForImprovement = report.AreasForImprovement;
            CausesOfConcern = report.CausesOfConcern;
            Recommendations = report.Recommendations;
            Notes = report.Notes;
            LastUpdated = report.LastUpdated;
            Preamble = report.Preamble;
            SourceFile = report.SourceFile;
        }

        /// <summary>The force assessed.</summary>
        public Force Force { get; }

        /// <summary>The PEEL year, e.g. 2015.</summary>
        public int Year { get; }

        /// <summary>The pillar assessed.</summary>
        public Pillar Pillar { get; }

        /// <summary>The headline question, its grade and the pillar's summary findings.</summary>
        public Question Headline { get; }

        /// <summary>The core questions, in order.</summary>
        public IReadOnlyList<Question> Questions { get; }

        /// <summary>Items of the report's "Areas for improvement" lists.</summary>
        public IReadOnlyList<Finding> AreasForImprovement { get; }

        /// <summary>Items of the report's "Causes of concern" lists.</summary>
        public IReadOnlyList<Finding> CausesOfConcern { get; }

        /// <summary>Items of the report's "Recommendations" lists.</summary>
        public IReadOnlyList<Finding> Recommendations { get; }

        /// <summary>Text kept from the page that is not a finding (page chrome, text outside any section).</summary>
        public IReadOnlyList<Finding> Notes { get; }

        /// <summary>The page's "Last updated" date, or <see langword="null"/>.</summary>
        public DateTime? LastUpdated { get; }

        /// <summary>What the saved page has before the header: "Skip to content", site banners, language switchers.</summary>
        public IReadOnlyList<Finding> Preamble { get; }

        /// <summary>The report file, relative to the project that compiled it where possible.</summary>
        public string SourceFile { get; }

        /// <summary>The question with this <see cref="Question.Key"/>, or <see langword="null"/>.</summary>
        public Question? FindQuestion(string key)
        {
            foreach (var question in Questions)
            {
                if (question.Key == key) return question;
            }
            return null;
        }

        /// <summary>The core question at <paramref name="index"/>: what each generated question property returns.</summary>
        /// <remarks>A plain call, cheaper for the compiler to bind thousands of times than the interface indexer <c>Questions[index]</c>.</remarks>
        protected Question QuestionAt(int index) => Questions[index];

        /// <inheritdoc />
        public override string ToString() => $"{Force.Name} PEEL {Year} {Pillar}";
    }
}
