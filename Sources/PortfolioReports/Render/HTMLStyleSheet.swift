/// The inline stylesheet of the HTML report: screen and print rules, system fonts only (no external request).
enum HTMLStyleSheet {
  static let css = """
    :root { --ink: #1F2328; --muted: #59636E; --line: #D0D7DE; --soft: #F6F8FA; --accent: #0072B2; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #FFFFFF; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    .page { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
    header.report-head { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 16px; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 4px; }
    h2 { font-size: 1.4rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 24px 0 8px; }
    .subtitle { color: var(--muted); margin: 0 0 8px; font-size: 1.05rem; }
    .asof { font-weight: 600; margin: 4px 0 8px; }
    dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; font-size: 0.9rem; }
    dl.provenance dt { color: var(--muted); }
    dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; background: var(--soft); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
    nav.toc { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 12px 0 8px; }
    nav.toc ol { margin: 4px 0; padding-left: 20px; columns: 2; }
    nav.toc a { color: var(--accent); text-decoration: none; }
    .note { border-left: 4px solid var(--accent); background: #EEF6FC; padding: 8px 12px; margin: 12px 0; border-radius: 0 4px 4px 0; }
    .note-warning { border-left-color: #CF222E; background: #FFF1F0; }
    .note-illustrative { border-left-color: #B08800; background: #FFF8E1; }
    .note ul { margin: 4px 0 0; padding-left: 20px; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px; margin: 12px 0; }
    .figure { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; padding: 8px 12px; }
    .figure .label { color: var(--muted); font-size: 0.85rem; }
    .figure .label .light { float: right; margin-left: 6px; }
    .figure .value { font-size: 1.35rem; font-weight: 650; font-variant-numeric: tabular-nums; }
    .figure .detail { font-size: 0.85rem; color: var(--muted); }
    .figure.st-green { border-top-color: #1A7F37; }
    .figure.st-amber { border-top-color: #E3B341; }
    .figure.st-red { border-top-color: #CF222E; }
    .figure.st-none { border-top-color: var(--line); }
    .tag { display: inline-block; font-size: 0.72rem; padding: 0 6px; border-radius: 8px; background: #FFF8E1; border: 1px solid #E3B341; color: #6B4F00; margin-left: 4px; vertical-align: middle; }
    .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
    table.wide { font-size: 0.8rem; }
    table.wide th, table.wide td { padding: 3px 5px; }
    caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
    thead th { background: var(--soft); border-bottom: 2px solid var(--line); text-align: left; }
    tbody tr.total td { font-weight: 650; border-top: 2px solid var(--ink); background: #FFFFFF; }
    .al-right { text-align: right; white-space: nowrap; }
    .al-center { text-align: center; }
    thead th.al-right { text-align: right; }
    thead th.al-center { text-align: center; }
    tbody tr:nth-child(even) td { background: #FBFCFD; }
    .light { display: inline-block; min-width: 4.5em; padding: 0 6px; border-radius: 9px; font-size: 0.8rem; font-weight: 600; text-align: center; }
    .light-green { background: #1A7F37; color: #FFFFFF; }
    .light-amber { background: #E3B341; color: #1F2328; }
    .light-red { background: #CF222E; color: #FFFFFF; }
    .light-none { background: #D0D7DE; color: #1F2328; }
    figure.chart { margin: 16px 0 24px; }
    figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
    .chart-svg { display: block; width: 100%; max-width: 880px; height: auto; }
    .chart-svg text { font-size: 12px; fill: #1F2328; }
    .chart-svg .axis-title { font-size: 12px; fill: #59636E; }
    .chart-svg .value-label, .chart-svg .point-label, .chart-svg .marker-label { font-size: 11px; }
    .chart-svg .marker-label { fill: #CF222E; }
    .chart-svg .light-label { font-size: 11px; font-weight: 600; }
    .chart-svg .ink-green, .chart-svg .ink-red { fill: #FFFFFF; }
    .chart-svg .row-label, .chart-svg .col-label { font-weight: 600; }
    .chart-svg .grid { stroke: #E1E4E8; stroke-width: 1; }
    .chart-svg .baseline { stroke: #59636E; stroke-width: 1; }
    .chart-svg .cap { stroke: #1F2328; stroke-width: 2; stroke-dasharray: 6 3; }
    .chart-svg .marker { stroke: #CF222E; stroke-width: 1.5; stroke-dasharray: 4 3; }
    .chart-svg .series { fill: none; stroke-width: 2.5; }
    .chart-svg .series.dashed { stroke-dasharray: 7 4; }
    .chart-svg .milestone { stroke: #1F2328; stroke-width: 1.2; }
    .chart-svg .point { stroke: #FFFFFF; stroke-width: 1.5; }
    .chart-svg .point.chosen { stroke: #1F2328; stroke-width: 2; }
    .chart-svg .bar { stroke: #FFFFFF; stroke-width: 0.5; }
    .chart-alt { font-size: 0.85rem; color: var(--muted); margin: 4px 0 0; }
    details.chart-data { margin-top: 4px; font-size: 0.85rem; }
    details.chart-data summary { cursor: pointer; color: var(--accent); }
    footer.report-foot { margin-top: 40px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.8rem; }
    @media (max-width: 700px) { .page { padding: 12px; } nav.toc ol { columns: 1; } }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { font-size: 10pt; }
      .page { max-width: none; padding: 0; }
      nav.toc, details.chart-data summary, footer.report-foot { display: none; }
      details.chart-data { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3, caption { break-after: avoid; page-break-after: avoid; }
      figure.chart, .figures, .figure, .note, tr { break-inside: avoid; page-break-inside: avoid; }
      .keep { break-inside: avoid; page-break-inside: avoid; }
      .table-wrap { overflow: visible; break-inside: auto; }
      table.wide { font-size: 7.5pt; }
      thead { display: table-header-group; }
      .chart-svg { max-height: 235mm; width: 100%; }
      a { color: inherit; text-decoration: none; }
      tbody tr:nth-child(even) td { background: none; }
      .light, .figure, .chart-svg, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
