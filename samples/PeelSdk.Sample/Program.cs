using System;
using System.Linq;
using PeelSdk;
using PeelSdk.Sample.Reports;

// Everything below reads the typed API generated at compile time from seeds/*.peel.txt: no parsing at run time.
foreach (var report in PeelReports.All)
{
    Console.WriteLine($"{report.Force.FullName ?? report.Force.Name} | PEEL {report.Year} | {report.Pillar}");
    Console.WriteLine($"Headline: {report.Headline.Text} ({GradeText(report.Headline.Grade)})");
    Console.WriteLine();

    var questionWidth = Math.Min(60, report.Questions.Max(q => q.Key.Length));
    Console.WriteLine($" #  {"Question".PadRight(questionWidth)}  {"Grade", -20}  Findings");
    Console.WriteLine($" -  {new string('-', questionWidth)}  {new string('-', 20)}  --------");
    foreach (var question in report.Questions)
    {
        Console.WriteLine($" {question.Number}  {question.Key.PadRight(questionWidth)}  {GradeText(question.Grade), -20}  {question.Findings.Count, 8}");
    }

    Console.WriteLine();
    Console.WriteLine($"Areas for improvement ({report.AreasForImprovement.Count}):");
    foreach (var area in report.AreasForImprovement)
    {
        Console.WriteLine($" - {area.Text} [line {area.Source.Line}]");
    }
    Console.WriteLine();
}

// Members are typed: a question is a property, so a typo here is a compile error, not a null at run time.
var preventingCrime = PeelReports.Cheshire.Peel2015.Effectiveness.PreventingCrime;
Console.WriteLine(
    $"Cheshire 2015, preventing crime: {GradeText(preventingCrime.Grade)}, stated at line {preventingCrime.GradeLine}: \"{preventingCrime.Judgment?.Text}\""
);

static string GradeText(Grade? grade) => grade is Grade stated ? GradeWords.Label(stated) : "not stated";
