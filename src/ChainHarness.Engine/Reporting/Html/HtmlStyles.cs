namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The report's one inline stylesheet: large type for a room, outcome colours (each paired with a
/// symbol and a word), print-friendly. No fonts or images from outside.
/// </summary>
public static class HtmlStyles
{
    public const string Css = """
        :root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --paper:#ffffff; --wash:#f6f8fa;
          --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#cf222e; --fail-bg:#ffebe9; --skip:#9a6700; --skip-bg:#fff8c5;
          --na:#6e7781; --na-bg:#f6f8fa; --todo:#8250df; --todo-bg:#fbefff; --notrun:#d1d9e0; --notrun-bg:#ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--wash); color: var(--ink); font: 17px/1.5 "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        main { max-width: 1400px; margin: 0 auto; padding: 28px 28px 60px; }
        header.top { display: flex; justify-content: space-between; align-items: baseline; flex-wrap: wrap; gap: 8px 24px; }
        header.top .brand { color: var(--muted); font-size: 15px; letter-spacing: .04em; text-transform: uppercase; }
        header.top h1 { margin: 2px 0 0; font-size: 30px; }
        header.top .meta { color: var(--muted); font-size: 15px; }
        section { background: var(--paper); border: 1px solid var(--line); border-radius: 14px; padding: 22px 26px; margin-top: 22px; }
        h2 { font-size: 22px; margin: 0 0 14px; }
        .verdict { display: grid; grid-template-columns: 84px 1fr; gap: 4px 22px; align-items: center; border-width: 0 0 0 12px; }
        .verdict .mark { grid-row: span 2; width: 84px; height: 84px; border-radius: 50%; display: grid; place-items: center; font-size: 50px; font-weight: 700; color: #fff; }
        .verdict h2 { font-size: 34px; line-height: 1.2; margin: 0; }
        .verdict.closed { border-color: var(--pass); } .verdict.closed .mark { background: var(--pass); } .verdict.closed h2 { color: var(--pass); }
        .verdict.open { border-color: var(--fail); } .verdict.open .mark { background: var(--fail); } .verdict.open h2 { color: var(--fail); }
        .verdict .counts { color: var(--muted); font-size: 16px; }
        .verdict dl.why { grid-column: 1 / -1; margin: 14px 0 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 8px 18px; margin: 0; }
        dl.facts dt { font-weight: 600; color: var(--muted); }
        dl.facts dd { margin: 0; }
        .why dd { font-size: 20px; }
        .finding-code { display: inline-block; font-weight: 700; background: var(--ink); color: #fff; border-radius: 6px; padding: 0 7px; margin-right: 6px; font-size: .9em; }
        svg.chain { width: 100%; height: auto; display: block; font-family: inherit; }
        .lane rect { fill: var(--wash); stroke: var(--line); }
        .lane-name { font-size: 16px; font-weight: 700; fill: var(--ink); }
        .lane-steps { font-size: 14px; fill: var(--muted); }
        .dep { fill: none; stroke: #8c959f; stroke-width: 2.2; stroke-linejoin: round; }
        .dep.broken { stroke: #c8ced5; stroke-dasharray: 6 5; }
        .arrowhead { fill: #8c959f; } .arrowhead.broken { fill: #c8ced5; }
        .box .frame { stroke-width: 2.2; }
        .box-id { font-size: 27px; font-weight: 700; fill: var(--ink); }
        .box-name { font-size: 14px; fill: var(--ink); }
        .box-status { font-size: 16px; font-weight: 700; fill: #fff; }
        .box .halo { fill: none; stroke: var(--fail); stroke-opacity: .35; stroke-width: 6; display: none; } .box.st-failed .halo { display: inline; }
        a:hover .box .frame { stroke-width: 3.5; }
        .st-passed .frame { fill: var(--pass-bg); stroke: var(--pass); } .st-passed .band { fill: var(--pass); }
        .st-failed .frame { fill: var(--fail-bg); stroke: var(--fail); stroke-width: 3.5; } .st-failed .band { fill: var(--fail); }
        .st-skipped .frame { fill: var(--skip-bg); stroke: var(--skip); stroke-dasharray: 7 4; } .st-skipped .band { fill: var(--skip); }
        .st-notapplicable .frame { fill: var(--na-bg); stroke: var(--na); } .st-notapplicable .band { fill: var(--na); }
        .st-notimplemented .frame { fill: var(--todo-bg); stroke: var(--todo); stroke-dasharray: 2 4; } .st-notimplemented .band { fill: var(--todo); }
        .st-notrun .frame { fill: var(--notrun-bg); stroke: #afb8c1; stroke-dasharray: 2 4; } .st-notrun .band { fill: var(--notrun); } .st-notrun .box-status { fill: var(--ink); }
        ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 10px 22px; padding: 0; margin: 14px 0 0; font-size: 15px; }
        ul.legend li { display: flex; align-items: center; gap: 8px; }
        .chip { display: inline-block; border-radius: 999px; padding: 1px 11px; font-weight: 700; font-size: 15px; color: #fff; white-space: nowrap; }
        .chip.st-passed { background: var(--pass); } .chip.st-failed { background: var(--fail); } .chip.st-skipped { background: var(--skip); }
        .chip.st-notapplicable { background: var(--na); } .chip.st-notimplemented { background: var(--todo); } .chip.st-notrun { background: var(--notrun); color: var(--ink); }
        .note { color: var(--muted); font-size: 15px; margin: 10px 0 0; }
        ul.changes { margin: 0; padding-left: 22px; } ul.changes li { margin: 4px 0; }
        details.step { border: 1px solid var(--line); border-left: 8px solid var(--line); border-radius: 10px; margin: 12px 0; background: var(--paper); }
        details.step.st-passed { border-left-color: var(--pass); } details.step.st-failed { border-left-color: var(--fail); background: #fffafa; }
        details.step.st-skipped { border-left-color: var(--skip); } details.step.st-notimplemented { border-left-color: var(--todo); }
        details.step.st-notapplicable { border-left-color: var(--na); }
        details.step > summary { cursor: pointer; padding: 12px 16px; display: flex; gap: 14px; align-items: center; flex-wrap: wrap; font-size: 18px; }
        details.step > summary .sid { font-weight: 700; min-width: 2.4em; }
        details.step > summary .time { margin-left: auto; color: var(--muted); font-size: 14px; }
        details.step .body { padding: 4px 18px 16px 18px; }
        details.evidence { border-top: 1px solid var(--line); padding: 6px 0; }
        details.evidence > summary { cursor: pointer; font-size: 15px; }
        .http { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 14px; }
        .code-ok { color: var(--pass); font-weight: 700; } .code-bad { color: var(--fail); font-weight: 700; }
        pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; overflow: auto; max-height: 420px; font-size: 13px; white-space: pre-wrap; word-break: break-word; }
        .body-label { font-size: 14px; color: var(--muted); margin-top: 8px; }
        footer { color: var(--muted); font-size: 14px; margin-top: 26px; }
        @media print { body { background: #fff; } section, details.step { break-inside: avoid; } details.step { border-left-width: 4px; } }
        """;
}
