namespace ChainHarness.Board.Page;

/// <summary>
/// The board's stylesheet, after the report's own (<c>HtmlStyles</c>): a dark bar, large controls,
/// the verdict banner, the picture beside the "why" panel, and the two live states the report
/// does not have (running, waiting), which move so a room sees where the chain is.
/// </summary>
internal static class BoardStyles
{
    public const string Css = """
        :root { --run:#0969da; --run-bg:#ddf4ff; --bar:#1f2328; }
        body { background: #eef1f5; font-size: 18px; }
        header.bar { display: flex; align-items: center; gap: 26px; padding: 12px 28px; background: var(--bar); color: #fff; }
        header.bar .brand { flex: none; font-size: 23px; font-weight: 700; letter-spacing: .01em; line-height: 1.2; }
        header.bar .dot { color: #8c959f; }
        header.bar .who { font-size: 17px; font-weight: 400; color: #d1d9e0; } header.bar .who span { color: #8c959f; }
        .controls { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 12px; }
        .controls label { font-weight: 700; font-size: 17px; color: #d1d9e0; }
        #scenario { flex: 1 1 auto; min-width: 0; max-width: 900px; font: inherit; font-size: 18px; padding: 9px 12px; border-radius: 10px; border: 0; background: #fff; color: var(--ink); }
        #start { flex: none; font: inherit; font-size: 20px; font-weight: 700; padding: 8px 28px; border-radius: 10px; border: 0; background: var(--run); color: #fff; cursor: pointer; }
        #start:hover { background: #0550ae; } #start:disabled { background: #57606a; color: #d1d9e0; cursor: progress; }
        #clock { flex: none; font-variant-numeric: tabular-nums; font-size: 20px; color: #d1d9e0; min-width: 4.5em; }
        .banner { margin: 14px 28px 0; display: flex; gap: 20px; align-items: center; padding: 10px 24px; border-radius: 14px; background: var(--paper); border: 1px solid var(--line); border-left: 12px solid #8c959f; }
        .banner .mark { flex: none; width: 54px; height: 54px; border-radius: 50%; display: grid; place-items: center; font-size: 31px; font-weight: 700; color: #fff; background: #8c959f; }
        .banner h2 { margin: 0; font-size: 30px; line-height: 1.2; }
        .banner p { margin: 2px 0 0; color: var(--muted); font-size: 19px; min-height: 1.45em; }
        .banner.running { border-left-color: var(--run); } .banner.running .mark { background: var(--run); }
        .banner.closed { border-left-color: var(--pass); } .banner.closed .mark { background: var(--pass); } .banner.closed h2 { color: var(--pass); }
        .banner.open { border-left-color: var(--fail); } .banner.open .mark { background: var(--fail); } .banner.open h2 { color: var(--fail); }
        .stage { display: grid; grid-template-columns: minmax(0, 1fr) minmax(360px, 500px); gap: 18px; padding: 14px 28px 0; align-items: start; }
        .stage > section, .stage > aside { margin: 0; }
        .picture { padding: 10px 12px; }
        .picture svg.chain { max-height: calc(100vh - 218px); min-height: 420px; }
        svg.chain a { cursor: pointer; } svg.chain a:focus { outline: none; } svg.chain a:focus .frame { stroke-width: 5; }
        /* The board's picture (ChainGeometry.Board, 1056 units wide): at 1024 px it is drawn at about 0.91, so 16 units are 14.6 px. */
        .box-name { font-size: 16px; } .box-status { font-size: 16px; } .box-id { font-size: 24px; }
        .lane-name { font-size: 18px; } .lane-name .lane-steps { font-size: 16px; font-weight: 400; fill: var(--muted); }
        .box .frame, .box .band { transition: fill .4s ease, stroke .4s ease; }
        .st-running .frame { fill: var(--run-bg); stroke: var(--run); animation: pulse .9s ease-in-out infinite alternate; } .st-running .band { fill: var(--run); }
        .st-waiting .frame { fill: var(--run-bg); stroke: var(--run); stroke-width: 4; stroke-dasharray: 12 7; animation: march .7s linear infinite; } .st-waiting .band { fill: var(--run); }
        .box.st-failed .halo { animation: halo 1.1s ease-in-out infinite alternate; }
        @keyframes pulse { from { stroke-width: 2.2; } to { stroke-width: 5.5; } }
        @keyframes march { to { stroke-dashoffset: -19; } }
        @keyframes halo { from { stroke-opacity: .15; } to { stroke-opacity: .65; } }
        .why { background: var(--paper); border: 1px solid var(--line); border-radius: 14px; padding: 20px 24px; }
        .why.failed { border: 3px solid var(--fail); background: #fffafa; }
        .why.closed { border: 3px solid var(--pass); }
        .why .kicker { color: var(--muted); font-size: 15px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; margin: 0 0 4px; }
        .why h3 { margin: 0 0 4px; font-size: 27px; line-height: 1.2; }
        .why.failed h3 { color: var(--fail); }
        .why .step-name { margin: 0 0 14px; color: var(--muted); font-size: 19px; }
        .why .lead { font-size: 22px; line-height: 1.35; font-weight: 600; margin: 0 0 16px; }
        .why dl { margin: 0; } .why dt { font-size: 15px; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; margin-top: 12px; }
        .why dd { margin: 2px 0 0; font-size: 19px; line-height: 1.4; }
        .why dd.seen { font-size: 16px; color: #424a53; }
        .why .note { font-size: 16px; }
        .why button { margin-top: 18px; font: inherit; font-size: 18px; font-weight: 700; padding: 9px 20px; border-radius: 10px; border: 2px solid var(--ink); background: #fff; cursor: pointer; }
        .why button:hover { background: var(--wash); }
        footer.hint { padding: 10px 28px 18px; margin: 0; color: var(--muted); font-size: 15px; }
        dialog#detail { width: min(1100px, 92vw); max-height: 88vh; border: 0; border-radius: 14px; padding: 10px 24px 20px; box-shadow: 0 20px 60px rgba(0,0,0,.35); }
        dialog#detail::backdrop { background: rgba(31,35,40,.55); }
        dialog#detail details.step > summary { font-size: 21px; }
        #close-detail { font: inherit; font-weight: 700; padding: 8px 22px; border-radius: 10px; border: 2px solid var(--ink); background: #fff; cursor: pointer; }
        /* A beamer (1024×768, 1280×720): the reason first, the whole width for the picture, the page never sideways. */
        @media (max-width: 1300px) {
          header.bar { gap: 16px; padding: 10px 18px; flex-wrap: wrap; } header.bar .brand { font-size: 20px; }
          .controls { flex: 1 1 420px; } #scenario { min-width: 220px; font-size: 17px; }
          .banner { margin: 10px 18px 0; padding: 8px 18px; } .banner h2 { font-size: 24px; } .banner .mark { width: 42px; height: 42px; font-size: 24px; }
          .banner p { font-size: 17px; }
          .stage { grid-template-columns: 1fr; padding: 10px 18px 0; gap: 10px; }
          .stage > aside { order: -1; }
          .why { padding: 12px 18px; } .why h3 { font-size: 22px; } .why .lead { font-size: 18px; margin-bottom: 6px; }
          .why dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; } .why dt { margin-top: 0; font-size: 14px; } .why dd { margin: 0; font-size: 17px; }
          .why button { margin-top: 8px; font-size: 16px; padding: 6px 16px; }
          .picture svg.chain { max-height: none; min-height: 0; }
        }
        @media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; } }
        """;
}
