using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PeelSdk.Cli
{
    /// <summary>
    /// Writes <c>peel grades</c>: per year or cycle, a force × question matrix of grades, columns numbered and named in a
    /// legend below it. Cells are coloured (ANSI) only when asked to, which <see cref="PeelCommand"/> does when standard output is a
    /// terminal and <c>NO_COLOR</c> is not set.
    /// </summary>
    public static class GradeTableView
    {
        private const int CellWidth = 5;

        /// <summary>Writes the matrix of each year of <paramref name="catalog"/> (or of <paramref name="year"/> only).</summary>
        public static void Write(PeelCatalog catalog, int? year, bool color, TextWriter output)
        {
            var years = catalog.Select(r => r.Year).Distinct().Where(y => year is null || y == year).OrderBy(y => y).ToList();
            foreach (var shown in years)
            {
                var matrix = catalog.Grades(shown);
                var cells = new Dictionary<(string, GradeColumn), GradeCell>();
                foreach (var cell in matrix.Cells)
                {
                    if (!cells.ContainsKey((cell.Force, cell.Column)))
                    {
                        cells.Add((cell.Force, cell.Column), cell);
                    }
                }
                var nameWidth = Math.Max(5, matrix.Forces.Max(f => f.Length)) + 2;
                output.WriteLine($"PEEL {matrix.Cycle} ({(matrix.GradeScale == GradeScale.FiveTier ? "five" : "four")}-tier grades)");
                output.WriteLine("Force".PadRight(nameWidth) + string.Concat(matrix.Columns.Select((_, i) => Number(i + 1).PadRight(CellWidth + 1))).TrimEnd());
                foreach (var force in matrix.Forces)
                {
                    var row = force.PadRight(nameWidth);
                    foreach (var column in matrix.Columns)
                    {
                        cells.TryGetValue((force, column), out var cell);
                        var text = (cell is null ? string.Empty : Short(cell.Grade)).PadRight(CellWidth);
                        row += (color && cell?.Grade is Grade grade ? Paint(grade, text) : text) + " ";
                    }
                    output.WriteLine(row.TrimEnd());
                }
                for (var i = 0; i < matrix.Columns.Count; i++)
                {
                    output.WriteLine($"  {Number(i + 1), 3}  {matrix.Columns[i].Pillar}: {matrix.Columns[i].Key}");
                }

                output.WriteLine();
            }
            output.WriteLine(
                string.Join(
                    ", ",
                    GradeWords.BestFirst.Select(g =>
                        GradeWords.Short(g) == GradeWords.Label(g) ? GradeWords.Short(g) : $"{GradeWords.Short(g)} = {GradeWords.InText(g)}"
                    )
                ) + ", · = no grade stated. Four- and five-tier grades are not directly comparable."
            );
        }

        /// <summary>The cell text of a grade, or "·" for none.</summary>
        public static string Short(Grade? grade) => grade is Grade known ? GradeWords.Short(known) : "·";

        // Background colours, dark text on the light ones: green for the best grades through yellow to red.
        private static string Paint(Grade grade, string text) =>
            grade switch
            {
                Grade.Outstanding => $"\u001b[97;42m{text}\u001b[0m",
                Grade.Good => $"\u001b[30;102m{text}\u001b[0m",
                Grade.Adequate => $"\u001b[30;103m{text}\u001b[0m",
                Grade.RequiresImprovement => $"\u001b[30;43m{text}\u001b[0m",
                _ => $"\u001b[97;41m{text}\u001b[0m",
            };

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
