using System;
using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>One PEEL report: a force's assessment under one pillar in one year.</summary>
    /// <remarks>The generator derives a class from this one for every report in a compilation, with a property per question.</remarks>
    public class PeelReport
    {
        private readonly Force force;
        private readonly int year;
        private readonly Pillar pillar;
        private readonly Question headline;
        private readonly ValueList<Question> questions;
        private readonly ValueList<Finding> areasForImprovement;
        private readonly ValueList<Finding> causesOfConcern;
        private readonly ValueList<Finding> recommendations;
        private readonly ValueList<Finding> notes;
        private readonly DateTime? lastUpdated;
        private readonly ValueList<Finding> preamble;
        private readonly string sourceFile;
        private readonly int? areasAssessed;
        private readonly int? areasGraded;

        /// <summary>Creates a report.</summary>
        internal PeelReport(
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
            IEnumerable<Finding>? preamble = null,
            int? areasAssessed = null,
            int? areasGraded = null
        )
        {
            this.areasAssessed = areasAssessed;
            this.areasGraded = areasGraded;
            this.force = force;
            this.year = year;
            this.pillar = pillar;
            this.headline = headline;
            this.questions = ValueList<Question>.From(questions);
            this.areasForImprovement = ValueList<Finding>.From(areasForImprovement);
            this.causesOfConcern = ValueList<Finding>.From(causesOfConcern);
            this.recommendations = ValueList<Finding>.From(recommendations);
            this.notes = ValueList<Finding>.From(notes);
            this.sourceFile = sourceFile;
            this.lastUpdated = lastUpdated;
            this.preamble = ValueList<Finding>.From(preamble);
        }

        /// <summary>Creates a report with the content of <paramref name="report"/>: each generated report class passes its decoded data here.</summary>
        protected PeelReport(PeelReport report)
        {
            // Fields, not properties: on first use every getter read here would be one more method for the JIT.
            force = report.force;
            year = report.year;
            pillar = report.pillar;
            headline = report.headline;
            questions = report.questions;
            areasForImprovement = report.areasForImprovement;
            causesOfConcern = report.causesOfConcern;
            recommendations = report.recommendations;
            notes = report.notes;
            lastUpdated = report.lastUpdated;
            preamble = report.preamble;
            sourceFile = report.sourceFile;
            areasAssessed = report.areasAssessed;
            areasGraded = report.areasGraded;
        }

        /// <summary>The force assessed.</summary>
        public Force Force => force;

        /// <summary>The PEEL year, e.g. 2015; for an integrated report the first year of its cycle (2023 for 2023–25).</summary>
        public int Year => year;

        /// <summary>The inspection cycle: the year up to 2018 ("2015"), then "2021/22", "2023–25", "2025–27".</summary>
        public string Cycle => PeelCycles.NameOf(year);

        /// <summary>
        /// The scale of the report's grades: four tiers to 2019, five (with <see cref="Grade.Adequate"/>) from 2021. Grades of
        /// the two scales are not directly comparable, as HMICFRS says.
        /// </summary>
        public GradeScale GradeScale => PeelCycles.ScaleOf(year);

        /// <summary>The pillar assessed; <see cref="PeelSdk.Pillar.Integrated"/> for the integrated reports from 2021.</summary>
        public Pillar Pillar => pillar;

        /// <summary>An integrated report's number of areas of policing assessed ("in nine areas of policing"), or <see langword="null"/>.</summary>
        public int? AreasAssessed => areasAssessed;

        /// <summary>An integrated report's number of areas graded ("graded judgments in eight of these nine"), or <see langword="null"/>.</summary>
        public int? AreasGraded => areasGraded;

        /// <summary>The headline question, its grade and the pillar's summary findings.</summary>
        public Question Headline => headline;

        /// <summary>The core questions, in order.</summary>
        public IReadOnlyList<Question> Questions => questions;

        /// <summary>Items of the report's "Areas for improvement" lists.</summary>
        public IReadOnlyList<Finding> AreasForImprovement => areasForImprovement;

        /// <summary>Items of the report's "Causes of concern" lists.</summary>
        public IReadOnlyList<Finding> CausesOfConcern => causesOfConcern;

        /// <summary>Items of the report's "Recommendations" lists.</summary>
        public IReadOnlyList<Finding> Recommendations => recommendations;

        /// <summary>Text kept from the page that is not a finding (page chrome, text outside any section).</summary>
        public IReadOnlyList<Finding> Notes => notes;

        /// <summary>The page's "Last updated" date, or <see langword="null"/>.</summary>
        public DateTime? LastUpdated => lastUpdated;

        /// <summary>What the saved page has before the header: "Skip to content", site banners, language switchers.</summary>
        public IReadOnlyList<Finding> Preamble => preamble;

        /// <summary>The report file, relative to the project that compiled it where possible.</summary>
        public string SourceFile => sourceFile;

        /// <summary>The question with this <see cref="Question.Key"/>, or <see langword="null"/>.</summary>
        public Question? FindQuestion(string key)
        {
            foreach (var question in Questions)
            {
                if (question.Key == key)
                {
                    return question;
                }
            }
            return null;
        }

        /// <summary>The core question at <paramref name="index"/>: what each generated question property returns.</summary>
        /// <remarks>A plain call, cheaper for the compiler to bind thousands of times than the interface indexer <c>Questions[index]</c>.</remarks>
        protected Question QuestionAt(int index) => questions[index];

        /// <inheritdoc />
        public override string ToString() => $"{Force.Name} PEEL {Cycle} {Pillar}";
    }
}
