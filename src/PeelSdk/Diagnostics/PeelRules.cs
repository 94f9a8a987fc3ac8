using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>The PEEL diagnostic rules. Ids are a public contract: never reuse or renumber one.</summary>
    public static class PeelRules
    {
        /// <summary>Rules about the layout of a report.</summary>
        public const string StructureCategory = "PeelSdk.Structure";

        /// <summary>Rules about graded judgments.</summary>
        public const string GradesCategory = "PeelSdk.Grades";

        /// <summary>Rules about how a project uses PeelSdk.</summary>
        public const string SetupCategory = "PeelSdk.Setup";

        /// <summary>PEEL001: no <c>&lt;Force&gt; PEEL &lt;year&gt;</c> header.</summary>
        public static readonly PeelRule InvalidHeader = new PeelRule(
            PeelRuleIds.InvalidHeader,
            "Report header missing or malformed",
            "A report must start with a header '<Force> PEEL <year>', such as 'Cheshire PEEL 2015', or an integrated report's title or 'Overall "
                + "summary'; found '{0}'{1}",
            StructureCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL002: no pillar line.</summary>
        public static readonly PeelRule InvalidPillar = new PeelRule(
            PeelRuleIds.InvalidPillar,
            "Pillar missing or unknown",
            "The line after the header must name the pillar (Effectiveness, Efficiency, Legitimacy, Leadership or Other inspections); found '{0}'{1}",
            StructureCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL003: no question at all.</summary>
        public static readonly PeelRule NoQuestions = new PeelRule(
            PeelRuleIds.NoQuestions,
            "Report has no question",
            "The report has no question: after the pillar line, write the headline question (a line ending with '?') and the core questions with "
                + "their findings",
            StructureCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL004: a question with no findings.</summary>
        public static readonly PeelRule QuestionWithoutFindings = new PeelRule(
            PeelRuleIds.QuestionWithoutFindings,
            "Question has no findings",
            "Question {0} '{1}' has no findings: add the inspectors' findings on the lines after it, or remove the question",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL005: two files are the same report.</summary>
        public static readonly PeelRule DuplicateReport = new PeelRule(
            PeelRuleIds.DuplicateReport,
            "Duplicate report",
            "This file is the same report ({0}) as '{1}', which is kept because {2}: remove one of them, or correct the header; this file is not generated",
            StructureCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL006: the same question twice in one report.</summary>
        public static readonly PeelRule DuplicateQuestion = new PeelRule(
            PeelRuleIds.DuplicateQuestion,
            "Question repeated",
            "Question '{0}' already appears at line {1}: merge the two sections or remove one",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL007: a graded judgment names another force.</summary>
        public static readonly PeelRule JudgmentNamesOtherForce = new PeelRule(
            PeelRuleIds.JudgmentNamesOtherForce,
            "Judgment names another force",
            "This graded judgment is about '{0}', but the report is about {1}: it was not taken as a grade (text copied from another report?)",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL008: two judgments in one question disagree.</summary>
        public static readonly PeelRule ConflictingJudgments = new PeelRule(
            PeelRuleIds.ConflictingJudgments,
            "Graded judgments disagree",
            "This judgment says '{0}' but line {1} already says '{2}' for the same question: the first is kept",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL009: a question states no graded judgment.</summary>
        public static readonly PeelRule NoGradeStated = new PeelRule(
            PeelRuleIds.NoGradeStated,
            "No graded judgment stated",
            "Question {0} '{1}' states no graded judgment, so its grade is absent",
            GradesCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL010: text outside any section.</summary>
        public static readonly PeelRule TextOutsideSection = new PeelRule(
            PeelRuleIds.TextOutsideSection,
            "Text belongs to no section",
            "{0}; it is kept as a note",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL011: the file is empty or not text.</summary>
        public static readonly PeelRule NotText = new PeelRule(
            PeelRuleIds.NotText,
            "Report is empty or not text",
            "The report {0}",
            StructureCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL012: a year outside the PEEL years.</summary>
        public static readonly PeelRule YearOutOfRange = new PeelRule(
            PeelRuleIds.YearOutOfRange,
            "Year outside the PEEL years",
            "Year {0} is {1}: check the header",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL013: a force not in the registry.</summary>
        public static readonly PeelRule UnknownForce = new PeelRule(
            PeelRuleIds.UnknownForce,
            "Unknown force",
            "'{0}' is not one of the 43 police forces of England and Wales{1}",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL014: the text and a grades table disagree.</summary>
        public static readonly PeelRule GradeDisagreesWithTable = new PeelRule(
            PeelRuleIds.GradeDisagreesWithTable,
            "Stated grade disagrees with an official grade",
            "The text states '{0}' but {1} '{2}' line {3} gives '{4}': the stated grade is kept; correct whichever is wrong",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL015: a question not in the catalog of known PEEL questions.</summary>
        public static readonly PeelRule UnknownQuestion = new PeelRule(
            PeelRuleIds.UnknownQuestion,
            "Question not in the PEEL question catalog",
            "Question {0} is not a known PEEL {1} question, so its key '{2}' is derived from its text",
            StructureCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL016: the pillar was inferred from the headline.</summary>
        public static readonly PeelRule PillarInferred = new PeelRule(
            PeelRuleIds.PillarInferred,
            "Pillar inferred from the headline",
            "The page names no pillar; '{0}' is inferred from the headline question",
            StructureCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL017: a malformed row of a grades table.</summary>
        public static readonly PeelRule InvalidGradeRow = new PeelRule(
            PeelRuleIds.InvalidGradeRow,
            "Grades table row malformed",
            "This row of the grades table is ignored: {0}; rows are 'force,year,pillar,question,grade'",
            GradesCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL018: the counts an integrated report's opening states disagree with the areas and grades the text has.</summary>
        public static readonly PeelRule AreaCountsDisagree = new PeelRule(
            PeelRuleIds.AreaCountsDisagree,
            "Area counts disagree with the text",
            "The report says it assesses {0} areas and grades {1} of them, but the text names {2} and grades {3}{4}",
            StructureCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL019: an area's section states another grade than the judgments table.</summary>
        public static readonly PeelRule TableDisagreesWithSection = new PeelRule(
            PeelRuleIds.TableDisagreesWithSection,
            "Area's grade disagrees with the judgments table",
            "The area's section states '{0}' but the judgments table gives '{1}' at line {2}: the section's grade is kept; correct one of them",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL020: an 'awarded no … grades' sentence is contradicted by an area's grade.</summary>
        public static readonly PeelRule SummaryDisagreesWithGrades = new PeelRule(
            PeelRuleIds.SummaryDisagreesWithGrades,
            "Summary sentence disagrees with the grades",
            "This sentence says no area was graded {0}, but '{1}' is graded '{2}' at line {3}",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL021: an integrated report has no title, so its force or cycle is read from elsewhere.</summary>
        public static readonly PeelRule IdentityInferred = new PeelRule(
            PeelRuleIds.IdentityInferred,
            "Force or cycle read from the opening or the file name",
            "No title names this integrated report's force and cycle: {0}; {1}",
            StructureCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL022: the text is a page about a report (a news release, a landing page, a letter …), not a report.</summary>
        public static readonly PeelRule NotAReport = new PeelRule(
            PeelRuleIds.NotAReport,
            "Page is not a report",
            "This page is {0}, not a report: it is not generated{1}",
            StructureCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL023: a grades-table row or a release's sentence names a question its year or cycle does not have.</summary>
        public static readonly PeelRule UnknownOfficialQuestion = new PeelRule(
            PeelRuleIds.UnknownOfficialQuestion,
            "Official grade names a question the year or cycle does not have",
            "{0} names '{1}', which PEEL {2} does not have: {3}",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL024: an official grade names an area of the report's catalog that the text does not reach; the area is added.</summary>
        public static readonly PeelRule AreaOnlyInOfficialGrades = new PeelRule(
            PeelRuleIds.AreaOnlyInOfficialGrades,
            "Area graded officially but not in the text",
            "'{0}' is graded '{1}' by {2} '{3}' line {4}, but its section is not in this text: the area is added with that grade and no findings",
            GradesCategory,
            PeelSeverity.Info
        );

        /// <summary>PEEL025: a news release's counts of areas per grade disagree with the report's grades.</summary>
        public static readonly PeelRule ReleaseCountsDisagree = new PeelRule(
            PeelRuleIds.ReleaseCountsDisagree,
            "News release's counts disagree with the report's grades",
            "The news release '{0}' line {1} says the force was {2}; with the release's grades this report has {3}",
            GradesCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL100: the project does not reference the runtime library.</summary>
        public static readonly PeelRule RuntimeNotReferenced = new PeelRule(
            PeelRuleIds.RuntimeNotReferenced,
            "PeelSdk runtime library not referenced",
            "The project has {0} PEEL report file(s) but does not reference the PeelSdk runtime library, or references an older one than this "
                + "generator, so no report types are generated: add a reference to PeelSdk of the same version as the generator",
            SetupCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL101: the namespace property is not a namespace.</summary>
        public static readonly PeelRule InvalidNamespace = new PeelRule(
            PeelRuleIds.InvalidNamespace,
            "PeelReportsNamespace is not a valid namespace",
            "PeelReportsNamespace '{0}' is not a valid C# namespace; '{1}' is used instead",
            SetupCategory,
            PeelSeverity.Warning
        );

        /// <summary>PEEL102: the reports' text is more than string literals can hold in the project's C# version.</summary>
        public static readonly PeelRule TextNeedsUtf8Data = new PeelRule(
            PeelRuleIds.TextNeedsUtf8Data,
            "Report text too large for this C# version",
            "This report and {0} more are not generated: the reports' data ({1} MB in all) is past the {2} MB of string literals PeelSdk may use per "
                + "assembly (PeelStringDataLimit), and C# {3} has no UTF-8 literals for the rest. Set <LangVersion>11</LangVersion> or later (on "
                + "netstandard2.0 or .NET Framework also reference the System.Memory package) so PeelSdk stores it as UTF-8 data, which has no such limit",
            SetupCategory,
            PeelSeverity.Error
        );

        /// <summary>PEEL103: the string data limit property is not a number in range.</summary>
        public static readonly PeelRule InvalidStringDataLimit = new PeelRule(
            PeelRuleIds.InvalidStringDataLimit,
            "PeelStringDataLimit is not a number of megabytes from 0 to 14",
            "PeelStringDataLimit '{0}' is not a whole number of megabytes from 0 to {1}; {2} is used instead",
            SetupCategory,
            PeelSeverity.Warning
        );

        /// <summary>The first PEEL year.</summary>
        public const int FirstPeelYear = 2014;

        /// <summary>
        /// The absolute address where the diagnostics reference (docs/diagnostics.md, also packed in the package) is published,
        /// ending where a rule's anchor follows; empty while the project has no public address, so no diagnostic carries a link
        /// that opens nothing (each message names its fix). The one place to set it.
        /// </summary>
        public const string HelpLinkBase = "";

        /// <summary>The help link of a rule id (<see cref="HelpLinkBase"/> and the id's anchor, e.g. <c>…#peel001</c>), or empty while there is no
        /// address.</summary>
        public static string HelpLink(string id) => HelpLinkBase.Length == 0 ? string.Empty : HelpLinkBase + id.ToLowerInvariant();

        /// <summary>Every rule, by id order.</summary>
        public static IReadOnlyList<PeelRule> All { get; } =
            new[]
            {
                InvalidHeader,
                InvalidPillar,
                NoQuestions,
                QuestionWithoutFindings,
                DuplicateReport,
                DuplicateQuestion,
                JudgmentNamesOtherForce,
                ConflictingJudgments,
                NoGradeStated,
                TextOutsideSection,
                NotText,
                YearOutOfRange,
                UnknownForce,
                GradeDisagreesWithTable,
                UnknownQuestion,
                PillarInferred,
                InvalidGradeRow,
                AreaCountsDisagree,
                TableDisagreesWithSection,
                SummaryDisagreesWithGrades,
                IdentityInferred,
                NotAReport,
                UnknownOfficialQuestion,
                AreaOnlyInOfficialGrades,
                ReleaseCountsDisagree,
                RuntimeNotReferenced,
                InvalidNamespace,
                TextNeedsUtf8Data,
                InvalidStringDataLimit,
            };
    }
}
