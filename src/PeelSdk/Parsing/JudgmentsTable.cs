using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>One area of a judgments table and its grade; offsets are into each line's <see cref="SourceLine.Content"/>.</summary>
    internal readonly record struct TableArea(
        string Name,
        SourceLine NameLine,
        int NameOffset,
        Grade Grade,
        SourceLine GradeLine,
        int GradeOffset,
        int GradeLength
    );

    /// <summary>
    /// Reads the judgments table that follows "… as follows:" in an integrated report, in the renderings a text copy or a PDF
    /// text gives it: the five grade words as column headings with the areas in their columns (tab- or space-aligned); one area
    /// and its grade per line ("Investigating crime&lt;TAB&gt;Adequate", "Investigating crime – Adequate"); or a grade word on its
    /// own line followed by its areas. The table ends at the first line that is none of these (a sentence, a heading of the report).
    /// </summary>
    internal static class JudgmentsTable
    {
        // Longer than any area name: a line this long is prose.
        private const int MaxCell = 120;

        private static readonly Regex CellBreak = new Regex(@"\t+|\s{2,}|\s+[–—-]\s+", RegexOptions.CultureInvariant);

        /// <summary>The table's areas, and the index of the first line after the table (<paramref name="start"/> if there is none).</summary>
        public static (List<TableArea> Areas, int End) Read(IReadOnlyList<SourceLine> lines, int start)
        {
            var areas = new List<TableArea>();
            var end = start;
            List<(Grade Grade, int Offset, int TabIndex)>? columns = null;
            SourceLine? columnLine = null;
            (Grade Grade, SourceLine Line)? group = null;
            for (var i = start; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                var trimmed = line.Trimmed;
                if (!IsTableLike(trimmed))
                {
                    break;
                }

                var cells = Cells(line.Content);
                if (cells.Exists(c => c.Text.Length == 0))
                {
                    break;
                }

                if (cells.Count >= 2 && cells.TrueForAll(c => GradeWords.TryParse(c.Text, out _)))
                {
                    columns = cells.ConvertAll(c => (Parse(c.Text), c.Offset, c.TabIndex));
                    columnLine = line;
                    group = null;
                }
                else if (cells.Count == 1 && GradeWords.TryParse(cells[0].Text, out var heading))
                {
                    group = (heading, line);
                    columns = null;
                }
                else if (cells.Count == 2 && (GradeWords.TryParse(cells[1].Text, out var grade) || GradeWords.TryParse(cells[0].Text, out grade)))
                {
                    var (area, graded) = GradeWords.TryParse(cells[1].Text, out _) ? (cells[0], cells[1]) : (cells[1], cells[0]);
                    areas.Add(new TableArea(area.Text, line, area.Offset, grade, line, graded.Offset, graded.Text.Length));
                }
                else if (columns != null)
                {
                    // Tab counts and character positions do not compare: a row laid out unlike its headings cannot be placed.
                    var tabbed = columnLine!.Value.Content.IndexOf('\t') >= 0;
                    if ((line.Content.IndexOf('\t') >= 0) != tabbed)
                    {
                        break;
                    }

                    foreach (var cell in cells)
                    {
                        if (ColumnOf(columns, cell, tabbed) is not { } column)
                        {
                            continue;
                        }

                        var above = areas.FindLastIndex(a => a.GradeLine.Number == columnLine.Value.Number && a.GradeOffset == column.Offset);
                        if (!Continue(areas, above, cell.Text))
                        {
                            areas.Add(
                                new TableArea(
                                    cell.Text,
                                    line,
                                    cell.Offset,
                                    column.Grade,
                                    columnLine.Value,
                                    column.Offset,
                                    GradeWords.InText(column.Grade).Length
                                )
                            );
                        }
                    }
                }
                else if (group is { } current && cells.Count == 1)
                {
                    var above = areas.Count > 0 && areas[areas.Count - 1].GradeLine.Number == current.Line.Number ? areas.Count - 1 : -1;
                    if (!Continue(areas, above, cells[0].Text))
                    {
                        areas.Add(
                            new TableArea(
                                cells[0].Text,
                                line,
                                cells[0].Offset,
                                current.Grade,
                                current.Line,
                                current.Line.ContentStart,
                                current.Line.Trimmed.Length
                            )
                        );
                    }
                }
                else
                {
                    break;
                }
                end = i + 1;
            }
            return (areas, end);
        }

        /// <summary>Short text that is not a sentence and not a heading the report's own sections use.</summary>
        private static bool IsTableLike(string trimmed) =>
            trimmed.Length <= MaxCell * 3
            && ".:;?!".IndexOf(trimmed[trimmed.Length - 1]) < 0
            && !trimmed.StartsWith("We ", StringComparison.Ordinal)
            && !IntegratedPatterns.IsNoteHeading(trimmed)
            && !IntegratedPatterns.IsOverallSummary(trimmed)
            && !IntegratedPatterns.IsOurJudgments(trimmed);

        /// <summary>A cell that starts in lower case continues the area name above it in its column, wrapped by the page: joins it.</summary>
        private static bool Continue(List<TableArea> areas, int above, string text)
        {
            if (above < 0 || !char.IsLower(text[0]))
            {
                return false;
            }

            areas[above] = areas[above] with { Name = areas[above].Name + " " + text };
            return true;
        }

        private static Grade Parse(string words)
        {
            GradeWords.TryParse(words, out var grade);
            return grade;
        }

        /// <summary>
        /// The column a cell stands in: by tab count where the lines use tabs; by position, only where the heading it starts
        /// under is also the one its middle stands under (a cell centred across two columns is not graded: no grade beats a wrong one).
        /// </summary>
        private static (Grade Grade, int Offset)? ColumnOf(List<(Grade Grade, int Offset, int TabIndex)> columns, Cell cell, bool tabbed)
        {
            if (tabbed)
            {
                var byTab = columns.FindIndex(c => c.TabIndex == cell.TabIndex);
                return byTab >= 0 ? (columns[byTab].Grade, columns[byTab].Offset) : null;
            }
            var byStart = columns.FindLastIndex(c => c.Offset <= cell.Offset + 2);
            var byMiddle = columns.FindLastIndex(c => c.Offset <= cell.Offset + (cell.Text.Length / 2));
            return byStart >= 0 && byStart == byMiddle ? (columns[byStart].Grade, columns[byStart].Offset) : null;
        }

        private readonly record struct Cell(string Text, int Offset, int TabIndex);

        /// <summary>The non-empty cells of a line, split at tabs, runs of two or more spaces, or a spaced dash.</summary>
        private static List<Cell> Cells(string content)
        {
            var cells = new List<Cell>();
            var position = 0;
            var tabs = 0;
            foreach (Match separator in CellBreak.Matches(content))
            {
                Add(separator.Index);
                tabs += Count(separator.Value, '\t');
                position = separator.Index + separator.Length;
            }
            Add(content.Length);
            return cells;

            void Add(int end)
            {
                var text = content.Substring(position, end - position);
                var trimmed = text.Trim();
                if (trimmed.Length > 0 && trimmed.Length <= MaxCell)
                {
                    cells.Add(new Cell(trimmed, position + text.IndexOf(trimmed, StringComparison.Ordinal), tabs));
                }
                else if (trimmed.Length > MaxCell)
                {
                    cells.Add(new Cell(string.Empty, position, tabs));
                }
            }
        }

        private static int Count(string text, char c)
        {
            var count = 0;
            foreach (var ch in text)
            {
                if (ch == c)
                {
                    count++;
                }
            }
            return count;
        }
    }
}
