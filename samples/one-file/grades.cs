#:package PeelSdk@0.1.0
// The quickest way in: save this file in a folder of reports (*.peel.txt) and run `dotnet run grades.cs` (.NET 10 SDK).
using PeelSdk;
using PeelSdk.Reports;

foreach (var report in PeelReports.All)
{
    var graded = report.Questions.Where(q => q.Grade != null).Select(q => $"{q.Key} {q.Grade}");
    Console.WriteLine($"{report}: {report.Headline.Grade?.ToString() ?? "no headline grade"}; {string.Join(", ", graded)}");
}
