namespace PeelSdk.Cli
{
    /// <summary>The grade map page's own style and script, inlined so the page works offline and loads nothing from elsewhere.</summary>
    internal static class GradeMapAssets
    {
        public const string Head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>PEEL grade map</title>
            <style>
            body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 22rem;
                   grid-template-rows: auto 1fr; height: 100vh; color: #1b1b1b; }
            header { grid-column: 1 / 3; padding: .5rem 1rem; border-bottom: 1px solid #ccc; }
            h1 { font-size: 1.3rem; margin: 0 0 .25rem; } h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; } h2 small { font-weight: normal; color: #555; }
            main { overflow: auto; padding: 0 1rem 1rem; } aside { overflow: auto; padding: 0 1rem; border-left: 1px solid #ccc; background: #fafafa; }
            table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: 0; }
            th[scope=row] { text-align: left; padding: 0 .5rem; white-space: nowrap; }
            thead th { font-weight: normal; font-size: 12px; vertical-align: bottom; max-width: 8rem; }
            button { font: inherit; color: inherit; border: 0; background: none; width: 100%; padding: .3rem .4rem; cursor: pointer; }
            td button { min-width: 6.5rem; min-height: 2rem; }
            [data-grade=Outstanding] { background: #1a7f37; color: #fff; } [data-grade=Good] { background: #7cc47f; }
            [data-grade=Adequate] { background: #f2d45c; } [data-grade=RequiresImprovement] { background: #f0a04b; }
            [data-grade=Inadequate] { background: #c62828; color: #fff; }
            td.selected { outline: 3px solid #1d4ed8; outline-offset: -3px; }
            .legend span { display: inline-block; padding: .1rem .5rem; margin-right: .25rem; }
            [hidden] { display: none !important; }
            </style>
            </head>
            <body>

            """;

        /// <summary>The script, with the grades' sort order (<see cref="GradeWords.BestFirst"/>) written in.</summary>
        public static string Tail { get; } =
            Script.Replace(
                "/*RANK*/",
                string.Join(
                    ", ",
                    System.Linq.Enumerable.Select(GradeWords.BestFirst, (grade, rank) =>
                        $"{grade}: {rank.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                    )
                )
            );

        private const string Script = """
            <script>
            (function () {
              // The findings are parsed on the first click, not at load: a national page carries megabytes of them.
              let data = null;
              const details = document.getElementById('details');
              const rank = { /*RANK*/ };
              function element(name, text) { const e = document.createElement(name); if (text !== undefined) e.textContent = text; return e; }
              function show(button) {
                data = data || JSON.parse(document.getElementById('findings').textContent);
                const d = data[button.dataset.cell];
                details.replaceChildren(element('h2', d.title), element('p', d.question), element('p', 'Grade: ' + d.grade));
                const list = element('ol');
                for (const [text, source] of d.findings) {
                  const item = element('li', text + ' ');
                  item.appendChild(element('small', source));
                  list.appendChild(item);
                }
                details.appendChild(list);
                document.querySelectorAll('td.selected').forEach(c => c.classList.remove('selected'));
                button.parentElement.classList.add('selected');
              }
              function sortBy(th) {
                const table = th.closest('table'), index = Array.from(th.parentElement.children).indexOf(th);
                const ascending = th.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('th[aria-sort]').forEach(h => h.setAttribute('aria-sort', 'none'));
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                const key = row => { const g = row.cells[index].dataset.grade; return g in rank ? rank[g] : 9; };
                const rows = Array.from(table.tBodies[0].rows);
                rows.sort((a, b) => (key(a) - key(b)) * (ascending ? 1 : -1) || a.cells[0].textContent.localeCompare(b.cells[0].textContent));
                rows.forEach(row => table.tBodies[0].appendChild(row));
              }
              function filter() {
                const year = document.getElementById('year').value, pillar = document.getElementById('pillar').value;
                document.querySelectorAll('section.year').forEach(section => {
                  section.querySelectorAll('[data-pillar]').forEach(cell => { cell.hidden = pillar !== '' && cell.dataset.pillar !== pillar; });
                  section.hidden = (year !== '' && section.dataset.year !== year)
                    || (pillar !== '' && !section.querySelector('th[data-pillar="' + pillar + '"]'));
                });
              }
              document.querySelector('main').addEventListener('click', event => {
                const cell = event.target.closest('button[data-cell]');
                if (cell) show(cell); else if (event.target.closest('button.sort')) sortBy(event.target.closest('th'));
              });
              document.getElementById('year').addEventListener('change', filter);
              document.getElementById('pillar').addEventListener('change', filter);
            })();
            </script>
            </body>
            </html>

            """;
    }
}
