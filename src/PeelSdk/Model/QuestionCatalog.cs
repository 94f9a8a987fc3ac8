using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>
    /// The PEEL 2014–2018 core questions per pillar and the areas of the integrated inspections from 2021, with keys shared
    /// across years wherever HMICFRS assesses the same thing, so one key spans 2014–2025 (data, not code). Sources: the
    /// published PEEL question sets and the report pages themselves. Order matters: the first entry whose phrase a
    /// question contains wins, so the more specific phrases come first.
    /// </summary>
    public static class QuestionCatalog
    {
        /// <summary>Every known question.</summary>
        public static IReadOnlyList<KnownQuestion> All { get; } =
            new[]
            {
                // Effectiveness
                Q(
                    "ReducingCrime",
                    Pillar.Effectiveness,
                    2014,
                    2014,
                    "How effective is the force at reducing crime and preventing offending?",
                    "reducing crime and preventing offending"
                ),
                Q(
                    "PreventingCrime",
                    Pillar.Effectiveness,
                    2015,
                    2018,
                    "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?",
                    "preventing crime"
                ),
                Q(
                    "InvestigatingCrime",
                    Pillar.Effectiveness,
                    2014,
                    2018,
                    "How effective is the force at investigating crime and reducing re-offending?",
                    "investigating crime",
                    "investigating offending",
                    "investigate crime"
                ),
                Q(
                    "ProtectingVulnerablePeople",
                    Pillar.Effectiveness,
                    2015,
                    2018,
                    "How effective is the force at protecting vulnerable people and supporting victims?",
                    "vulnerable"
                ),
                Q(
                    "SeriousAndOrganisedCrime",
                    Pillar.Effectiveness,
                    2015,
                    2018,
                    "How effective is the force at tackling serious and organised crime?",
                    "serious and organised crime"
                ),
                Q(
                    "SpecialistCapabilities",
                    Pillar.Effectiveness,
                    2016,
                    2018,
                    "How effective are the force's specialist capabilities?",
                    "specialist capabilit",
                    "strategic policing requirement",
                    "firearms"
                ),
                Q(
                    "AntiSocialBehaviour",
                    Pillar.Effectiveness,
                    2014,
                    2014,
                    "How effective is the force at tackling anti-social behaviour?",
                    "anti-social behaviour"
                ),
                // Efficiency
                Q("EfficientUseOfResources", Pillar.Efficiency, 2014, 2014, "To what extent is the force efficient?", "to what extent is the force efficient"),
                Q(
                    "FinancialPosition",
                    Pillar.Efficiency,
                    2014,
                    2015,
                    "How sustainable is the force's financial position for the short and long term?",
                    "financial position"
                ),
                Q(
                    "AffordablePolicing",
                    Pillar.Efficiency,
                    2014,
                    2014,
                    "To what extent has the force got an affordable way of providing policing?",
                    "affordable way"
                ),
                Q("WorkforceModel", Pillar.Efficiency, 2015, 2015, "How sustainable and affordable is the workforce model?", "workforce model"),
                Q(
                    "UnderstandingDemand",
                    Pillar.Efficiency,
                    2016,
                    2017,
                    "How well does the force understand demand?",
                    "understand demand",
                    "understand the demand",
                    "understanding of demand"
                ),
                Q(
                    "MeetingDemand",
                    Pillar.Efficiency,
                    2015,
                    2018,
                    "How well does the force meet current demands and use resources?",
                    "current demand",
                    "use its resources",
                    "use resources"
                ),
                Q("PlanningForTheFuture", Pillar.Efficiency, 2016, 2018, "How well does the force plan for the future?", "for the future", "future demand"),
                // Legitimacy
                Q(
                    "TreatingThePublicFairly",
                    Pillar.Legitimacy,
                    2015,
                    2018,
                    "To what extent does the force treat all of the people it serves with fairness and respect?",
                    "people it serves",
                    "treat the public",
                    "treating the public",
                    "engage with"
                ),
                Q(
                    "EthicalAndLawfulWorkforce",
                    Pillar.Legitimacy,
                    2015,
                    2018,
                    "How well does the force ensure that its workforce behaves ethically and lawfully?",
                    "ethically and lawfully",
                    "ethical culture"
                ),
                Q(
                    "TreatingTheWorkforceFairly",
                    Pillar.Legitimacy,
                    2016,
                    2018,
                    "To what extent does the force treat its workforce with fairness and respect?",
                    "workforce with fairness",
                    "treat its workforce",
                    "treating its workforce"
                ),
                Q(
                    "StopAndSearch",
                    Pillar.Legitimacy,
                    2015,
                    2015,
                    "To what extent are decisions taken on the use of stop and search and Taser fair and appropriate?",
                    "stop and search"
                ),
                // Leadership
                Q(
                    "UnderstandingLeadership",
                    Pillar.Leadership,
                    2015,
                    2016,
                    "How well does the force understand its leadership at every level?",
                    "state of its leadership",
                    "understand its leadership",
                    "understand leadership"
                ),
                Q(
                    "DevelopingLeadership",
                    Pillar.Leadership,
                    2015,
                    2016,
                    "How well does the force develop its leadership?",
                    "develop its leader",
                    "develop leader"
                ),
                Q(
                    "DisplayingLeadership",
                    Pillar.Leadership,
                    2015,
                    2016,
                    "How well does the force display leadership?",
                    "display leadership",
                    "displays leadership"
                ),
                // Integrated inspections (2021/22, 2023–25, 2025–27): areas of policing, keyed as the pillar questions they continue.
                Q(
                    "ServiceToVictims",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Providing a service to victims of crime",
                    "service to victims",
                    "gives to victims",
                    "victim service"
                ),
                Q(
                    "TreatingThePublicFairly",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Police powers and public treatment",
                    "public treatment",
                    "treatment of the public",
                    "treating the public",
                    "treat the public",
                    "treats the public",
                    "police powers",
                    "treating people fairly",
                    "treats people fairly"
                ),
                Q(
                    "SeriousAndOrganisedCrime",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Disrupting serious organised crime",
                    "serious organised crime",
                    "serious and organised crime"
                ),
                Q(
                    "PreventingCrime",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
                    "preventing crime",
                    "preventing and deterring crime",
                    "prevent crime",
                    "prevents crime"
                ),
                Q(
                    "RespondingToThePublic",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Responding to the public",
                    "responding to the public",
                    "respond to the public",
                    "responds to the public"
                ),
                Q("InvestigatingCrime", Pillar.Integrated, 2021, 2027, "Investigating crime", "investigating crime", "investigate crime", "investigates crime"),
                Q(
                    "ProtectingVulnerablePeople",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Protecting vulnerable people",
                    "protecting vulnerable people",
                    "protect vulnerable people",
                    "protects vulnerable people"
                ),
                Q(
                    "ManagingOffenders",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Managing offenders and suspects",
                    "managing offenders",
                    "manage offenders",
                    "manages offenders"
                ),
                Q(
                    "Workforce",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Building, supporting and protecting the workforce",
                    "positive workplace",
                    "protecting the workforce",
                    "supporting the workforce"
                ),
                Q("LeadershipAndForceManagement", Pillar.Integrated, 2023, 2027, "Leadership and force management", "leadership and force management"),
                Q("GoodUseOfResources", Pillar.Integrated, 2021, 2022, "Good use of resources", "use of resources", "value for money"),
                Q(
                    "RecordingCrimeData",
                    Pillar.Integrated,
                    2021,
                    2027,
                    "Recording data about crime",
                    "recording data about crime",
                    "crime data integrity",
                    "records data about crime",
                    "recording crime",
                    "records crime"
                ),
                Q(
                    "StrategicPolicingRequirement",
                    Pillar.Integrated,
                    2021,
                    2022,
                    "Meeting the strategic policing requirement",
                    "strategic policing requirement"
                ),
                Q("ArmedThreats", Pillar.Integrated, 2021, 2022, "Protecting the public from armed threats", "armed threats"),
            };

        /// <summary>
        /// Each pillar's questions in the order the PEEL question sets of every year number them: a year's question n is
        /// the n-th of these asked that year (2014 efficiency asks EfficientUseOfResources, FinancialPosition, AffordablePolicing;
        /// 2015 MeetingDemand, WorkforceModel, FinancialPosition; 2016 and 2017 UnderstandingDemand, MeetingDemand, PlanningForTheFuture). Matching
        /// needs another order (specific phrases first), hence two lists.
        /// </summary>
        private static readonly string[] FrameworkOrder =
        {
            "ReducingCrime",
            "PreventingCrime",
            "InvestigatingCrime",
            "ProtectingVulnerablePeople",
            "SeriousAndOrganisedCrime",
            "SpecialistCapabilities",
            "AntiSocialBehaviour",
            "UnderstandingDemand",
            "EfficientUseOfResources",
            "MeetingDemand",
            "WorkforceModel",
            "FinancialPosition",
            "AffordablePolicing",
            "PlanningForTheFuture",
            "TreatingThePublicFairly",
            "EthicalAndLawfulWorkforce",
            "StopAndSearch",
            "TreatingTheWorkforceFairly",
            "UnderstandingLeadership",
            "DevelopingLeadership",
            "DisplayingLeadership",
        };

        /// <summary>
        /// The number the question set of <paramref name="year"/> gives <paramref name="question"/>, or <see langword="null"/> if
        /// it was not asked that year: a page that leaves out a question carried over from an earlier year still numbers the rest by the set.
        /// </summary>
        public static int? FrameworkNumber(KnownQuestion question, int? year)
        {
            if (question.Pillar == Pillar.Integrated || year is null || !question.IsAskedIn(year.Value))
            {
                return null;
            }

            if (!FrameworkPositions.TryGetValue(question.Key, out var position))
            {
                return null;
            }

            var number = 1;
            foreach (var asked in All)
            {
                if (
                    asked.Pillar == question.Pillar
                    && asked.IsAskedIn(year.Value)
                    && FrameworkPositions.TryGetValue(asked.Key, out var before)
                    && before < position
                )
                {
                    number++;
                }
            }
            return number;
        }

        private static readonly Dictionary<string, int> FrameworkPositions = FrameworkOrder
            .Select((key, position) => (key, position))
            .ToDictionary(x => x.key, x => x.position, StringComparer.Ordinal);

        /// <summary>
        /// How many catalog questions of <paramref name="pillar"/> (of any pillar for <c>OtherInspections</c> or none) <paramref name="year"/> asked;
        /// 0 for integrated reports, whose areas are numbered in page order.
        /// </summary>
        public static int AskedCount(Pillar? pillar, int? year) =>
            pillar == Pillar.Integrated
                ? 0
                : All.Count(q => (pillar is null || pillar == Pillar.OtherInspections || q.Pillar == pillar) && year is int asked && q.IsAskedIn(asked));

        /// <summary>
        /// The known question that <paramref name="text"/> (a question or a judgment clause) is about, within
        /// <paramref name="pillar"/>; a question asked in <paramref name="year"/> is preferred. <see langword="null"/> if none.
        /// </summary>
        public static KnownQuestion? Match(string text, Pillar? pillar, int? year)
        {
            var lower = text.ToLowerInvariant();
            KnownQuestion? outOfYear = null;
            foreach (var question in All)
            {
                // "Other inspections" pages carry questions of other pillars (leadership, in 2015-2016).
                if (pillar != null && pillar != Pillar.OtherInspections && question.Pillar != pillar)
                {
                    continue;
                }

                if (!question.Phrases.Any(phrase => lower.IndexOf(phrase, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

                if (year is null || question.IsAskedIn(year.Value))
                {
                    return question;
                }

                outOfYear ??= question;
            }
            return outOfYear;
        }

        /// <summary>
        /// The question with <paramref name="key"/> that <paramref name="pillar"/>'s question set of <paramref name="year"/> has
        /// ("Other inspections" pages carry other pillars' questions), or <see langword="null"/>: what an official grade's key names.
        /// </summary>
        public static KnownQuestion? Find(string key, Pillar pillar, int year) =>
            All.FirstOrDefault(q => q.Key == key && (q.Pillar == pillar || pillar == Pillar.OtherInspections) && q.IsAskedIn(year));

        private static KnownQuestion Q(string key, Pillar pillar, int firstYear, int lastYear, string text, params string[] phrases) =>
            new KnownQuestion(key, pillar, firstYear, lastYear, text, ValueList<string>.From(phrases));
    }
}
