using Microsoft.CodeAnalysis;

namespace PeelSdk.Generators.Diagnostics
{
    /// <summary>
    /// The compiler's view of the rules in <see cref="PeelRules"/>: ids are constants so that release tracking
    /// (AnalyzerReleases.*.md) checks every one; titles and messages come from the shared rule data.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor InvalidHeader = new DiagnosticDescriptor(PeelRuleIds.InvalidHeader, PeelRules.InvalidHeader.Title, PeelRules.InvalidHeader.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.InvalidHeader));
        public static readonly DiagnosticDescriptor InvalidPillar = new DiagnosticDescriptor(PeelRuleIds.InvalidPillar, PeelRules.InvalidPillar.Title, PeelRules.InvalidPillar.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.InvalidPillar));
        public static readonly DiagnosticDescriptor NoQuestions = new DiagnosticDescriptor(PeelRuleIds.NoQuestions, PeelRules.NoQuestions.Title, PeelRules.NoQuestions.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.NoQuestions));
        public static readonly DiagnosticDescriptor QuestionWithoutFindings = new DiagnosticDescriptor(PeelRuleIds.QuestionWithoutFindings, PeelRules.QuestionWithoutFindings.Title, PeelRules.QuestionWithoutFindings.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.QuestionWithoutFindings));
        public static readonly DiagnosticDescriptor DuplicateReport = new DiagnosticDescriptor(PeelRuleIds.DuplicateReport, PeelRules.DuplicateReport.Title, PeelRules.DuplicateReport.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.DuplicateReport));
        public static readonly DiagnosticDescriptor DuplicateQuestion = new DiagnosticDescriptor(PeelRuleIds.DuplicateQuestion, PeelRules.DuplicateQuestion.Title, PeelRules.DuplicateQuestion.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.DuplicateQuestion));
        public static readonly DiagnosticDescriptor JudgementNamesOtherForce = new DiagnosticDescriptor(PeelRuleIds.JudgementNamesOtherForce, PeelRules.JudgementNamesOtherForce.Title, PeelRules.JudgementNamesOtherForce.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.JudgementNamesOtherForce));
        public static readonly DiagnosticDescriptor ConflictingJudgements = new DiagnosticDescriptor(PeelRuleIds.ConflictingJudgements, PeelRules.ConflictingJudgements.Title, PeelRules.ConflictingJudgements.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.ConflictingJudgements));
        public static readonly DiagnosticDescriptor NoGradeStated = new DiagnosticDescriptor(PeelRuleIds.NoGradeStated, PeelRules.NoGradeStated.Title, PeelRules.NoGradeStated.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.NoGradeStated));
        public static readonly DiagnosticDescriptor TextOutsideSection = new DiagnosticDescriptor(PeelRuleIds.TextOutsideSection, PeelRules.TextOutsideSection.Title, PeelRules.TextOutsideSection.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.TextOutsideSection));
        public static readonly DiagnosticDescriptor NotText = new DiagnosticDescriptor(PeelRuleIds.NotText, PeelRules.NotText.Title, PeelRules.NotText.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.NotText));
        public static readonly DiagnosticDescriptor YearOutOfRange = new DiagnosticDescriptor(PeelRuleIds.YearOutOfRange, PeelRules.YearOutOfRange.Title, PeelRules.YearOutOfRange.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.YearOutOfRange));
        public static readonly DiagnosticDescriptor UnknownForce = new DiagnosticDescriptor(PeelRuleIds.UnknownForce, PeelRules.UnknownForce.Title, PeelRules.UnknownForce.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.UnknownForce));
        public static readonly DiagnosticDescriptor GradeDisagreesWithTable = new DiagnosticDescriptor(PeelRuleIds.GradeDisagreesWithTable, PeelRules.GradeDisagreesWithTable.Title, PeelRules.GradeDisagreesWithTable.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.GradeDisagreesWithTable));
        public static readonly DiagnosticDescriptor UnknownQuestion = new DiagnosticDescriptor(PeelRuleIds.UnknownQuestion, PeelRules.UnknownQuestion.Title, PeelRules.UnknownQuestion.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.UnknownQuestion));
        public static readonly DiagnosticDescriptor PillarInferred = new DiagnosticDescriptor(PeelRuleIds.PillarInferred, PeelRules.PillarInferred.Title, PeelRules.PillarInferred.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.PillarInferred));
        public static readonly DiagnosticDescriptor InvalidGradeRow = new DiagnosticDescriptor(PeelRuleIds.InvalidGradeRow, PeelRules.InvalidGradeRow.Title, PeelRules.InvalidGradeRow.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.InvalidGradeRow));
        public static readonly DiagnosticDescriptor AreaCountsDisagree = new DiagnosticDescriptor(PeelRuleIds.AreaCountsDisagree, PeelRules.AreaCountsDisagree.Title, PeelRules.AreaCountsDisagree.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.AreaCountsDisagree));
        public static readonly DiagnosticDescriptor TableDisagreesWithSection = new DiagnosticDescriptor(PeelRuleIds.TableDisagreesWithSection, PeelRules.TableDisagreesWithSection.Title, PeelRules.TableDisagreesWithSection.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.TableDisagreesWithSection));
        public static readonly DiagnosticDescriptor SummaryDisagreesWithGrades = new DiagnosticDescriptor(PeelRuleIds.SummaryDisagreesWithGrades, PeelRules.SummaryDisagreesWithGrades.Title, PeelRules.SummaryDisagreesWithGrades.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.SummaryDisagreesWithGrades));
        public static readonly DiagnosticDescriptor IdentityInferred = new DiagnosticDescriptor(PeelRuleIds.IdentityInferred, PeelRules.IdentityInferred.Title, PeelRules.IdentityInferred.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.IdentityInferred));
        public static readonly DiagnosticDescriptor NotAReport = new DiagnosticDescriptor(PeelRuleIds.NotAReport, PeelRules.NotAReport.Title, PeelRules.NotAReport.MessageFormat, PeelRules.StructureCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.NotAReport));
        public static readonly DiagnosticDescriptor UnknownOfficialQuestion = new DiagnosticDescriptor(PeelRuleIds.UnknownOfficialQuestion, PeelRules.UnknownOfficialQuestion.Title, PeelRules.UnknownOfficialQuestion.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.UnknownOfficialQuestion));
        public static readonly DiagnosticDescriptor AreaOnlyInOfficialGrades = new DiagnosticDescriptor(PeelRuleIds.AreaOnlyInOfficialGrades, PeelRules.AreaOnlyInOfficialGrades.Title, PeelRules.AreaOnlyInOfficialGrades.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.AreaOnlyInOfficialGrades));
        public static readonly DiagnosticDescriptor ReleaseCountsDisagree = new DiagnosticDescriptor(PeelRuleIds.ReleaseCountsDisagree, PeelRules.ReleaseCountsDisagree.Title, PeelRules.ReleaseCountsDisagree.MessageFormat, PeelRules.GradesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.ReleaseCountsDisagree));
        public static readonly DiagnosticDescriptor RuntimeNotReferenced = new DiagnosticDescriptor(PeelRuleIds.RuntimeNotReferenced, PeelRules.RuntimeNotReferenced.Title, PeelRules.RuntimeNotReferenced.MessageFormat, PeelRules.SetupCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.RuntimeNotReferenced));
        public static readonly DiagnosticDescriptor InvalidNamespace = new DiagnosticDescriptor(PeelRuleIds.InvalidNamespace, PeelRules.InvalidNamespace.Title, PeelRules.InvalidNamespace.MessageFormat, PeelRules.SetupCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.InvalidNamespace));
        public static readonly DiagnosticDescriptor InvalidStringDataLimit = new DiagnosticDescriptor(PeelRuleIds.InvalidStringDataLimit, PeelRules.InvalidStringDataLimit.Title, PeelRules.InvalidStringDataLimit.MessageFormat, PeelRules.SetupCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.InvalidStringDataLimit));
        public static readonly DiagnosticDescriptor TextNeedsUtf8Data = new DiagnosticDescriptor(PeelRuleIds.TextNeedsUtf8Data, PeelRules.TextNeedsUtf8Data.Title, PeelRules.TextNeedsUtf8Data.MessageFormat, PeelRules.SetupCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: PeelRules.HelpLink(PeelRuleIds.TextNeedsUtf8Data));

        /// <summary>The descriptor of a rule id.</summary>
        public static DiagnosticDescriptor For(string id) => id switch
        {
            PeelRuleIds.InvalidHeader => InvalidHeader,
            PeelRuleIds.InvalidPillar => InvalidPillar,
            PeelRuleIds.NoQuestions => NoQuestions,
            PeelRuleIds.QuestionWithoutFindings => QuestionWithoutFindings,
            PeelRuleIds.DuplicateReport => DuplicateReport,
            PeelRuleIds.DuplicateQuestion => DuplicateQuestion,
            PeelRuleIds.JudgementNamesOtherForce => JudgementNamesOtherForce,
            PeelRuleIds.ConflictingJudgements => ConflictingJudgements,
            PeelRuleIds.NoGradeStated => NoGradeStated,
            PeelRuleIds.TextOutsideSection => TextOutsideSection,
            PeelRuleIds.NotText => NotText,
            PeelRuleIds.YearOutOfRange => YearOutOfRange,
            PeelRuleIds.UnknownForce => UnknownForce,
            PeelRuleIds.GradeDisagreesWithTable => GradeDisagreesWithTable,
            PeelRuleIds.UnknownQuestion => UnknownQuestion,
            PeelRuleIds.PillarInferred => PillarInferred,
            PeelRuleIds.InvalidGradeRow => InvalidGradeRow,
            PeelRuleIds.AreaCountsDisagree => AreaCountsDisagree,
            PeelRuleIds.TableDisagreesWithSection => TableDisagreesWithSection,
            PeelRuleIds.SummaryDisagreesWithGrades => SummaryDisagreesWithGrades,
            PeelRuleIds.IdentityInferred => IdentityInferred,
            PeelRuleIds.NotAReport => NotAReport,
            PeelRuleIds.UnknownOfficialQuestion => UnknownOfficialQuestion,
            PeelRuleIds.AreaOnlyInOfficialGrades => AreaOnlyInOfficialGrades,
            PeelRuleIds.ReleaseCountsDisagree => ReleaseCountsDisagree,
            PeelRuleIds.RuntimeNotReferenced => RuntimeNotReferenced,
            PeelRuleIds.InvalidNamespace => InvalidNamespace,
            PeelRuleIds.TextNeedsUtf8Data => TextNeedsUtf8Data,
            PeelRuleIds.InvalidStringDataLimit => InvalidStringDataLimit,
            _ => throw new System.ArgumentOutOfRangeException(nameof(id), id, "No descriptor for this rule id"),
        };
    }
}
