namespace ChainHarness.Board.Page;

/// <summary>
/// The page's script: follows the event stream, recolours the report's chain picture box by box
/// (at the board's pace, so a room can follow), fills the banner and the "why" panel, starts runs,
/// opens a step's evidence, and counts down a wait. The page speaks the board's one language (the run's causes are in it). Run data is only ever set as text; the one
/// piece of HTML it inserts is the step section the board itself rendered and encoded.
/// </summary>
internal static class BoardScript
{
    public const string Js = """
        (function () {
          'use strict';
          var cfg = JSON.parse(document.getElementById('board-config').textContent);
          var body = document.body, lang = cfg.lang;
          var steps = {}, scenarios = {};
          cfg.steps.forEach(function (s) { steps[s.id] = s; });
          cfg.scenarios.forEach(function (s) { scenarios[s.key] = s; });
          var model = {}, state = { phase: 'idle' }, queue = [], pumping = false, live = false;
          var clickedAt = null, clockStart = null, clockTimer = null, detailId = null;

          function $(id) { return document.getElementById(id); }
          function t(key) { return cfg.texts[lang][key] || key; }
          function w(words) { return words ? words[lang] : ''; }
          function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
          function secs(ms) { var s = (ms / 1000).toFixed(1); return (lang === 'nl' ? s.replace('.', ',') : s) + ' ' + t('seconds'); }
          function svg() { return document.querySelector('#picture svg.chain'); }

          // --- the picture: the report's boxes, recoloured
          function idle() { return { phase: 'idle', cls: 'st-notrun', symbol: '○', status: 'NotStarted', label: { nl: cfg.texts.nl.notStarted, en: cfg.texts.en.notStarted } }; }
          function paintBox(id) {
            var s = model[id] || idle(), g = svg().querySelector('#box-' + id);
            g.setAttribute('class', 'box ' + s.cls);
            g.setAttribute('data-status', s.status || (s.phase === 'waiting' ? 'Waiting' : 'Running'));
            g.querySelector('.box-status').textContent = s.symbol + ' ' + w(s.label);
            g.querySelector('title').textContent = t('stepWord') + ' ' + id + ': ' + w(steps[id].name) + ' — ' + w(s.label)
              + (s.waiting ? ': ' + w(s.waiting) : s.cause ? '. ' + s.cause : '');
            var broken = s.status !== 'Passed';
            svg().querySelectorAll('path.dep[data-from="' + id + '"]').forEach(function (p) {
              p.setAttribute('class', broken ? 'dep broken' : 'dep');
              p.setAttribute('marker-end', broken ? 'url(#arrow-broken)' : 'url(#arrow)');
            });
          }
          function paintAll() { cfg.steps.forEach(function (s) { paintBox(s.id); }); }

          // --- banner and "why" panel, redrawn from the state in the current language
          function render() {
            var b = $('banner'), kind = state.phase === 'done' ? (state.closed ? 'closed' : 'open') : state.phase;
            b.className = 'banner ' + kind;
            b.querySelector('.mark').textContent = { idle: '?', running: '…', closed: '✓', open: '✗' }[kind];
            body.setAttribute('data-phase', state.phase);
            var c = state.current, now = '';
            if (state.phase === 'done' && !state.problem) now = tally();
            if (state.phase === 'running' && c) now = t('now') + ': ' + t('stepWord').toLowerCase() + ' ' + c.step + ' · ' + w(steps[c.step].name) + ' — ' + (c.waiting ? w(c.waiting) + left(c) : w(c.label));
            $('verdict').textContent = state.problem ? w(state.problem) : state.phase === 'done' ? w(state.verdict) : state.phase === 'running' ? t('chainRunning') : t('idle');
            $('now').textContent = state.disconnected ? t('disconnected') : now;
            renderWhy();
          }
          // A wait's countdown: the time left until the step's deadline, from the run's own clock.
          function left(c) {
            if (c.leftMs == null || clockStart === null) return '';
            var ms = Math.max(0, clockStart + c.atMs + c.leftMs - performance.now()), s = Math.ceil(ms / 1000);
            return ' · ' + t('timeLeft').replace('{t}', Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2));
          }
          function tally() {
            var counts = {};
            cfg.steps.forEach(function (s) { var st = (model[s.id] || {}).status; if (st) counts[st] = (counts[st] || 0) + 1; });
            return ['Passed', 'Failed', 'Skipped', 'NotApplicable', 'NotImplemented', 'NotRun'].filter(function (k) { return counts[k]; })
              .map(function (k) { return counts[k] + ' ' + t('status' + k); }).join(' · ');
          }
          function fact(dl, label, text, cls) { if (!text) return; dl.appendChild(el('dt', null, label)); dl.appendChild(el('dd', cls, text)); }
          function renderWhy() {
            var why = $('why'), f = state.failed, sc = scenarios[state.scenario || $('scenario').value], dl = el('dl');
            why.textContent = '';
            if (f) {
              why.className = 'why failed';
              // The concrete, observed cause is the headline; the werkplaats finding it matches comes beneath.
              why.appendChild(el('p', 'kicker', t('whyFails').replace('{step}', f.step) + ' · ' + w(steps[f.step].name)));
              why.appendChild(el('h3', 'cause', f.cause || w(f.label)));
              if (f.finding) why.appendChild(el('p', 'lead', t('finding') + ' ' + f.findingCode + ': ' + w(f.finding.text)));
              fact(dl, t('owner'), w(f.owner));
              if (f.finding) fact(dl, t('check'), w(f.finding.check));
              why.appendChild(dl);
              var more = el('button', 'details', t('details') + (f.evidence ? ' (' + f.evidence + ')' : ''));
              more.type = 'button';
              more.addEventListener('click', function () { openDetail(f.step); });
              why.appendChild(more);
            } else {
              why.className = 'why' + (state.phase === 'done' && state.closed ? ' closed' : '');
              why.appendChild(el('p', 'kicker', t('scenario') + ' ' + sc.key));
              why.appendChild(el('h3', null, w(sc.title)));
              why.appendChild(el('p', 'step-name', sc.failingStep ? t('expectBreak').replace('{steps}', sc.failingStep) : t('expectClosed')));
              if (sc.finding) { fact(dl, t('owner'), w(sc.finding.owner)); fact(dl, t('check'), w(sc.finding.check)); }
              why.appendChild(dl);
              if (!sc.wired) why.appendChild(el('p', 'note', t('notWired')));
            }
            if (state.phase === 'done' && state.closed) why.appendChild(el('p', 'note', t('allPassed')));
            if (state.phase === 'done' && state.findingShown === false && sc.finding) why.appendChild(el('p', 'note', t('notShown').replace('{code}', sc.finding.code)));
          }

          // --- the event stream, shown at the board's pace once it is live (a replay is shown at once)
          function pace(d) {
            if (!live || !cfg.paceMs) return 0;
            if (d.phase === 'running') return cfg.paceMs / 2;
            if (d.phase === 'waiting') return 0;
            return d.status === 'Passed' || d.status === 'Failed' ? cfg.paceMs / 2 : Math.min(90, cfg.paceMs / 4);
          }
          function handle(type, d) {
            if (type === 'live') { live = true; return 0; }
            if (type === 'run') {
              model = {}; state = { phase: 'running', runId: d.runId, scenario: d.scenario };
              $('scenario').value = d.scenario; $('start').disabled = true; startClock(); paintAll(); render(); return 0;
            }
            if (d.runId !== state.runId) return 0;
            if (type === 'step') {
              model[d.step] = d; paintBox(d.step);
              if (d.phase !== 'finished') state.current = d;
              if (d.status === 'Failed' && !state.failed) {
                state.failed = d;
                if (clickedAt !== null) { body.setAttribute('data-click-to-red-ms', String(Math.round(performance.now() - clickedAt))); clickedAt = null; }
              }
              render(); return pace(d);
            }
            if (type === 'done' || type === 'problem') {
              state.phase = 'done'; state.closed = !!d.closed; state.verdict = d.verdict; state.findingShown = d.findingShown;
              state.problem = type === 'problem' ? d.message : null; state.current = null;
              stopClock(d.atMs); $('start').disabled = false; render();
            }
            return 0;
          }
          function pump() {
            pumping = true;
            while (queue.length) {
              var item = queue.shift(), wait = handle(item[0], item[1]);
              if (wait > 0) { setTimeout(pump, wait); return; }
            }
            pumping = false;
          }
          function connect() {
            var es = new EventSource('events');
            ['run', 'step', 'done', 'problem', 'live'].forEach(function (type) {
              es.addEventListener(type, function (e) { queue.push([type, JSON.parse(e.data)]); if (!pumping) pump(); });
            });
            es.onopen = function () { state.disconnected = false; render(); };
            es.onerror = function () { live = false; state.disconnected = true; render(); };
          }

          // --- clock, start, detail
          function startClock() {
            clockStart = performance.now(); clearInterval(clockTimer);
            clockTimer = setInterval(function () {
              $('clock').textContent = secs(performance.now() - clockStart);
              if (state.current && state.current.leftMs != null) render();
            }, 250);
          }
          function stopClock(ms) { clearInterval(clockTimer); $('clock').textContent = secs(ms); }
          $('start').addEventListener('click', function () {
            clickedAt = performance.now(); body.removeAttribute('data-click-to-red-ms'); $('start').disabled = true;
            fetch('runs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario: $('scenario').value }) })
              .then(function (r) { if (!r.ok && r.status !== 409) $('start').disabled = false; if (r.status === 409) $('now').textContent = t('alreadyRunning'); })
              .catch(function () { $('start').disabled = false; });
          });
          $('scenario').addEventListener('change', function () { if (state.phase !== 'running') { state = { phase: 'idle' }; model = {}; paintAll(); render(); } });
          function openDetail(id) {
            detailId = id;
            fetch('steps/' + encodeURIComponent(id) + '?lang=' + lang).then(function (r) { return r.text(); }).then(function (html) {
              var holder = document.querySelector('#detail .detail-body');
              holder.innerHTML = html; // the board's own rendering: every value in it is HTML-encoded
              var section = holder.querySelector('details.step'); if (section) section.open = true;
              if (!$('detail').open) $('detail').showModal();
            });
          }
          $('close-detail').addEventListener('click', function () { $('detail').close(); });
          $('detail').addEventListener('close', function () { detailId = null; });
          $('picture').addEventListener('click', function (e) {
            var a = e.target.closest('a'); if (!a) return;
            e.preventDefault(); openDetail(a.querySelector('g.box').id.slice(4));
          });

          paintAll(); render(); connect();
        })();
        """;
}
