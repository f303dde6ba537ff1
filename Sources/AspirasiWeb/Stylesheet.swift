/// The console's one stylesheet, served by the hub (no CDN, no web fonts: city intranets are often
/// closed). Status colours follow Jakarta's convention; every text colour pair reaches 4.5:1.
public enum Stylesheet {
    public static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --line: #d0d4da; --bg: #f4f6f8; --brand: #0b3d6e;
          --red: #b3261e; --red-bg: #fde8e6; --yellow: #7a5200; --yellow-bg: #fff4cc; --yellow-fill: #f2b705;
          --green: #1b6b2a; --green-bg: #e3f4e6; --grey: #4d4d4d; --grey-bg: #ececec; --focus: #1565c0; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
          sans-serif; color: var(--ink); background: var(--bg); }
        a { color: #0b57a4; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
        summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
        .skip:focus { left: .5rem; z-index: 10; }
        header.top { background: var(--brand); color: #fff; display: flex; flex-wrap: wrap; align-items: center;
          gap: .25rem 1rem; padding: .5rem 1rem; }
        header.top .brand { font-weight: 700; }
        header.top nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
        header.top nav a { color: #fff; text-decoration: none; padding: .35rem .6rem; border-radius: 4px;
          display: inline-block; }
        header.top nav a[aria-current="page"], header.top nav a:hover { background: rgba(255,255,255,.18); }
        header.top .who { margin-left: auto; display: flex; align-items: center; gap: .5rem; font-size: .9rem; }
        header.top .who form { margin: 0; }
        button.link { background: none; border: 1px solid rgba(255,255,255,.6); color: #fff; border-radius: 4px;
          padding: .3rem .7rem; font: inherit; cursor: pointer; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .25rem 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
        .flash { padding: .75rem 1rem; border-radius: 6px; border: 1px solid; }
        .flash.success { background: var(--green-bg); border-color: var(--green); color: var(--green); }
        .flash.error { background: var(--red-bg); border-color: var(--red); color: var(--red); }
        .card, section.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem;
          margin-bottom: 1rem; }
        .card > :first-child, section.panel > :first-child { margin-top: 0; }
        .card > :last-child, section.panel > :last-child { margin-bottom: 0; }
        .badge { display: inline-flex; align-items: center; gap: .3rem; font-size: .85rem; font-weight: 600;
          padding: .1rem .5rem; border-radius: 999px; border: 1px solid; white-space: nowrap; }
        .badge.tone-red { color: var(--red); background: var(--red-bg); }
        .badge.tone-yellow { color: var(--yellow); background: var(--yellow-bg); }
        .badge.tone-green { color: var(--green); background: var(--green-bg); }
        .badge.tone-grey { color: var(--grey); background: var(--grey-bg); }
        .badge.overdue { color: #fff; background: var(--red); border-color: var(--red); }
        .icon { flex: none; vertical-align: -2px; }
        .tabs { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .75rem; padding: 0; list-style: none; }
        .tabs a { display: inline-block; padding: .35rem .75rem; border: 1px solid var(--line); border-radius: 6px;
          background: #fff; text-decoration: none; color: var(--ink); }
        .tabs a[aria-current="true"] { background: var(--brand); color: #fff; border-color: var(--brand); }
        .tabs .count { font-weight: 700; margin-left: .25rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; margin-bottom: 1rem; }
        form.filters label, .field label { display: block; font-size: .85rem; color: var(--muted); font-weight: 600; }
        input, select, textarea, button { font: inherit; }
        input[type=text], input[type=search], input[type=password], input[type=date], input[type=number],
        select, textarea { padding: .45rem .5rem; border: 1px solid #8a8f98; border-radius: 4px; background: #fff;
          max-width: 100%; min-height: 2.5rem; }
        textarea { width: 100%; min-height: 4.5rem; }
        button, .button { background: var(--brand); color: #fff; border: 0; border-radius: 4px;
          padding: .55rem 1rem; cursor: pointer; min-height: 2.5rem; text-decoration: none; display: inline-block; }
        button.secondary { background: #fff; color: var(--brand); border: 1px solid var(--brand); }
        button.danger { background: var(--red); }
        .field { margin-bottom: .75rem; }
        table.list { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
        table.list th, table.list td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line);
          vertical-align: top; }
        table.list th { background: #eef1f5; font-size: .85rem; }
        table.queue tr.row { border-left: 6px solid transparent; }
        table.queue tr.tone-red td:first-child { box-shadow: inset 6px 0 0 var(--red); }
        table.queue tr.tone-yellow td:first-child { box-shadow: inset 6px 0 0 var(--yellow-fill); }
        table.queue tr.tone-green td:first-child { box-shadow: inset 6px 0 0 var(--green); }
        table.queue tr.tone-grey td:first-child { box-shadow: inset 6px 0 0 #9e9e9e; }
        table.queue td:first-child { padding-left: 1rem; }
        table.queue td[data-label="Kanal"], table.queue td[data-label="Masuk"] { white-space: nowrap; }
        .number { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
        .summary { color: var(--muted); font-size: .9rem; }
        .pager { display: flex; gap: .3rem; flex-wrap: wrap; margin: 1rem 0; list-style: none; padding: 0; }
        .pager a, .pager span { padding: .35rem .7rem; border: 1px solid var(--line); border-radius: 4px;
          background: #fff; text-decoration: none; }
        .pager [aria-current] { background: var(--brand); color: #fff; }
        .report-head { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
        .grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1rem; }
        .grid.halves { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
        circle.incident { fill: var(--red-bg); stroke: var(--red); stroke-width: 3; }
        text.incident-count { font-size: 11px; font-weight: 700; fill: var(--red); pointer-events: none; }
        table.queue tr.incident td { background: var(--red-bg); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        ol.timeline { list-style: none; padding: 0; margin: 0; }
        ol.timeline li { border-left: 3px solid var(--line); padding: .25rem 0 .75rem .75rem; position: relative; }
        ol.timeline li.message { border-left-color: #0b57a4; }
        ol.timeline li.delivery { border-left-color: #8a8f98; }
        ol.timeline time { font-size: .85rem; color: var(--muted); display: block; }
        ol.timeline .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        .state-sent { color: var(--green); font-weight: 600; }
        .state-dead, .state-possibly_sent { color: var(--red); font-weight: 600; }
        .state-pending, .state-sending { color: var(--yellow); font-weight: 600; }
        .photos { display: flex; flex-wrap: wrap; gap: .5rem; }
        .photos img { width: 120px; height: 120px; object-fit: cover; border-radius: 4px; border: 1px solid var(--line); }
        .actions details { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .5rem; background: #fff; }
        .actions summary { padding: .6rem .75rem; cursor: pointer; font-weight: 600; }
        .actions details form { padding: 0 .75rem .75rem; }
        svg.map { width: 100%; max-width: 100%; height: auto; display: block; background: #eef3f8; border-radius: 6px; }
        svg.map .outline { fill: #cfe0f3; stroke: #0b3d6e; stroke-width: 1.5; }
        svg.map .area { stroke: #fff; stroke-width: .6; }
        svg.map a:focus .area, svg.map a:hover .area { stroke: #000; stroke-width: 2; }
        .shade-0 { fill: #dfe6ee; } .shade-1 { fill: #f6d7a7; } .shade-2 { fill: #f0a860; }
        .shade-3 { fill: #d9662b; } .shade-4 { fill: #a8361a; }
        svg.map .dot { stroke: #fff; stroke-width: 1.5; }
        svg.map .dot.tone-red { fill: var(--red); } svg.map .dot.tone-yellow { fill: var(--yellow-fill); stroke: #000; }
        svg.map .dot.tone-green { fill: var(--green); } svg.map .dot.tone-grey { fill: #757575; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; font-size: .9rem; align-items: center; }
        .swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #999; vertical-align: -3px; }
        .login { max-width: 380px; margin: 2rem auto; }
        .login input { width: 100%; }
        .secret { font-family: ui-monospace, monospace; background: var(--yellow-bg); padding: .5rem; word-break: break-all; }
        .muted { color: var(--muted); }
        .inline { display: inline; }
        .row-actions { display: flex; flex-wrap: wrap; gap: .4rem; }
        .row-actions form { margin: 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
        input[list] { min-width: min(24rem, 100%); }
        input[type=number] { width: 7rem; }
        svg.chart { width: 100%; height: auto; display: block; max-width: 760px; }
        svg.chart .label, svg.chart .value { font-size: 12px; fill: #1b1f24; }
        svg.chart .bar.good { fill: #1b7a3a; } svg.chart .bar.poor { fill: #b3261e; }
        svg.chart .axis { stroke: #757575; }
        .rate-0 { fill: #b3261e; } .rate-1 { fill: #e8833a; } .rate-2 { fill: #f2c94c; }
        .rate-3 { fill: #8cc56b; } .rate-4 { fill: #1b7a3a; } .rate-none { fill: url(#no-data); }
        .stats { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
        .stats .stat { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; min-width: 9rem; }
        .stats .stat span { display: block; color: var(--muted); font-size: .85rem; }
        .stats .stat strong { font-size: 1.4rem; }
        .evaluation section { margin-top: 1.2rem; }
        .evaluation caption { text-align: left; font-weight: 600; padding: .4rem 0; }
        @media print {
          header.top, .skip, .no-print { display: none !important; }
          main { padding: 0; max-width: none; }
          .evaluation section { break-inside: avoid; }
          svg.map, svg.chart { max-width: 100%; background: none; }
          body { background: #fff; font-size: 11pt; }
        }
        @media (max-width: 760px) {
          main { padding: .6rem; }
          .grid, .grid.halves { grid-template-columns: 1fr; }
          header.top .who { margin-left: 0; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
          table.cards thead { position: absolute; left: -9999px; }
          table.cards { border: 0; background: none; }
          table.cards tr { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin-bottom: .6rem;
            padding: .4rem .6rem .4rem 1rem; position: relative; }
          table.cards td { border: 0; padding: .15rem 0; }
          table.cards td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
          table.queue tr.tone-red { box-shadow: inset 6px 0 0 var(--red); }
          table.queue tr.tone-yellow { box-shadow: inset 6px 0 0 var(--yellow-fill); }
          table.queue tr.tone-green { box-shadow: inset 6px 0 0 var(--green); }
          table.queue tr.tone-grey { box-shadow: inset 6px 0 0 #9e9e9e; }
          table.queue td:first-child { box-shadow: none !important; padding-left: 0; }
          form.filters { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
          form.filters > div:first-child { grid-column: 1 / -1; }
          form.filters select, form.filters input:not([type=checkbox]) { width: 100%; }
        }
        .public section { margin-top: 1.2rem; }
        form.track { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; margin: 1rem 0; }
        form.track label { display: block; font-weight: 600; }
        form.track input { font-size: 1.15rem; padding: .45rem .6rem; border: 1px solid #8a8f98; border-radius: 4px;
          width: 13rem; max-width: 100%; min-height: 2.5rem; }
        ul.finished { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem;
          padding: 0; margin: 0; list-style: none; }
        ul.finished li { background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        ul.finished img, ul.finished .no-photo { width: 100%; height: 10rem; object-fit: cover; display: block;
          background: var(--grey-bg); }
        ul.finished .no-photo { display: flex; align-items: center; justify-content: center; color: var(--muted); }
        ul.finished .text { padding: .5rem .75rem; }
        .tracked .photo { margin: .75rem 0; }
        .tracked .photo img { width: 24rem; max-width: 100%; height: auto; max-height: 18rem; object-fit: cover;
          border-radius: 6px; border: 1px solid var(--line); display: block; }
        .tracked .photo figcaption { font-size: .9rem; color: var(--muted); margin-top: .3rem; }
        .public svg.map { max-width: 820px; }
        .public .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); max-width: 820px; }
        """
}
